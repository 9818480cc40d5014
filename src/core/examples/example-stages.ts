import type { ErrorCode } from '../errors/error-codes';
import { formatDateVi } from '../text';
/**
 * Typical examples (điển hình tiên tiến): the four stages the commune's plan names — phát hiện, bồi dưỡng,
 * tổng kết, nhân rộng — which carry out Luật Thi đua, khen thưởng 2022, Điều 17 khoản 4 ("phát hiện, bồi
 * dưỡng, tổng kết và nhân rộng điển hình tiên tiến") and khoản 5 (sơ kết, tổng kết, khen thưởng); Chỉ thị
 * 34-CT/TW (07/4/2014). DROPPED ends an example that did not prove itself, with a reason.
 */
export const EXAMPLE_STAGES = ['DISCOVERED', 'NURTURING', 'SUMMED_UP', 'REPLICATING', 'DROPPED'] as const;
export type ExampleStage = (typeof EXAMPLE_STAGES)[number];

export const EXAMPLE_STAGE_LABELS: Record<ExampleStage, string> = {
  DISCOVERED: 'Phát hiện',
  NURTURING: 'Bồi dưỡng',
  SUMMED_UP: 'Tổng kết',
  REPLICATING: 'Nhân rộng',
  DROPPED: 'Dừng theo dõi',
};

export const EXAMPLE_ACTIONS = ['nurture', 'sumUp', 'replicate', 'drop'] as const;
export type ExampleAction = (typeof EXAMPLE_ACTIONS)[number];

export const EXAMPLE_ACTION_LABELS: Record<ExampleAction, string> = {
  nurture: 'Chuyển sang bồi dưỡng',
  sumUp: 'Tổng kết mô hình',
  replicate: 'Nhân rộng',
  drop: 'Dừng theo dõi',
};

/** How the example came to the commune's attention (Art. 17(4): discovery through direction, visits, media). */
export const DISCOVERY_SOURCES = ['NOMINATED', 'RANKING', 'FIELD_VISIT', 'PRESS'] as const;
export type DiscoverySource = (typeof DISCOVERY_SOURCES)[number];
export const DISCOVERY_SOURCE_LABELS: Record<DiscoverySource, string> = {
  NOMINATED: 'Đơn vị giới thiệu',
  RANKING: 'Điểm cao trong xếp hạng phong trào',
  FIELD_VISIT: 'Kiểm tra, khảo sát thực tế',
  PRESS: 'Phản ánh của báo chí, truyền thông',
};

/** The stages shown to citizens: only a summed-up model is propagated (tuyên truyền). */
export const PUBLIC_STAGES: readonly ExampleStage[] = ['SUMMED_UP', 'REPLICATING'];

/** The law behind the stages, cited in every refusal. */
export const ART_17_4 = 'Điều 17 khoản 4 Luật Thi đua, khen thưởng 2022';
export const ART_17_5 = 'Điều 17 khoản 5 Luật Thi đua, khen thưởng 2022';

/** Minimum length of the summing-up text (bài tổng kết) before SUMMED_UP. */
export const MIN_SUMMARY_LENGTH = 100;

/** Facts the guards look at; the server loads them. */
export interface ExampleFacts {
  stage: ExampleStage;
  /** Date of the last stage change (or of the discovery), YYYY-MM-DD. */
  lastStageOn: string;
  today: string;
  summaryText: string | null;
  nurturingCount: number;
  replicationCount: number;
}

export type ExampleTransition =
  | { ok: true; from: ExampleStage; to: ExampleStage }
  | { ok: false; code: ErrorCode; message: string };

const EDGES: Record<ExampleAction, { from: readonly ExampleStage[]; to: ExampleStage }> = {
  nurture: { from: ['DISCOVERED'], to: 'NURTURING' },
  sumUp: { from: ['NURTURING'], to: 'SUMMED_UP' },
  replicate: { from: ['SUMMED_UP'], to: 'REPLICATING' },
  drop: { from: ['DISCOVERED', 'NURTURING', 'SUMMED_UP', 'REPLICATING'], to: 'DROPPED' },
};

const fail = (code: ErrorCode, message: string): ExampleTransition => ({ ok: false, code, message });

/** Applies `action` on date `on` to an example; never throws. */
export function transitionExample(
  facts: ExampleFacts,
  action: ExampleAction,
  input: { on: string; reason?: string | undefined },
): ExampleTransition {
  const edge = EDGES[action];
  const from = facts.stage;
  if (!edge.from.includes(from)) {
    const hint =
      from === 'DROPPED'
        ? ' Điển hình đã dừng theo dõi.'
        : ` Thứ tự các khâu: phát hiện → bồi dưỡng → tổng kết → nhân rộng (${ART_17_4}).`;
    return fail(
      'ILLEGAL_TRANSITION',
      `Không thể "${EXAMPLE_ACTION_LABELS[action]}" khi điển hình đang ở khâu "${EXAMPLE_STAGE_LABELS[from]}".${hint}`,
    );
  }
  if (input.on > facts.today) return fail('FUTURE_DATE', 'Ngày chuyển khâu không được sau ngày hôm nay.');
  if (input.on < facts.lastStageOn) {
    return fail(
      'DATE_BEFORE_PREVIOUS',
      `Ngày chuyển khâu không được trước ngày của khâu trước (${formatDateVi(facts.lastStageOn)}).`,
    );
  }
  if (action === 'sumUp') {
    if (facts.nurturingCount < 1) {
      return fail(
        'NURTURING_REQUIRED',
        `Chưa có hoạt động bồi dưỡng nào được ghi nhận; cần bồi dưỡng trước khi tổng kết (${ART_17_4}).`,
      );
    }
    if ((facts.summaryText ?? '').trim().length < MIN_SUMMARY_LENGTH) {
      return fail(
        'SUMMARY_REQUIRED',
        `Cần có bài tổng kết mô hình (ít nhất ${MIN_SUMMARY_LENGTH} ký tự) trước khi chuyển sang khâu tổng kết (${ART_17_4}).`,
      );
    }
  }
  if (action === 'replicate' && facts.replicationCount < 1) {
    return fail(
      'REPLICATION_REQUIRED',
      `Chưa có đơn vị nào áp dụng mô hình; ghi nhận ít nhất một nơi nhân rộng trước (${ART_17_4}).`,
    );
  }
  if (action === 'drop' && (input.reason ?? '').trim().length < 10) {
    return fail('REASON_REQUIRED', 'Cần ghi rõ lý do dừng theo dõi điển hình (ít nhất 10 ký tự).');
  }
  return { ok: true, from, to: edge.to };
}

/** Actions whose source stage matches (guards are checked on use), for the UI's buttons. */
export function availableExampleActions(stage: ExampleStage): ExampleAction[] {
  return EXAMPLE_ACTIONS.filter((a) => EDGES[a].from.includes(stage));
}
