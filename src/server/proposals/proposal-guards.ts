import { todayIn } from '../clock';
import { assertCouncilConcluded } from '../council/council-guard';
import { assertNoSameAchievement, lockSubjects } from '../decisions/same-achievement-guard';
import { assertNoSameAward } from '../decisions/same-award';
import { assertDecidable } from '../disclosures/disclosure-check';
import { communeAuthority, noAuthorityError } from '../law/commune-authority';
import type { ActionGuard } from './action-guard';
import { lawGuard } from './law-guard';
import { quotaGuard } from './quota-guard';

/** Checks run inside the transaction before a proposal action is accepted. */
/** The chairman may not approve while the proposal is in public disclosure or under objection. */
const disclosureGuard: ActionGuard = async (trx, p, action, _input, clock) => {
  if (action === 'approve') await assertDecidable(trx, p.id, p.subject_name, p.award_code, todayIn(clock));
};

/** The chairman may not approve before the council has concluded (and recommended where a secret ballot is required). */
const councilGuard: ActionGuard = async (trx, p, action) => {
  if (action === 'approve') await assertCouncilConcluded(trx, p);
};

/**
 * The subject must not already hold this award for this year, nor hold or be proposed (at any level) for
 * another award for the same achievement (khoản 2 Điều 5; checked again at signing).
 */
const sameAwardGuard: ActionGuard = async (trx, p, action) => {
  if (action === 'submit' || action === 'forward' || action === 'approve') {
    await lockSubjects(trx, [p]);
    await assertNoSameAward(trx, p.tenant_id, p, p.award_code, p.year, p.subject_name);
    await assertNoSameAchievement(trx, p.tenant_id, [p]);
  }
};

/**
 * The chairman approves only what the commune chairman may decide today under the province profile
 * (`mayDecide`); otherwise the approval is refused, naming who decides, and the dossier is marked to be
 * proposed upward (`actOnProposal`).
 */
const authorityGuard: ActionGuard = async (trx, p, action, _input, clock) => {
  if (action !== 'approve') return;
  const a = await communeAuthority(trx, p.tenant_id, p.award_code, todayIn(clock));
  if (!a.allowed) throw noAuthorityError(a);
};

// Order follows the procedure: the award not already given, the law, who may decide, then the council, then
// public disclosure; the quotas last (they hold the quota until the step's transaction ends).
export const PROPOSAL_GUARDS: ActionGuard[] = [
  sameAwardGuard,
  lawGuard,
  authorityGuard,
  councilGuard,
  disclosureGuard,
  quotaGuard,
];
