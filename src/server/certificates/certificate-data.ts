import type { Db } from '../db/connect';
import type { CertificateData } from '../documents';
import { communeProfileOf } from '../organisations/profile-queries';

/**
 * The printable data of certificates: all awards of a decision, or one award. Revoked awards are never
 * printed (Law 06/2022/QH15, Chapter VII: a revoked award's certificate is recovered, not reissued).
 */
export async function certificatesFor(
  db: Db,
  tenantId: string,
  publicUrl: string,
  where: { decisionId: string } | { awardId: string },
): Promise<CertificateData[]> {
  let q = db
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .select([
      'a.subject_name',
      'a.subject_description',
      'a.achievement',
      'a.register_number',
      'a.verify_code',
      'a.signature',
      'd.number',
      'd.symbol',
      'd.decision_date',
      'd.signer_title',
      'd.signer_name',
    ])
    .where('a.tenant_id', '=', tenantId)
    .where('a.revoked_at', 'is', null);
  q =
    'decisionId' in where
      ? q.where('a.decision_id', '=', where.decisionId)
      : q.where('a.id', '=', where.awardId);
  const rows = await q.orderBy('a.register_number').execute();
  const profile = await communeProfileOf(db, tenantId);
  return rows.map((r) => ({
    issuerName: profile.agencyName,
    signerTitle: r.signer_title,
    signerName: r.signer_name,
    awardeeName: r.subject_name,
    awardeeDescription: r.subject_description,
    achievement: r.achievement,
    decisionNumber: `${r.number}/${r.symbol}`,
    decisionDate: r.decision_date,
    place: profile.placeName,
    registerNumber: r.register_number,
    verifyCode: r.verify_code,
    verifyUrl: `${publicUrl.replace(/\/$/, '')}/xac-minh/${r.verify_code}?s=${r.signature}`,
  }));
}
