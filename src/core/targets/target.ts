import type { IsoDate } from '../calendar/iso-date';

/**
 * A socio-economic or work target of the year (chỉ tiêu), e.g. "Tỷ lệ hộ nghèo" ≤ 2,5 %, or
 * "Thu ngân sách trên địa bàn" ≥ 12 tỷ đồng. Progress is reported over the year with evidence.
 */
export const TARGET_DIRECTIONS = [
  'AT_LEAST', // met when the value reaches the plan or more (đạt trở lên)
  'AT_MOST', // met when the value stays at the plan or below (không vượt quá), e.g. poverty rate
] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

export interface ProgressEntry {
  date: IsoDate;
  value: number;
  /** Where the figure comes from (báo cáo, biên bản, số liệu thống kê …). */
  evidence?: string;
  note?: string;
}

export interface Target {
  id: string;
  /** Number in the plan, e.g. "CT05". */
  code: string;
  name: string;
  /** Field code, see `SEED_TARGET_FIELDS`. */
  field: string;
  /** Unit of measure (đơn vị tính): "%", "tỷ đồng", "hộ", "km" … */
  unit: string;
  direction: TargetDirection;
  planned: number;
  responsibleUnitId: string;
  progress: ProgressEntry[];
  /** Year the target belongs to; its period is 01/01–31/12. Absent → the year of the date asked about. */
  year?: number;
  /**
   * Value at the start of the period (giá trị đầu kỳ), used for the linear expectation of `atRisk`.
   * Absent → 0 for AT_LEAST (cumulative figures start from nothing); for AT_MOST see `targetStatus`.
   */
  baseline?: number;
}

export const TARGET_DIRECTION_LABELS: Record<TargetDirection, string> = {
  AT_LEAST: 'Đạt từ mức kế hoạch trở lên',
  AT_MOST: 'Không vượt quá mức kế hoạch',
};
