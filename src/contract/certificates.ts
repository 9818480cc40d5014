/** The public check of a certificate (xác minh giấy khen) by the code printed on it or its QR code. */

import { CERTIFICATE_STATUSES } from '../core/decisions/decision-records';
import { IsoDate, Timestamp } from './common';
import { endpoint } from './endpoint';
import { z } from './zod';

export const VerifyResult = z.object({
  code: z.string(),
  /** UNVERIFIABLE: the commune's signed revocation list is missing, fails its signature, or disagrees with the records. */
  status: z.enum(CERTIFICATE_STATUSES),
  signatureValid: z.boolean(),
  /** Whether the signature printed in the QR code matches (null when none was given). */
  printedSignatureMatches: z.boolean().nullable(),
  awardName: z.string(),
  awardeeName: z.string(),
  awardeeDescription: z.string(),
  achievement: z.string(),
  decisionNumber: z.string(),
  decisionDate: IsoDate,
  signerName: z.string(),
  signerTitle: z.string(),
  issuer: z.string(),
  registerNumber: z.number(),
  revokedAt: Timestamp.nullable(),
  revokedReason: z.string().nullable(),
  /** The signed revocation list the answer rests on. */
  revocationList: z.object({ sequence: z.number(), issuedAt: Timestamp }).nullable(),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

export const certificatesApi = {
  verify: endpoint({
    method: 'GET',
    path: '/public/verify/:code',
    summary: 'Xác minh giấy khen theo mã in trên giấy (không cần đăng nhập)',
    access: 'public',
    params: z.object({ code: z.string().max(40) }),
    query: z.object({ s: z.string().max(200).optional() }),
    response: VerifyResult,
    errors: ['NOT_FOUND', 'VALIDATION'],
  }),
};
