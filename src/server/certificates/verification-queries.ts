/**
 * Public certificate check (no login): the award as recorded, whether its signature over the
 * recorded content is valid under the commune's key, whether the signature printed in the QR
 * code matches, and whether the commune's signed revocation list names it.
 */
import type { VerifyResult } from '../../contract/certificates';
import type { CertificateStatus } from '../../core/decisions/decision-records';
import { getAward } from '../../core/law';
import type { Db } from '../db/connect';
import { verifyCertificate } from '../documents/certificate-signature';
import { notFound } from '../http/errors';
import { trustedPublicKey } from './commune-keys';
import { recordedListSequence } from './key-files';
import type { RevocationEntry } from './revocation-list';
import { latestRevocationList } from './revocation-store';

interface Revocation {
  status: CertificateStatus;
  entry: RevocationEntry | null;
  list: { sequence: number; issuedAt: string } | null;
}

/**
 * Revocation as the commune's signed list says: REVOKED only when the newest list (signature valid)
 * names the code; VALID only when it does not and the database does not claim a revocation either;
 * UNVERIFIABLE ("không xác minh được") when the list is missing, its signature fails, it is older than the
 * newest list recorded beside the key (the newest row deleted to bring back an older one), or when the
 * database marks a revocation the signed list lacks (a revocation inserted by hand, or the newest
 * list deleted to bring back an older one) — never "valid" in those cases.
 */
async function revocationStatus(
  db: Db,
  tenantId: string,
  publicKeyPem: string,
  recorded: number,
  code: string,
  revokedInDb: boolean,
): Promise<Revocation> {
  const latest = await latestRevocationList(db, tenantId, publicKeyPem, recorded);
  if (latest.state !== 'OK') return { status: 'UNVERIFIABLE', entry: null, list: null };
  const list = { sequence: latest.list.sequence, issuedAt: latest.list.issuedAt };
  const entry = latest.list.entries.find((e) => e.code === code) ?? null;
  if (entry) return { status: 'REVOKED', entry, list };
  return { status: revokedInDb ? 'UNVERIFIABLE' : 'VALID', entry: null, list };
}

/** The check of the certificate with `code` (any case); `printed`: the signature from its QR code, if given. */
export async function checkCertificate(
  db: Db,
  keysDir: string,
  rawCode: string,
  printed: string | undefined,
): Promise<VerifyResult> {
  const code = rawCode.toUpperCase();
  const a = await db
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .innerJoin('organisations as c', 'c.id', 'a.tenant_id')
    .select([
      'a.subject_name',
      'a.subject_description',
      'a.achievement',
      'a.register_number',
      'a.award_code',
      'a.signature',
      'a.tenant_id',
      'a.revoked_at',
      'a.verify_code',
      'd.number',
      'd.symbol',
      'd.decision_date',
      'd.signer_name',
      'd.signer_title',
      'c.name as commune_name',
      'c.code as commune_code',
    ])
    .where('a.verify_code', '=', code)
    .executeTakeFirst();
  if (!a) throw notFound(`giấy khen có mã ${code} — mã không do hệ thống cấp`);
  const awardName = getAward(a.award_code)?.name ?? a.award_code;
  // The key from the key file, not a public key stored (and editable) in the database.
  const publicKey = await trustedPublicKey(db, keysDir, a.tenant_id);
  const signatureValid =
    publicKey !== null &&
    verifyCertificate(
      publicKey,
      {
        communeCode: a.commune_code,
        decisionNumber: `${a.number}/${a.symbol}`,
        decisionDate: a.decision_date,
        registerNumber: a.register_number,
        awardCode: a.award_code,
        awardName,
        awardeeName: a.subject_name,
        achievement: a.achievement,
      },
      a.signature,
    );
  const printedMatches = printed === undefined ? null : printed === a.signature;
  const revocation: Revocation = publicKey
    ? await revocationStatus(
        db,
        a.tenant_id,
        publicKey,
        recordedListSequence(keysDir, a.tenant_id),
        a.verify_code,
        a.revoked_at !== null,
      )
    : { status: 'UNVERIFIABLE', entry: null, list: null };
  const status: CertificateStatus =
    publicKey === null
      ? 'UNVERIFIABLE'
      : !signatureValid || printedMatches === false
        ? 'INVALID'
        : revocation.status;
  return {
    code: a.verify_code,
    status,
    signatureValid,
    printedSignatureMatches: printedMatches,
    awardName,
    awardeeName: a.subject_name,
    awardeeDescription: a.subject_description,
    achievement: a.achievement,
    decisionNumber: `${a.number}/${a.symbol}`,
    decisionDate: a.decision_date,
    signerName: a.signer_name,
    signerTitle: a.signer_title,
    issuer: a.commune_name,
    registerNumber: a.register_number,
    revokedAt: revocation.entry?.revokedAt ?? null,
    revokedReason: revocation.entry?.reason ?? null,
    revocationList: revocation.list,
  };
}
