/**
 * Permissions of decisions, the register of certificates, the emulation fund, documents and public
 * disclosure: action → roles (see `../policy.ts`).
 */
import type { Role } from '../roles';
import { CHAIR_ONLY, EVERYONE, OFFICERS, OFFICERS_AND_CHAIR, WHOLE_COMMUNE } from './role-groups';

export const DECISION_PERMISSIONS = {
  /** See decisions, what signing would cost, and print their certificates. */
  'decision.read': EVERYONE,
  /** Sign a decision for approved proposals (the chairman of the commune's People's Committee). */
  'decision.sign': CHAIR_ONLY,
  /** Cancel awards of a decision and recover the certificates and money. */
  'decision.revoke': CHAIR_ONLY,
  /** The register of certificates (sổ theo dõi; a unit head: their own unit's entries) and one certificate. */
  'award.read': EVERYONE,
  /** The year's emulation fund and what decisions spend from it. */
  'fund.read': EVERYONE,
  'fund.set': OFFICERS_AND_CHAIR,
  /** Generated documents of records the reader may see (plan, decision, achievement report, minutes, memo). */
  'document.read': EVERYONE,
  /** The year-end report, the statistics and a memo of chosen proposals: commune-wide, not for a unit head. */
  'commune-report.read': WHOLE_COMMUNE,
  /** Lists under public disclosure and their objections (a unit head: their own unit's objections). */
  'disclosure.read': EVERYONE,
  /** Publish a list for public comment. */
  'disclosure.publish': OFFICERS,
  /** Record how a comment or objection was handled. */
  'objection.resolve': OFFICERS,
} as const satisfies Record<string, readonly Role[]>;
