import { describe, expect, it } from 'vitest';
import {
  availableExampleActions,
  canAddEntry,
  canPropose,
  EXAMPLE_ACTIONS,
  EXAMPLE_STAGES,
  type ExampleAction,
  type ExampleFacts,
  type ExampleStage,
  MIN_SUMMARY_LENGTH,
  transitionExample,
} from '.';

const facts = (stage: ExampleStage, over: Partial<ExampleFacts> = {}): ExampleFacts => ({
  stage,
  lastStageOn: '2024-03-01',
  today: '2024-10-01',
  summaryText: 'x'.repeat(MIN_SUMMARY_LENGTH),
  nurturingCount: 1,
  replicationCount: 1,
  ...over,
});
const input = { on: '2024-06-01', reason: 'Mô hình không duy trì được sau mùa mưa' };

const LEGAL: Record<ExampleStage, Partial<Record<ExampleAction, ExampleStage>>> = {
  DISCOVERED: { nurture: 'NURTURING', drop: 'DROPPED' },
  NURTURING: { sumUp: 'SUMMED_UP', drop: 'DROPPED' },
  SUMMED_UP: { replicate: 'REPLICATING', drop: 'DROPPED' },
  REPLICATING: { drop: 'DROPPED' },
  DROPPED: {},
};

describe('typical example stages (Law Art. 17(4))', () => {
  for (const stage of EXAMPLE_STAGES) {
    for (const action of EXAMPLE_ACTIONS) {
      const to = LEGAL[stage][action];
      it(`${stage} --${action}--> ${to ?? 'refused'}`, () => {
        const r = transitionExample(facts(stage), action, input);
        if (to) expect(r).toEqual({ ok: true, from: stage, to });
        else {
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.code).toBe('ILLEGAL_TRANSITION');
            expect(r.message).toContain('Không thể');
          }
        }
      });
    }
    it(`${stage}: the buttons are exactly the legal moves`, () => {
      expect(availableExampleActions(stage).sort()).toEqual(Object.keys(LEGAL[stage]).sort());
    });
  }

  it('summing up needs the summing-up text, at its exact minimum length', () => {
    const short = transitionExample(
      facts('NURTURING', { summaryText: 'x'.repeat(MIN_SUMMARY_LENGTH - 1) }),
      'sumUp',
      input,
    );
    expect(short).toMatchObject({ ok: false, code: 'SUMMARY_REQUIRED' });
    if (!short.ok) expect(short.message).toContain('Điều 17 khoản 4');
    expect(transitionExample(facts('NURTURING', { summaryText: null }), 'sumUp', input)).toMatchObject({
      ok: false,
      code: 'SUMMARY_REQUIRED',
    });
    expect(
      transitionExample(
        facts('NURTURING', { summaryText: `  ${'x'.repeat(MIN_SUMMARY_LENGTH)}  ` }),
        'sumUp',
        input,
      ).ok,
    ).toBe(true);
  });

  it('summing up needs at least one nurturing action', () => {
    expect(transitionExample(facts('NURTURING', { nurturingCount: 0 }), 'sumUp', input)).toMatchObject({
      ok: false,
      code: 'NURTURING_REQUIRED',
    });
  });

  it('replicating needs at least one unit that adopted the model', () => {
    expect(transitionExample(facts('SUMMED_UP', { replicationCount: 0 }), 'replicate', input)).toMatchObject({
      ok: false,
      code: 'REPLICATION_REQUIRED',
    });
  });

  it('dropping needs a reason of 10 characters or more', () => {
    expect(transitionExample(facts('NURTURING'), 'drop', { on: input.on, reason: 'ngắn quá' })).toMatchObject(
      { ok: false, code: 'REASON_REQUIRED' },
    );
    expect(transitionExample(facts('NURTURING'), 'drop', { on: input.on })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    expect(transitionExample(facts('NURTURING'), 'drop', { on: input.on, reason: '0123456789' }).ok).toBe(
      true,
    );
  });

  it('the date of a move is not in the future nor before the previous stage', () => {
    expect(transitionExample(facts('DISCOVERED'), 'nurture', { on: '2024-10-02' })).toMatchObject({
      ok: false,
      code: 'FUTURE_DATE',
    });
    expect(transitionExample(facts('DISCOVERED'), 'nurture', { on: '2024-10-01' }).ok).toBe(true);
    expect(transitionExample(facts('DISCOVERED'), 'nurture', { on: '2024-02-29' })).toMatchObject({
      ok: false,
      code: 'DATE_BEFORE_PREVIOUS',
    });
    expect(transitionExample(facts('DISCOVERED'), 'nurture', { on: '2024-03-01' }).ok).toBe(true);
  });
});

describe('entries and proposals by stage', () => {
  it('nurturing actions only while nurturing; replications only after summing up', () => {
    expect(canAddEntry('NURTURING', 'NURTURING', '2024-05-01', '2024-10-01').ok).toBe(true);
    expect(canAddEntry('DISCOVERED', 'NURTURING', '2024-05-01', '2024-10-01')).toMatchObject({
      ok: false,
      code: 'STAGE_CLOSED',
    });
    expect(canAddEntry('NURTURING', 'REPLICATION', '2024-05-01', '2024-10-01')).toMatchObject({
      ok: false,
      code: 'STAGE_CLOSED',
    });
    expect(canAddEntry('SUMMED_UP', 'REPLICATION', '2024-05-01', '2024-10-01').ok).toBe(true);
    expect(canAddEntry('REPLICATING', 'REPLICATION', '2024-05-01', '2024-10-01').ok).toBe(true);
    expect(canAddEntry('DROPPED', 'EVIDENCE', '2024-05-01', '2024-10-01')).toMatchObject({
      ok: false,
      code: 'STAGE_CLOSED',
    });
    expect(canAddEntry('DISCOVERED', 'MEDIA', '2024-10-02', '2024-10-01')).toMatchObject({
      ok: false,
      code: 'FUTURE_DATE',
    });
  });

  it('a commendation is proposed only after summing up (Art. 17(5))', () => {
    expect(canPropose('SUMMED_UP').ok).toBe(true);
    expect(canPropose('REPLICATING').ok).toBe(true);
    for (const s of ['DISCOVERED', 'NURTURING', 'DROPPED'] as const) {
      const r = canPropose(s);
      expect(r).toMatchObject({ ok: false, code: 'NOT_SUMMED_UP' });
      if (!r.ok) expect(r.message).toContain('Điều 17 khoản 5');
    }
  });
});
