import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_TARGET_FIELDS } from '../targets/target-fields';
import {
  availableMovementActions,
  MOVEMENT_ACTIONS,
  MOVEMENT_STATES,
  type MovementContext,
  type MovementState,
  transitionMovement,
} from './movement-lifecycle';
import { MOVEMENT_TYPE_LABELS, MOVEMENT_TYPES } from './movement-types';
import { NATIONAL_MOVEMENTS } from './national-movements';
import { checkRegistration, missingRegistrations, registeredFor, registrationCoverage } from './registration';

const ctx: MovementContext = {
  today: '2024-02-01',
  name: 'Thi đua thực hiện văn hóa công sở',
  startDate: '2024-02-01',
  endDate: '2024-11-30',
  participantCount: 8,
  criteriaCount: 5,
  finalReviewLocked: true,
};

describe('movement lifecycle', () => {
  it('walks DRAFT → LAUNCHED → RUNNING → sơ kết (twice) → tổng kết → CLOSED', () => {
    let s: MovementState = 'DRAFT';
    let rounds = 0;
    for (const a of [
      'launch',
      'start',
      'openMidReview',
      'closeMidReview',
      'openMidReview',
      'closeMidReview',
      'openFinalReview',
      'close',
    ] as const) {
      const r = transitionMovement(s, a, { ...ctx, midReviewRounds: rounds });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      if (r.midReviewRound) rounds = r.midReviewRound;
      s = r.state;
    }
    expect(s).toBe('CLOSED');
    expect(rounds).toBe(2);
  });

  it('refuses every move not on the diagram, with a Vietnamese reason', () => {
    const legal: Record<string, MovementState> = {
      'DRAFT:launch': 'LAUNCHED',
      'LAUNCHED:start': 'RUNNING',
      'RUNNING:openMidReview': 'MID_REVIEW',
      'MID_REVIEW:closeMidReview': 'RUNNING',
      'RUNNING:openFinalReview': 'FINAL_REVIEW',
      'FINAL_REVIEW:close': 'CLOSED',
    };
    fc.assert(
      fc.property(fc.constantFrom(...MOVEMENT_STATES), fc.constantFrom(...MOVEMENT_ACTIONS), (s, a) => {
        const r = transitionMovement(s, a, ctx);
        const expected = legal[`${s}:${a}`];
        if (expected) expect(r).toMatchObject({ ok: true, state: expected });
        else {
          expect(r).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
          if (!r.ok) expect(r.message).toMatch(/^Không thể "/);
        }
        expect(availableMovementActions(s).includes(a)).toBe(expected !== undefined);
      }),
      { numRuns: 100 },
    );
    const r = transitionMovement('CLOSED', 'launch', ctx);
    expect(r).toEqual({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      message: 'Không thể "Phát động phong trào" khi phong trào đang ở trạng thái "Đã kết thúc".',
    });
    // no jumping from a sơ kết straight to tổng kết
    expect(transitionMovement('MID_REVIEW', 'openFinalReview', ctx).ok).toBe(false);
  });

  it('refuses to launch an incomplete plan (Điều 17), to start early, to close with the review open', () => {
    const r = transitionMovement('DRAFT', 'launch', {
      ...ctx,
      startDate: null,
      participantCount: 0,
      criteriaCount: 0,
    });
    expect(r).toMatchObject({ ok: false, code: 'MOVEMENT_INCOMPLETE' });
    if (!r.ok)
      expect(r.message).toBe(
        'Chưa thể phát động: còn thiếu thời gian bắt đầu, kết thúc, đối tượng tham gia, nội dung, tiêu chí thi đua (Điều 17 Luật Thi đua, khen thưởng 2022).',
      );
    expect(transitionMovement('DRAFT', 'launch', { ...ctx, endDate: '2024-01-01' })).toMatchObject({
      ok: false,
      code: 'INVALID_PERIOD',
    });
    expect(transitionMovement('LAUNCHED', 'start', { ...ctx, today: '2024-01-31' })).toEqual({
      ok: false,
      code: 'NOT_STARTED_YET',
      message: 'Chưa đến ngày bắt đầu phong trào (01/02/2024).',
    });
    expect(transitionMovement('FINAL_REVIEW', 'close', { ...ctx, finalReviewLocked: false })).toMatchObject({
      ok: false,
      code: 'FINAL_REVIEW_OPEN',
    });
  });
});

describe('movement types and catalogue', () => {
  it('labels every type in Vietnamese', () => {
    expect(MOVEMENT_TYPES.map((t) => MOVEMENT_TYPE_LABELS[t])).toEqual([
      'Thi đua thường xuyên',
      'Thi đua theo đợt',
      'Thi đua theo chuyên đề',
    ]);
  });
  it('holds Chỉ thị 19 and the seven movements of the plan, with known fields and a basis', () => {
    expect(NATIONAL_MOVEMENTS.filter((m) => m.planSection === 'II.1.2')).toHaveLength(7);
    expect(NATIONAL_MOVEMENTS.find((m) => m.planSection === 'II.1.1')?.basis).toContain(
      'Chỉ thị số 19/CT-TTg ngày 16/7/2021',
    );
    const fieldCodes = new Set<string>(SEED_TARGET_FIELDS.map((f) => f.code));
    expect(new Set(NATIONAL_MOVEMENTS.map((m) => m.code)).size).toBe(NATIONAL_MOVEMENTS.length);
    for (const m of NATIONAL_MOVEMENTS) {
      expect(m.basis.length).toBeGreaterThan(20);
      expect(m.fields.length).toBeGreaterThan(0);
      for (const f of m.fields) expect(fieldCodes.has(f)).toBe(true);
    }
  });
});

describe('registration', () => {
  const ok = {
    deadline: '2024-03-31',
    now: '2024-03-31',
    alreadyRegistered: false,
    titles: ['LDTT'],
  };
  it('accepts on the deadline day and refuses the day after', () => {
    expect(checkRegistration(ok)).toEqual({ ok: true });
    expect(checkRegistration({ ...ok, now: '2024-04-01' })).toEqual({
      ok: false,
      code: 'REGISTRATION_LATE',
      message: 'Đã quá hạn đăng ký thi đua (hạn 31/03/2024).',
    });
  });
  it('refuses duplicates, empty pledges, closed movements and bad dates', () => {
    expect(checkRegistration({ ...ok, alreadyRegistered: true })).toMatchObject({
      ok: false,
      code: 'ALREADY_REGISTERED',
    });
    expect(checkRegistration({ ...ok, titles: [] })).toMatchObject({ ok: false, code: 'NOTHING_PLEDGED' });
    expect(checkRegistration({ ...ok, titles: [], targetIds: ['t1'] })).toEqual({ ok: true });
    expect(checkRegistration({ ...ok, movementState: 'DRAFT' })).toMatchObject({
      ok: false,
      code: 'REGISTRATION_CLOSED',
    });
    expect(checkRegistration({ ...ok, movementState: 'FINAL_REVIEW' })).toMatchObject({
      ok: false,
      code: 'REGISTRATION_CLOSED',
    });
    expect(checkRegistration({ ...ok, movementState: 'LAUNCHED' })).toEqual({ ok: true });
    expect(checkRegistration({ ...ok, now: '31/03/2024' })).toMatchObject({
      ok: false,
      code: 'INVALID_DATE',
    });
  });
  it('lists who has not registered and feeds eligibility', () => {
    const participants = [
      { kind: 'UNIT' as const, id: 'u1', name: 'Văn phòng - Thống kê' },
      { kind: 'UNIT' as const, id: 'u2', name: 'Trường Mầm non' },
      { kind: 'INDIVIDUAL' as const, id: 'u1', name: 'Nguyễn Văn A' },
    ];
    const regs = [
      {
        subjectKind: 'UNIT' as const,
        subjectId: 'u1',
        registeredOn: '2024-02-15',
        titles: ['TTLDTT'],
      },
    ];
    expect(missingRegistrations(participants, regs).map((p) => p.name)).toEqual([
      'Trường Mầm non',
      'Nguyễn Văn A',
    ]);
    expect(registrationCoverage(participants, regs)).toMatchObject({
      participants: 3,
      registered: 1,
      missing: 2,
    });
    expect(registeredFor(regs, 'UNIT', 'u1', 'TTLDTT')).toBe(true);
    expect(registeredFor(regs, 'INDIVIDUAL', 'u1', 'TTLDTT')).toBe(false);
  });
});
