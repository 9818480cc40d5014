/** Shapes of the API's answers, as the UI reads them. */
export type { Household, Person, Unit, UnitAward } from '../../contract/organisations';

export interface AwardRow {
  id: string;
  registerNumber: number;
  subjectKind: string;
  subjectName: string;
  subjectDescription: string;
  achievement: string;
  amount: number;
  verifyCode: string;
  proposalId: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
}

export interface Decision {
  id: string;
  number: number;
  year: number;
  symbol: string;
  label: string;
  decisionDate: string;
  title: string;
  awardCode: string;
  awardName: string;
  signerName: string;
  signerTitle: string;
  status: string;
  totalAmount: number;
  awards?: AwardRow[];
}

export interface AuditRow {
  id: number;
  at: string;
  actorName: string;
  entityType: string;
  entityId: string;
  action: string;
  summary: string;
}

export interface VerifyResult {
  code: string;
  /** UNVERIFIABLE: the commune's signed revocation list is missing, fails its signature, or disagrees with the records */
  status: 'VALID' | 'REVOKED' | 'INVALID' | 'UNVERIFIABLE';
  signatureValid: boolean;
  printedSignatureMatches: boolean | null;
  awardName: string;
  awardeeName: string;
  awardeeDescription: string;
  achievement: string;
  decisionNumber: string;
  decisionDate: string;
  signerName: string;
  signerTitle: string;
  issuer: string;
  registerNumber: number;
  revokedAt: string | null;
  revokedReason: string | null;
  /** the signed revocation list the answer rests on */
  revocationList: { sequence: number; issuedAt: string } | null;
}
