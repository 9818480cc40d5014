/** Enumerations of decisions, the register of certificates (sổ theo dõi) and the public certificate check. */

/** A decision is signed; once every award in it is revoked it is revoked. */
export const DECISION_STATUSES = ['SIGNED', 'REVOKED'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** Who an award goes to: a person, a collective (unit) or a household. */
export const AWARD_SUBJECT_KINDS = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'] as const;
export type AwardSubjectKind = (typeof AWARD_SUBJECT_KINDS)[number];

/**
 * What the public check says of a certificate: VALID, REVOKED (the commune's signed revocation list names
 * it), INVALID (the signature does not match the record or the printed code), UNVERIFIABLE (the signed
 * list is missing, fails its signature, or disagrees with the records).
 */
export const CERTIFICATE_STATUSES = ['VALID', 'REVOKED', 'INVALID', 'UNVERIFIABLE'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * Grounds for cancelling a commendation and recovering its objects and money (Law 06/2022/QH15,
 * Art. 93(2)(a)–(d), Chapter VII; see docs/law/VERIFICATION.md): (a) fraud in declaring achievements,
 * (b) false information or forged dossier, (c) review, approval or proposal contrary to law,
 * (d) a competent body's conclusion that the criteria were not met in the achievement period.
 */
export const REVOCATION_GROUNDS = {
  a: 'Gian dối trong kê khai công trạng, thành tích',
  b: 'Cung cấp thông tin sai sự thật, làm giả hồ sơ',
  c: 'Thẩm định, xét, duyệt, đề nghị khen thưởng trái pháp luật',
  d: 'Kết luận của cơ quan có thẩm quyền cho thấy không đủ tiêu chuẩn trong thời gian lập thành tích',
} as const;
export const REVOCATION_GROUND_CODES = [
  'a',
  'b',
  'c',
  'd',
] as const satisfies readonly (keyof typeof REVOCATION_GROUNDS)[];
export type RevocationGround = (typeof REVOCATION_GROUND_CODES)[number];
export const REVOCATION_ARTICLE =
  'Khoản 2 Điều 93 Luật Thi đua, khen thưởng 2022 (hủy bỏ quyết định, thu hồi hiện vật và tiền thưởng)';
