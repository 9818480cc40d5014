import type { ErrorCode } from '../errors/error-codes';
import { ART_17_4, ART_17_5, EXAMPLE_STAGE_LABELS, type ExampleStage } from './example-stages';

/** What can be recorded on an example: evidence, media coverage, nurturing actions, replications. */
export const ENTRY_KINDS = ['EVIDENCE', 'MEDIA', 'NURTURING', 'REPLICATION'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Links of an example to commendations: an award already received, a proposal made from the example. */
export const EXAMPLE_LINK_KINDS = ['AWARD', 'PROPOSAL'] as const;
export type ExampleLinkKind = (typeof EXAMPLE_LINK_KINDS)[number];

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  EVIDENCE: 'minh chứng',
  MEDIA: 'tin, bài truyền thông',
  NURTURING: 'hoạt động bồi dưỡng',
  REPLICATION: 'nơi nhân rộng',
};

/** Stages in which each kind of entry may be added. */
const OPEN_STAGES: Record<EntryKind, readonly ExampleStage[]> = {
  EVIDENCE: ['DISCOVERED', 'NURTURING', 'SUMMED_UP', 'REPLICATING'],
  MEDIA: ['DISCOVERED', 'NURTURING', 'SUMMED_UP', 'REPLICATING'],
  NURTURING: ['NURTURING'],
  REPLICATION: ['SUMMED_UP', 'REPLICATING'],
};

export type EntryCheck = { ok: true } | { ok: false; code: ErrorCode; message: string };

/** Whether an entry of `kind` dated `on` may be added now; never throws. */
export function canAddEntry(stage: ExampleStage, kind: EntryKind, on: string, today: string): EntryCheck {
  if (!OPEN_STAGES[kind].includes(stage)) {
    const why =
      kind === 'NURTURING'
        ? ' Hoạt động bồi dưỡng được ghi trong khâu bồi dưỡng.'
        : kind === 'REPLICATION'
          ? ' Chỉ nhân rộng mô hình đã được tổng kết.'
          : '';
    return {
      ok: false,
      code: 'STAGE_CLOSED',
      message: `Không thể thêm ${ENTRY_KIND_LABELS[kind]} khi điển hình đang ở khâu "${EXAMPLE_STAGE_LABELS[stage]}".${why} (${ART_17_4})`,
    };
  }
  if (on > today)
    return {
      ok: false,
      code: 'FUTURE_DATE',
      message: `Ngày của ${ENTRY_KIND_LABELS[kind]} không được sau ngày hôm nay.`,
    };
  return { ok: true };
}

/** Proposing a commendation follows the summing-up (Art. 17(5): tổng kết và khen thưởng). */
export function canPropose(stage: ExampleStage): EntryCheck {
  if (stage === 'SUMMED_UP' || stage === 'REPLICATING') return { ok: true };
  return {
    ok: false,
    code: 'NOT_SUMMED_UP',
    message: `Chỉ đề nghị khen thưởng điển hình đã được tổng kết; điển hình đang ở khâu "${EXAMPLE_STAGE_LABELS[stage]}" (${ART_17_5}).`,
  };
}
