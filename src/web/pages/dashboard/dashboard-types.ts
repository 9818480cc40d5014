import type { MovementState } from '../../../core/movements';
import type { AwardSpread, Dashboard } from '../../../core/reports';

/** GET /api/dashboard. */
export interface DashboardResponse {
  scope: 'COMMUNE' | 'UNIT';
  year: number;
  today: string;
  commune: (Omit<Dashboard, 'awards'> & { awards: AwardSpread }) | null;
  unit: {
    id: string;
    name: string;
    tasks: {
      id: string;
      kind: string;
      title: string;
      link: string | null;
      dueDate: string | null;
      overdue: boolean;
    }[];
    movements: {
      id: string;
      name: string;
      status: MovementState;
      registered: boolean;
      registrationDeadline: string | null;
    }[];
  } | null;
}
