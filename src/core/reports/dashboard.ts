import { addDays, type IsoDate } from '../calendar/iso-date';
import type { MovementState } from '../movements/movement-lifecycle';
import { missingRegistrations, type Participant, type Registration } from '../movements/registration';
import type { Target } from '../targets/target';
import { targetStatus } from '../targets/target-status';
import { type TargetsSummary, targetsSummary } from '../targets/targets-summary';
import { formatDateVi } from '../text';
import { type AwardFact, type AwardSpread, awardSpread } from './award-spread';

/** What the officer's dashboard shows (bảng điều khiển), computed from the data of the year. */
export interface DashboardMovement {
  id: string;
  name: string;
  state: MovementState;
  startDate: IsoDate;
  endDate: IsoDate;
  registrationDeadline?: IsoDate;
  participants: Participant[];
  registrations: Registration[];
}

export interface Deadline {
  date: IsoDate;
  /** Vietnamese, e.g. "Hạn đăng ký thi đua: Phong trào …". */
  label: string;
  kind: 'REGISTRATION' | 'MOVEMENT_END' | 'LEGAL' | 'OTHER';
  refId?: string;
  /** The article (or plan) that sets it, for deadlines of the deadline engine (`core/deadlines`). */
  article?: string;
  /** A page of the web app where the action is done. */
  link?: string;
}

export interface DashboardInput {
  today: IsoDate;
  targets: readonly Target[];
  movements: readonly DashboardMovement[];
  awards: readonly AwardFact[];
  /** Other dated duties (review meetings, proposal submission …) added by the caller. */
  otherDeadlines?: readonly Deadline[];
  /** Window of "deadlines this week": today and the next days, 7 days in all by default. */
  deadlineWindowDays?: number;
}

export interface Dashboard {
  targets: TargetsSummary;
  targetsAtRisk: { id: string; code: string; name: string; label: string }[];
  movementsInProgress: { id: string; name: string; state: MovementState }[];
  registrationsMissing: { movementId: string; movementName: string; missing: Participant[] }[];
  deadlinesThisWeek: (Deadline & { text: string })[];
  awards: AwardSpread;
}

const IN_PROGRESS: readonly MovementState[] = ['LAUNCHED', 'RUNNING', 'MID_REVIEW', 'FINAL_REVIEW'];

export function buildDashboard(input: DashboardInput): Dashboard {
  const { today } = input;
  const windowEnd = addDays(today, (input.deadlineWindowDays ?? 7) - 1);
  const live = input.movements.filter((m) => IN_PROGRESS.includes(m.state));

  const deadlines: Deadline[] = [...(input.otherDeadlines ?? [])];
  for (const m of live) {
    if (m.state === 'LAUNCHED' && m.registrationDeadline) {
      deadlines.push({
        date: m.registrationDeadline,
        label: `Hạn đăng ký thi đua: ${m.name}`,
        kind: 'REGISTRATION',
        refId: m.id,
      });
    }
    if (m.state === 'RUNNING' || m.state === 'MID_REVIEW') {
      deadlines.push({
        date: m.endDate,
        label: `Kết thúc phong trào: ${m.name}`,
        kind: 'MOVEMENT_END',
        refId: m.id,
      });
    }
  }

  return {
    targets: targetsSummary(input.targets, today),
    targetsAtRisk: input.targets.flatMap((t) => {
      const s = targetStatus(t, today);
      return s.atRisk ? [{ id: t.id, code: t.code, name: t.name, label: s.label }] : [];
    }),
    movementsInProgress: live.map((m) => ({ id: m.id, name: m.name, state: m.state })),
    // Registrations still worth chasing: movements open for them that have not ended yet.
    registrationsMissing: live
      .filter((m) => (m.state === 'LAUNCHED' || m.state === 'RUNNING') && m.endDate >= today)
      .map((m) => ({
        movementId: m.id,
        movementName: m.name,
        missing: missingRegistrations(m.participants, m.registrations),
      }))
      .filter((r) => r.missing.length > 0),
    deadlinesThisWeek: deadlines
      .filter((d) => d.date >= today && d.date <= windowEnd)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((d) => ({ ...d, text: `${formatDateVi(d.date)} — ${d.label}` })),
    awards: awardSpread(input.awards),
  };
}
