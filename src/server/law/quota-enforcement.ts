/**
 * Quotas enforced at the steps that change their count (submit, forward, approval, signing), inside the
 * step's transaction: HARD refuses beyond the cap (QUOTA_EXCEEDED); SOFT lets a proposal beyond it go on
 * only with a justified exception recorded on it (QUOTA_EXCEPTION_REQUIRED until then).
 */
import type { Selectable } from 'kysely';
import type { QuotaGate, QuotaGateCheck } from '../../core/law';
import type { Db } from '../db/connect';
import type { ProposalTable } from '../db/schema';
import { AppError } from '../http/errors';
import { checkProposalsAtGate } from './quota-counts';

const GATE_WORDS: Record<QuotaGate, { step: string; counted: string }> = {
  submit: { step: 'gửi đề nghị', counted: 'đề nghị đã gửi, đã trình, đã duyệt và danh hiệu đã tặng' },
  forward: { step: 'trình Chủ tịch', counted: 'đề nghị đã trình, đã duyệt và danh hiệu đã tặng' },
  approve: { step: 'phê duyệt', counted: 'đề nghị đã duyệt và danh hiệu đã tặng' },
  sign: { step: 'ký quyết định', counted: 'danh hiệu đã tặng' },
};

const details = (c: QuotaGateCheck) => ({
  awardCode: c.setting.awardCode,
  baseAwardCode: c.setting.baseAwardCode,
  ratio: c.setting.ratio,
  base: c.base,
  cap: c.cap,
  count: c.count,
  enforcement: c.setting.enforcement,
  article: c.setting.article,
});

/** Refuse the step when a quota on the award would be exceeded (see the module's comment). */
export async function assertQuotas(
  trx: Db,
  tenantId: string,
  rows: readonly Selectable<ProposalTable>[],
  gate: QuotaGate,
): Promise<void> {
  // one award per step (a decision holds one award); the years of a decision's proposals may differ
  for (const year of new Set(rows.map((r) => r.year))) {
    const ofYear = rows.filter((r) => r.year === year);
    for (const c of await checkProposalsAtGate(trx, tenantId, ofYear, gate, true)) {
      const w = GATE_WORDS[gate];
      const where = `Vượt tỷ lệ khống chế năm ${year} — ${c.line} (tính ${w.counted}, cùng ${ofYear.length > 1 ? 'các đề nghị' : 'đề nghị'} này; ${c.setting.article})`;
      if (c.refused) {
        throw new AppError('QUOTA_EXCEEDED', `${where}. Không thể ${w.step}.`, details(c));
      }
      if (c.needsException) {
        throw new AppError(
          'QUOTA_EXCEPTION_REQUIRED',
          `${where}. Cán bộ TĐKT hoặc Chủ tịch cần ghi nhận ngoại lệ có lý do cho đề nghị trước khi ${w.step}.`,
          details(c),
        );
      }
    }
  }
}
