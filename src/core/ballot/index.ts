export { blind, newToken, receiptOf, rsaKeyFromJwk, unblind, verifyToken, type RsaPublicKey } from './blind-signature';
export { tallyBallot, type BallotDefinition, type Choice, type ProposalTally, type StoredBallot, type TallyResult } from './tally';
export { QUORUM, VOTE_RULES, checkQuorum, voteRuleFor, type Denominator, type VoteRule } from './vote-rules';
export { b64ToBig, bigToB64 } from './bigint-math';
