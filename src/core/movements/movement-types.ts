import type { IsoDate } from '../calendar/iso-date';

/**
 * Forms of emulation (hình thức tổ chức thi đua). Luật Thi đua, khen thưởng 2022, Điều 16 names two
 * forms — thường xuyên and theo chuyên đề; "theo đợt" (a short phase, usually to greet a great day) is
 * the name the commune's plan uses for a chuyên đề with a short, fixed window, so it is kept apart.
 */
export const MOVEMENT_TYPES = ['THUONG_XUYEN', 'THEO_DOT', 'CHUYEN_DE'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];

export const MOVEMENT_TYPE_LABELS: Record<MovementType, string> = {
  THUONG_XUYEN: 'Thi đua thường xuyên', // ongoing, on the unit's yearly tasks
  THEO_DOT: 'Thi đua theo đợt', // a phase, e.g. greeting an anniversary
  CHUYEN_DE: 'Thi đua theo chuyên đề', // a themed movement with its own goals and period
};

/** Who launched a movement (phạm vi phát động): the nation, the province, the commune or a unit. */
export const MOVEMENT_SCOPES = ['QUOC_GIA', 'TINH', 'XA', 'DON_VI'] as const;
export type MovementScope = (typeof MOVEMENT_SCOPES)[number];

/** An emulation movement (phong trào thi đua) as the core sees it. */
export interface Movement {
  id: string;
  name: string;
  type: MovementType;
  /** Field codes (see SEED_TARGET_FIELDS). */
  fields: string[];
  startDate: IsoDate;
  endDate: IsoDate;
  /** Launching authority (cấp phát động), e.g. "Chủ tịch UBND xã". */
  launchedBy: string;
  participantUnitIds: string[];
  /** Criteria set used for scoring (bộ tiêu chí chấm điểm), when the movement is scored. */
  criteriaSetId?: string;
  /** Registration deadline (hạn đăng ký thi đua). */
  registrationDeadline?: IsoDate;
}
