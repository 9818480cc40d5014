/** Certificates (giấy khen) to print: all of a decision's, or one award's. Revoked awards are never printed. */
import type { AuthUser } from '../auth/sessions';
import { certificatesFor } from '../certificates/certificate-data';
import type { Db } from '../db/connect';
import { renderCertificatesPdf } from '../documents';
import { type FileOut, PDF } from '../documents/file-reply';
import { AppError, notFound } from '../http/errors';
import { getDecision } from './decision-queries';

const pdfFile = (name: string, body: Buffer): FileOut => ({
  type: PDF,
  disposition: `attachment; filename="${name}"`,
  body,
  noStore: false,
});

/** All certificates of a decision in one PDF, for printing. */
export async function decisionCertificates(
  db: Db,
  publicUrl: string,
  u: AuthUser,
  decisionId: string,
): Promise<FileOut> {
  const d = await getDecision(db, u, decisionId);
  const items = await certificatesFor(db, u.tenantId, publicUrl, { decisionId: d.id });
  if (items.length === 0)
    throw new AppError(
      'CERTIFICATES_REVOKED',
      'Mọi giấy khen của quyết định này đã bị thu hồi, không in được.',
    );
  return pdfFile(`giay-khen-qd-${d.number}-${d.year}.pdf`, await renderCertificatesPdf(items));
}

/** One awardee's certificate. */
export async function awardCertificate(
  db: Db,
  publicUrl: string,
  u: AuthUser,
  awardId: string,
): Promise<FileOut> {
  const items = await certificatesFor(db, u.tenantId, publicUrl, { awardId });
  if (items.length === 0) {
    const revoked = await db
      .selectFrom('awards')
      .select('id')
      .where('id', '=', awardId)
      .where('tenant_id', '=', u.tenantId)
      .where('revoked_at', 'is not', null)
      .executeTakeFirst();
    if (revoked) throw new AppError('CERTIFICATE_REVOKED', 'Giấy khen này đã bị thu hồi, không in được.');
    throw notFound('giấy khen');
  }
  return pdfFile(`giay-khen-so-${items[0]?.registerNumber}.pdf`, await renderCertificatesPdf(items));
}
