import { todayIn } from '../clock';
import { assertCouncilConcluded } from '../council/council-guard';
import { assertNoSameAchievement, lockSubjects } from '../decisions/same-achievement-guard';
import { assertNoSameAward } from '../decisions/same-award';
import { assertDecidable } from '../disclosures/disclosure-check';
import type { ActionGuard } from './action-guard';
import { lawGuard } from './law-guard';

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

// Order follows the procedure: the award not already given, the law, then the council, then public disclosure.
export const PROPOSAL_GUARDS: ActionGuard[] = [sameAwardGuard, lawGuard, councilGuard, disclosureGuard];
