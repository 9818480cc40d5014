import type {
  Decision,
  DecisionPreview,
  DecisionSummary,
  NewDecision,
  RegisterEntry,
} from '../../contract/decisions';
import { seesWholeCommune } from '../../core/auth/roles';
import { getAward } from '../../core/law';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { AppError, notFound } from '../http/errors';
import { communeAuthority } from '../law/commune-authority';
import { payLines } from './decision-pay';
import { fundStatus } from './fund-queries';

export async function listDecisions(db: Db, u: AuthUser): Promise<DecisionSummary[]> {
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('tenant_id', '=', u.tenantId)
    .orderBy('year', 'desc')
    .orderBy('number', 'desc')
    .execute();
  return rows.map((d) => ({
    id: d.id,
    number: d.number,
    year: d.year,
    symbol: d.symbol,
    label: `${d.number}/${d.symbol}`,
    decisionDate: d.decision_date,
    title: d.title,
    awardCode: d.award_code,
    awardName: getAward(d.award_code)?.name ?? d.award_code,
    signerName: d.signer_name,
    signerTitle: d.signer_title,
    status: d.status,
    totalAmount: d.total_amount,
  }));
}

export async function getDecision(db: Db, u: AuthUser, id: string): Promise<Decision> {
  const d = await db
    .selectFrom('decisions')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!d) throw notFound('quyết định');
  const awards = await db
    .selectFrom('awards')
    .selectAll()
    .where('decision_id', '=', id)
    .orderBy('register_number')
    .execute();
  return {
    id: d.id,
    number: d.number,
    year: d.year,
    symbol: d.symbol,
    label: `${d.number}/${d.symbol}`,
    decisionDate: d.decision_date,
    title: d.title,
    awardCode: d.award_code,
    awardName: getAward(d.award_code)?.name ?? d.award_code,
    signerName: d.signer_name,
    signerTitle: d.signer_title,
    status: d.status,
    totalAmount: d.total_amount,
    awards: awards.map((a) => ({
      id: a.id,
      registerNumber: a.register_number,
      subjectKind: a.subject_kind,
      subjectName: a.subject_name,
      subjectDescription: a.subject_description,
      achievement: a.achievement,
      amount: a.amount,
      amountNote: a.amount_note,
      verifyCode: a.verify_code,
      proposalId: a.proposal_id,
      revokedAt: a.revoked_at,
      revokedReason: a.revoked_reason,
    })),
  };
}

/**
 * The register of certificates (sổ theo dõi khen thưởng) of a year: every award entered in the year's
 * register, in register order, with its decision, money and revocation. A unit head sees their unit's entries.
 */
export async function awardRegister(db: Db, u: AuthUser, year: number): Promise<RegisterEntry[]> {
  let q = db
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .leftJoin('proposals as p', 'p.id', 'a.proposal_id')
    .leftJoin('organisations as o', 'o.id', 'p.unit_id')
    .select([
      'a.id',
      'a.register_number',
      'a.award_code',
      'a.subject_kind',
      'a.subject_name',
      'a.year as achievement_year',
      'a.amount',
      'a.verify_code',
      'a.revoked_at',
      'a.revoked_reason',
      'd.id as decision_id',
      'd.number',
      'd.symbol',
      'd.decision_date',
      'o.name as unit_name',
    ])
    .where('a.tenant_id', '=', u.tenantId)
    .where('d.year', '=', year);
  if (!seesWholeCommune(u.role)) q = q.where('p.unit_id', '=', u.unitId ?? '-');
  const rows = await q.orderBy('a.register_number').execute();
  return rows.map((r) => ({
    id: r.id,
    registerNumber: r.register_number,
    awardCode: r.award_code,
    awardName: getAward(r.award_code)?.name ?? r.award_code,
    subjectKind: r.subject_kind,
    subjectName: r.subject_name,
    unitName: r.unit_name,
    achievementYear: r.achievement_year,
    amount: r.amount,
    verifyCode: r.verify_code,
    revokedAt: r.revoked_at,
    revokedReason: r.revoked_reason,
    decisionId: r.decision_id,
    decision: `${r.number}/${r.symbol}`,
    decisionDate: r.decision_date,
  }));
}

/**
 * What signing would cost (the same `payLines` the signing stores), against the year's emulation fund (a
 * warning, not a refusal), and whether the commune chairman may sign it on the date (`mayDecide`).
 */
export async function previewDecision(db: Db, u: AuthUser, b: NewDecision): Promise<DecisionPreview> {
  const ids = [...new Set(b.proposalIds)];
  const found = await db
    .selectFrom('proposals')
    .select([
      'id',
      'subject_name',
      'award_code',
      'subject_kind',
      'person_id',
      'subject_unit_id',
      'household_id',
      'year',
    ])
    .where('tenant_id', '=', u.tenantId)
    .where('id', 'in', ids)
    .execute();
  if (found.length !== ids.length) throw new AppError('UNKNOWN_PROPOSAL', 'Có đề nghị không tồn tại.');
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const pay = await payLines(db, u.tenantId, rows, b.decisionDate);
  const total = pay.reduce((s, l) => s + l.amount, 0);
  const answers = await Promise.all(
    [...new Set(rows.map((r) => r.award_code))].map((code) =>
      communeAuthority(db, u.tenantId, code, b.decisionDate),
    ),
  );
  const refused = answers.filter((a) => !a.allowed);
  const fund = await fundStatus(db, u.tenantId, Number(b.decisionDate.slice(0, 4)));
  const exceeds = fund.amount !== null && fund.spent + total > fund.amount;
  return {
    total,
    lines: rows.map((r, i) => ({
      proposalId: r.id,
      subjectName: r.subject_name,
      awardCode: r.award_code,
      amount: pay[i]?.amount ?? 0,
      fullAmount: pay[i]?.fullAmount ?? 0,
      note: pay[i]?.note ?? null,
    })),
    authority: {
      allowed: refused.length === 0,
      message: (refused.length ? refused : answers).map((a) => a.message).join(' '),
      decider: refused[0]?.decider?.title ?? answers[0]?.decider?.title ?? null,
    },
    fund,
    warning: exceeds
      ? `Tổng tiền thưởng (${total.toLocaleString('vi-VN')} đ) cộng số đã chi (${fund.spent.toLocaleString('vi-VN')} đ) vượt quỹ thi đua, khen thưởng năm ${fund.year} (${(fund.amount ?? 0).toLocaleString('vi-VN')} đ).`
      : null,
  };
}
