import type { Role } from '../auth/roles';
import type { ErrorCode } from '../errors/error-codes';

/**
 * The commendation proposal (hồ sơ đề nghị khen thưởng) as a state machine.
 * DRAFT → SUBMITTED → (RETURNED → SUBMITTED …) → FORWARDED → APPROVED → DECIDED,
 * with REJECTED and WITHDRAWN as ends. Every accepted step is audited by the server.
 */
export const PROPOSAL_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'FORWARDED',
  'APPROVED',
  'DECIDED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, { vi: string; en: string }> = {
  DRAFT: { vi: 'Đang soạn', en: 'Draft' },
  SUBMITTED: { vi: 'Đã gửi, chờ kiểm tra', en: 'Submitted' },
  RETURNED: { vi: 'Trả lại đơn vị bổ sung', en: 'Returned for changes' },
  FORWARDED: { vi: 'Đã trình Chủ tịch', en: 'Forwarded to chairman' },
  APPROVED: { vi: 'Chủ tịch đã duyệt', en: 'Approved' },
  DECIDED: { vi: 'Đã có quyết định', en: 'Decided' },
  REJECTED: { vi: 'Không đề nghị', en: 'Rejected' },
  WITHDRAWN: { vi: 'Đơn vị rút lại', en: 'Withdrawn' },
};

export const PROPOSAL_ACTIONS = [
  'submit',
  'return',
  'forward',
  'approve',
  'reject',
  'withdraw',
  'decide',
] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

export const PROPOSAL_ACTION_LABELS: Record<ProposalAction, { vi: string; en: string }> = {
  submit: { vi: 'Gửi đề nghị', en: 'Submit' },
  return: { vi: 'Trả lại để bổ sung', en: 'Return for changes' },
  forward: { vi: 'Trình Chủ tịch', en: 'Forward' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  reject: { vi: 'Không đề nghị', en: 'Reject' },
  withdraw: { vi: 'Rút đề nghị', en: 'Withdraw' },
  decide: { vi: 'Đưa vào quyết định', en: 'Include in decision' },
};

export interface ProposalFacts {
  status: ProposalStatus;
  unitId: string;
  achievement: string;
}

export interface Actor {
  role: Role;
  unitId: string | null;
}

export interface ActionInput {
  reason?: string | undefined;
  missing?: string[] | undefined;
}

export type TransitionResult =
  | { ok: true; to: ProposalStatus; roundIncrement: boolean }
  | { ok: false; code: ErrorCode; message: string };

interface Rule {
  from: readonly ProposalStatus[];
  to: ProposalStatus;
  roles: readonly Role[];
  needsReason?: boolean;
}

const RULES: Record<ProposalAction, Rule> = {
  submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', roles: ['TRUONG_DON_VI', 'CAN_BO_TDKT', 'ADMIN'] },
  return: { from: ['SUBMITTED'], to: 'RETURNED', roles: ['CAN_BO_TDKT', 'ADMIN'], needsReason: true },
  forward: { from: ['SUBMITTED'], to: 'FORWARDED', roles: ['CAN_BO_TDKT', 'ADMIN'] },
  approve: { from: ['FORWARDED'], to: 'APPROVED', roles: ['CHU_TICH'] },
  reject: {
    from: ['SUBMITTED', 'FORWARDED'],
    to: 'REJECTED',
    roles: ['CAN_BO_TDKT', 'CHU_TICH', 'ADMIN'],
    needsReason: true,
  },
  withdraw: {
    from: ['DRAFT', 'SUBMITTED', 'RETURNED'],
    to: 'WITHDRAWN',
    roles: ['TRUONG_DON_VI', 'CAN_BO_TDKT', 'ADMIN'],
  },
  decide: { from: ['APPROVED'], to: 'DECIDED', roles: ['CHU_TICH'] },
};

function fail(code: ErrorCode, message: string): TransitionResult {
  return { ok: false, code, message };
}

/** Decide whether `actor` may apply `action` to a proposal; never throws. */
export function transitionProposal(
  p: ProposalFacts,
  action: ProposalAction,
  actor: Actor,
  input: ActionInput = {},
): TransitionResult {
  const rule = RULES[action];
  const label = PROPOSAL_ACTION_LABELS[action].vi;
  if (!rule.roles.includes(actor.role)) {
    return fail('FORBIDDEN_ACTION', `Vai trò của bạn không được thực hiện thao tác "${label}".`);
  }
  if (actor.role === 'TRUONG_DON_VI' && actor.unitId !== p.unitId) {
    return fail('NOT_OWN_UNIT', 'Bạn chỉ được thao tác với đề nghị của đơn vị mình.');
  }
  if (!rule.from.includes(p.status)) {
    const now = PROPOSAL_STATUS_LABELS[p.status].vi;
    return fail('ILLEGAL_TRANSITION', `Không thể "${label}" khi đề nghị đang ở trạng thái "${now}".`);
  }
  if (rule.needsReason && !input.reason?.trim()) {
    return fail('REASON_REQUIRED', `Cần ghi rõ lý do khi "${label.toLowerCase()}".`);
  }
  if (action === 'return' && !(input.missing ?? []).some((m) => m.trim())) {
    return fail('MISSING_REQUIRED', 'Cần nêu rõ nội dung đơn vị phải bổ sung.');
  }
  if (action === 'submit' && p.achievement.trim().length < 10) {
    return fail('ACHIEVEMENT_REQUIRED', 'Cần tóm tắt thành tích (ít nhất 10 ký tự) trước khi gửi.');
  }
  return { ok: true, to: rule.to, roundIncrement: action === 'submit' && p.status === 'RETURNED' };
}

/** Whether the proposal's content may still be edited (by its unit or the officer). */
export function canEditProposal(
  p: ProposalFacts,
  actor: Actor,
): { ok: true } | { ok: false; code: ErrorCode; message: string } {
  if (!['DRAFT', 'RETURNED'].includes(p.status)) {
    return { ok: false, code: 'NOT_EDITABLE', message: 'Chỉ sửa được đề nghị đang soạn hoặc đã bị trả lại.' };
  }
  if (actor.role === 'TRUONG_DON_VI' && actor.unitId !== p.unitId) {
    return { ok: false, code: 'NOT_OWN_UNIT', message: 'Bạn chỉ được sửa đề nghị của đơn vị mình.' };
  }
  if (!['TRUONG_DON_VI', 'CAN_BO_TDKT', 'ADMIN'].includes(actor.role)) {
    return { ok: false, code: 'FORBIDDEN_ACTION', message: 'Vai trò của bạn không được sửa đề nghị.' };
  }
  return { ok: true };
}

/** The actions the actor could take now (for buttons in the UI). */
export function availableActions(p: ProposalFacts, actor: Actor): ProposalAction[] {
  return PROPOSAL_ACTIONS.filter((a) => {
    if (a === 'decide') return false;
    const r = RULES[a];
    if (!r.roles.includes(actor.role) || !r.from.includes(p.status)) return false;
    return !(actor.role === 'TRUONG_DON_VI' && actor.unitId !== p.unitId);
  });
}
