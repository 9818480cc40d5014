export { b64ToBig, bigToB64 } from './bigint-math';
export {
  blind,
  newToken,
  type RsaPublicKey,
  receiptOf,
  rsaKeyFromJwk,
  unblind,
  verifyToken,
} from './blind-signature';
export {
  type BallotDefinition,
  type Choice,
  type ProposalTally,
  type StoredBallot,
  type TallyResult,
  tallyBallot,
} from './tally';
export { checkQuorum, type Denominator, QUORUM, VOTE_RULES, type VoteRule, voteRuleFor } from './vote-rules';
