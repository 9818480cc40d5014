import type { Denominator, VoteRule } from './vote-rules';

export type Choice = 'DONG_Y' | 'KHONG_DONG_Y';

/** A ballot as stored: no voter, no time — only its receipt and choices. */
export interface StoredBallot {
  receipt: string;
  channel: 'DIGITAL' | 'PAPER' | 'WRITTEN';
  choices: Record<string, Choice>;
}

export interface BallotDefinition {
  proposals: { id: string; rule: VoteRule; recused: number }[];
  totalMembers: number;
  present: number;
  recusalDenominator: 'EXCLUDE' | 'COUNT_AS_ABSENT';
}

export interface ProposalTally {
  proposalId: string;
  agree: number;
  disagree: number;
  blank: number;
  counted: number;
  denominator: number;
  denominatorKind: Denominator;
  share: number;
  threshold: number;
  passed: boolean;
  article: string;
}

export interface TallyResult {
  ballots: number;
  duplicates: string[];
  proposals: ProposalTally[];
}

/**
 * Count the ballots. Order-independent; a receipt seen twice is counted once and reported; a ballot
 * without a choice for a proposal counts as blank (not agreeing). Written opinions of absent members
 * (channel WRITTEN, phiếu lấy ý kiến bằng văn bản) count only under a rule with `allowWrittenOpinions`. Recused members either leave the
 * denominator (EXCLUDE) or stay in it as not agreeing (COUNT_AS_ABSENT).
 */
export function tallyBallot(def: BallotDefinition, ballots: StoredBallot[]): TallyResult {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const unique: StoredBallot[] = [];
  for (const b of [...ballots].sort((x, y) => (x.receipt < y.receipt ? -1 : x.receipt > y.receipt ? 1 : 0))) {
    if (seen.has(b.receipt)) {
      duplicates.add(b.receipt);
      continue;
    }
    seen.add(b.receipt);
    unique.push(b);
  }
  const proposals = def.proposals.map((p) => {
    let agree = 0;
    let disagree = 0;
    // Written opinions of absent members count only where the vote rule allows them.
    const counting = p.rule.allowWrittenOpinions ? unique : unique.filter((b) => b.channel !== 'WRITTEN');
    for (const b of counting) {
      const c = b.choices[p.id];
      if (c === 'DONG_Y') agree++;
      else if (c === 'KHONG_DONG_Y') disagree++;
    }
    const counted = counting.length;
    const written = counting.length - counting.filter((b) => b.channel !== 'WRITTEN').length;
    // Over "members present", an absent member who answered in writing joins the denominator too.
    const base = p.rule.denominator === 'ALL_MEMBERS' ? def.totalMembers : def.present + written;
    const denominator = Math.max(0, def.recusalDenominator === 'EXCLUDE' ? base - p.recused : base);
    const share = denominator === 0 ? 0 : agree / denominator;
    // Compare with integers to avoid floating error at the boundary: agree/den ≥ t ⇔ agree·1000 ≥ t·1000·den.
    const lhs = agree * 1000;
    const rhs = Math.round(p.rule.threshold * 1000) * denominator;
    const passed = denominator > 0 && (p.rule.strict ? lhs > rhs : lhs >= rhs);
    return {
      proposalId: p.id,
      agree,
      disagree,
      blank: counted - agree - disagree,
      counted,
      denominator,
      denominatorKind: p.rule.denominator,
      share,
      threshold: p.rule.threshold,
      passed,
      article: p.rule.article,
    };
  });
  return { ballots: unique.length, duplicates: [...duplicates].sort(), proposals };
}
