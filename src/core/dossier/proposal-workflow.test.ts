import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/roles';
import {
  availableActions,
  canEditProposal,
  PROPOSAL_ACTIONS,
  PROPOSAL_STATUSES,
  type ProposalFacts,
  transitionProposal,
} from './proposal-workflow';

const base: ProposalFacts = {
  status: 'DRAFT',
  unitId: 'u1',
  achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2024',
};
const head = { role: 'TRUONG_DON_VI' as const, unitId: 'u1' };
const officer = { role: 'CAN_BO_TDKT' as const, unitId: null };
const chair = { role: 'CHU_TICH' as const, unitId: null };

describe('proposal workflow', () => {
  it('walks a proposal from draft to decision with a return round', () => {
    let p = { ...base };
    const s1 = transitionProposal(p, 'submit', head);
    expect(s1).toEqual({ ok: true, to: 'SUBMITTED', roundIncrement: false });
    p = { ...p, status: 'SUBMITTED' };
    expect(
      transitionProposal(p, 'return', officer, { reason: 'Thiếu số liệu', missing: ['Báo cáo thành tích'] }),
    ).toMatchObject({ ok: true, to: 'RETURNED' });
    p = { ...p, status: 'RETURNED' };
    expect(transitionProposal(p, 'submit', head)).toEqual({
      ok: true,
      to: 'SUBMITTED',
      roundIncrement: true,
    });
    p = { ...p, status: 'SUBMITTED' };
    expect(transitionProposal(p, 'forward', officer)).toMatchObject({ ok: true, to: 'FORWARDED' });
    p = { ...p, status: 'FORWARDED' };
    expect(transitionProposal(p, 'approve', chair)).toMatchObject({ ok: true, to: 'APPROVED' });
    p = { ...p, status: 'APPROVED' };
    expect(transitionProposal(p, 'decide', chair)).toMatchObject({ ok: true, to: 'DECIDED' });
  });

  it('refuses illegal moves with a Vietnamese reason', () => {
    const r = transitionProposal({ ...base, status: 'DRAFT' }, 'approve', chair);
    expect(r).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    if (!r.ok) expect(r.message).toContain('Đang soạn');
    expect(transitionProposal({ ...base, status: 'SUBMITTED' }, 'approve', officer)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN_ACTION',
    });
    expect(transitionProposal(base, 'submit', { role: 'TRUONG_DON_VI', unitId: 'u2' })).toMatchObject({
      ok: false,
      code: 'NOT_OWN_UNIT',
    });
    expect(
      transitionProposal({ ...base, status: 'SUBMITTED' }, 'return', officer, { reason: ' ' }),
    ).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    expect(
      transitionProposal({ ...base, status: 'SUBMITTED' }, 'return', officer, { reason: 'x', missing: [] }),
    ).toMatchObject({ ok: false, code: 'MISSING_REQUIRED' });
    expect(transitionProposal({ ...base, achievement: 'ngắn' }, 'submit', head)).toMatchObject({
      ok: false,
      code: 'ACHIEVEMENT_REQUIRED',
    });
  });

  it('only DRAFT and RETURNED proposals are editable', () => {
    expect(canEditProposal(base, head).ok).toBe(true);
    expect(canEditProposal({ ...base, status: 'FORWARDED' }, officer).ok).toBe(false);
    expect(canEditProposal(base, chair).ok).toBe(false);
  });

  it('availableActions agrees with transitionProposal for every state, role and action', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROPOSAL_STATUSES),
        fc.constantFrom(...ROLES),
        fc.constantFrom('u1', 'u2'),
        (status, role, unitId) => {
          const p = { ...base, status };
          const actor = { role, unitId };
          const avail = availableActions(p, actor);
          for (const a of PROPOSAL_ACTIONS) {
            if (a === 'decide') continue;
            const r = transitionProposal(p, a, actor, { reason: 'lý do', missing: ['bổ sung'] });
            expect(avail.includes(a)).toBe(r.ok);
          }
        },
      ),
    );
  });
});
