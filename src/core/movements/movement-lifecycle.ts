import type { IsoDate } from '../calendar/iso-date';
import type { ErrorCode } from '../errors/error-codes';
import { formatDateVi } from '../text';

/**
 * Lifecycle of a movement, following the content of organising a movement in Luật Thi đua, khen
 * thưởng 2022, Điều 17: define goals, scope, participants, criteria and time (DRAFT) → launch it
 * (LAUNCHED, registration open) → carry it out (RUNNING) → preliminary reviews (sơ kết, MID_REVIEW, may
 * repeat and returns to RUNNING) → final review (tổng kết, FINAL_REVIEW) → commend and close (CLOSED).
 */
export const MOVEMENT_STATES = [
  'DRAFT',
  'LAUNCHED',
  'RUNNING',
  'MID_REVIEW',
  'FINAL_REVIEW',
  'CLOSED',
] as const;
export type MovementState = (typeof MOVEMENT_STATES)[number];

export const MOVEMENT_STATE_LABELS: Record<MovementState, string> = {
  DRAFT: 'Đang xây dựng kế hoạch',
  LAUNCHED: 'Đã phát động, đang nhận đăng ký',
  RUNNING: 'Đang triển khai',
  MID_REVIEW: 'Đang sơ kết',
  FINAL_REVIEW: 'Đang tổng kết',
  CLOSED: 'Đã kết thúc',
};

export const MOVEMENT_ACTIONS = [
  'launch',
  'start',
  'openMidReview',
  'closeMidReview',
  'openFinalReview',
  'close',
] as const;
export type MovementAction = (typeof MOVEMENT_ACTIONS)[number];

export const MOVEMENT_ACTION_LABELS: Record<MovementAction, string> = {
  launch: 'Phát động phong trào',
  start: 'Bắt đầu triển khai (đóng đăng ký)',
  openMidReview: 'Mở đợt sơ kết',
  closeMidReview: 'Kết thúc sơ kết',
  openFinalReview: 'Mở tổng kết',
  close: 'Kết thúc phong trào',
};

/** Facts the guards look at; the server loads them. */
export interface MovementContext {
  today: IsoDate;
  name: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  participantCount: number;
  criteriaCount: number;
  /** Whether the final review's results have been locked (needed to close). */
  finalReviewLocked?: boolean;
  /** Sơ kết rounds held so far. */
  midReviewRounds?: number;
}

export type MovementTransition =
  | { ok: true; state: MovementState; midReviewRound?: number }
  | { ok: false; code: ErrorCode; message: string };

const EDGES: Record<MovementAction, { from: readonly MovementState[]; to: MovementState }> = {
  launch: { from: ['DRAFT'], to: 'LAUNCHED' },
  start: { from: ['LAUNCHED'], to: 'RUNNING' },
  openMidReview: { from: ['RUNNING'], to: 'MID_REVIEW' },
  closeMidReview: { from: ['MID_REVIEW'], to: 'RUNNING' },
  openFinalReview: { from: ['RUNNING'], to: 'FINAL_REVIEW' },
  close: { from: ['FINAL_REVIEW'], to: 'CLOSED' },
};

const fail = (code: ErrorCode, message: string): MovementTransition => ({ ok: false, code, message });

/** Applies `action` to a movement in `state`; never throws. */
export function transitionMovement(
  state: MovementState,
  action: MovementAction,
  ctx: MovementContext,
): MovementTransition {
  const edge = EDGES[action];
  const label = MOVEMENT_ACTION_LABELS[action];
  if (!edge.from.includes(state)) {
    return fail(
      'ILLEGAL_TRANSITION',
      `Không thể "${label}" khi phong trào đang ở trạng thái "${MOVEMENT_STATE_LABELS[state]}".`,
    );
  }
  if (action === 'launch') {
    // Điều 17 khoản 1: mục tiêu, phạm vi, đối tượng, nội dung và tiêu chí, thời gian phải rõ trước khi phát động.
    const missing: string[] = [];
    if (ctx.name.trim().length < 5) missing.push('tên phong trào');
    if (!ctx.startDate || !ctx.endDate) missing.push('thời gian bắt đầu, kết thúc');
    if (ctx.participantCount < 1) missing.push('đối tượng tham gia');
    if (ctx.criteriaCount < 1) missing.push('nội dung, tiêu chí thi đua');
    if (missing.length) {
      return fail(
        'MOVEMENT_INCOMPLETE',
        `Chưa thể phát động: còn thiếu ${missing.join(', ')} (Điều 17 Luật Thi đua, khen thưởng 2022).`,
      );
    }
    if (ctx.startDate && ctx.endDate && ctx.endDate < ctx.startDate) {
      return fail('INVALID_PERIOD', 'Ngày kết thúc phải sau ngày bắt đầu phong trào.');
    }
  }
  if (action === 'start' && ctx.startDate && ctx.today < ctx.startDate) {
    return fail('NOT_STARTED_YET', `Chưa đến ngày bắt đầu phong trào (${formatDateVi(ctx.startDate)}).`);
  }
  if (action === 'close' && !ctx.finalReviewLocked) {
    return fail('FINAL_REVIEW_OPEN', 'Chưa khóa kết quả tổng kết, chưa thể kết thúc phong trào.');
  }
  if (action === 'openMidReview')
    return { ok: true, state: edge.to, midReviewRound: (ctx.midReviewRounds ?? 0) + 1 };
  return { ok: true, state: edge.to };
}

/** Actions whose source state matches (guards are checked on use), for the UI's buttons. */
export function availableMovementActions(state: MovementState): MovementAction[] {
  return MOVEMENT_ACTIONS.filter((a) => EDGES[a].from.includes(state));
}
