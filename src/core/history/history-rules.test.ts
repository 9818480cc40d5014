import { describe, expect, it } from 'vitest';
import {
  awardHistoryProblems,
  disciplineProblems,
  initiativeProblems,
  pendingMatterProblems,
} from './history-rules';

const today = '2026-12-07';

describe('history entries', () => {
  it('an award: a catalogue code for the subject, decided in or after its achievement year', () => {
    expect(
      awardHistoryProblems(
        { subjectKind: 'INDIVIDUAL', awardCode: 'CSTDCS', year: 2023, decisionDate: '2023-12-20' },
        today,
      ),
    ).toEqual([]);
    expect(
      awardHistoryProblems(
        { subjectKind: 'INDIVIDUAL', awardCode: 'CSTDCS', year: 2024, decisionDate: '2023-12-20' },
        today,
      ),
    ).toEqual([{ field: 'decisionDate', message: expect.stringMatching(/trước năm thành tích 2024/) }]);
    expect(
      awardHistoryProblems(
        { subjectKind: 'INDIVIDUAL', awardCode: 'TTLDXS', year: 2023, decisionDate: '2024-01-10' },
        today,
      ),
    ).toEqual([{ field: 'awardCode', message: expect.stringMatching(/không dành cho cá nhân/) }]);
    expect(
      awardHistoryProblems(
        { subjectKind: 'INDIVIDUAL', awardCode: 'XYZ', year: 2023, decisionDate: '2023-02-30' },
        today,
      ).map((p) => p.field),
    ).toEqual(['awardCode', 'decisionDate']);
    expect(
      awardHistoryProblems(
        { subjectKind: 'INDIVIDUAL', awardCode: 'LDTT', year: 2027, decisionDate: '2027-01-05' },
        today,
      ).map((p) => p.field),
    ).toEqual(['year', 'decisionDate']);
  });
  it('a discipline cannot end before it starts', () => {
    expect(disciplineProblems({ from: '2024-03-01', to: '2025-03-01' }, today)).toEqual([]);
    expect(disciplineProblems({ from: '2024-03-01', to: '2024-02-01' }, today)).toEqual([
      { field: 'to', message: 'Thời hạn kỷ luật kết thúc trước khi bắt đầu' },
    ]);
    expect(disciplineProblems({ from: '2024-02-31' }, today)[0]?.field).toBe('from');
  });
  it('an initiative is recognised within its year; a pending matter closes after it opens', () => {
    expect(initiativeProblems({ year: 2024, recognizedOn: '2024-11-02' }, today)).toEqual([]);
    expect(initiativeProblems({ year: 2024, recognizedOn: '2025-01-02' }, today)[0]?.field).toBe(
      'recognizedOn',
    );
    expect(pendingMatterProblems({ since: '2025-05-01', closedOn: '2025-04-01' }, today)[0]?.field).toBe(
      'closedOn',
    );
    expect(pendingMatterProblems({ since: '2025-05-01', closedOn: null }, today)).toEqual([]);
  });
});
