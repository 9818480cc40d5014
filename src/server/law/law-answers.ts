/**
 * The answers of `npm run law:check` to a parsed input, each from the same pure function the app calls:
 * verdicts (`evaluate`), quotas (`checkQuotas`), a council's secret ballot (`checkQuorum`, `voteRuleFor`,
 * `tallyBallot` — as the meeting opens and the ballot closes), who may sign (`mayDecide`). Answers keep
 * the order of the questions.
 */
import { checkQuorum, type StoredBallot, tallyBallot, voteRuleFor } from '../../core/ballot';
import {
  checkDecidableAfterDisclosure,
  checkDisclosedWhenRequired,
  checkDisclosurePeriod,
} from '../../core/dossier/disclosure-rules';
import {
  checkQuotas,
  evaluate,
  mayDecide,
  mergeBaseSalaries,
  type ProvinceProfile,
  profileFrom,
  type SubjectRecord,
} from '../../core/law';
import type { BallotQuestion, DisclosureQuestion, LawBatch, LawInput } from './law-input';

type PartialProfile = Partial<ProvinceProfile> | undefined;

/** The item's own settings over the batch's, over the defaults. */
const profileOf = (batch: PartialProfile, own: PartialProfile) =>
  profileFrom(batch || own ? ({ ...batch, ...own } as Partial<ProvinceProfile>) : undefined);

/** The ballots a count stands for: in the room (paper) and written opinions of absent members. */
function ballotsOf(b: BallotQuestion, proposalId: string): StoredBallot[] {
  const out: StoredBallot[] = [];
  const add = (channel: StoredBallot['channel'], n: number, choice?: 'DONG_Y' | 'KHONG_DONG_Y') => {
    for (let i = 0; i < n; i++)
      out.push({
        receipt: `${channel}-${choice ?? 'TRONG'}-${i}`,
        channel,
        choices: choice ? { [proposalId]: choice } : {},
      });
  };
  add('PAPER', b.agree, 'DONG_Y');
  add('PAPER', b.disagree, 'KHONG_DONG_Y');
  add('PAPER', b.blank ?? 0);
  if (b.written) {
    add('WRITTEN', b.written.agree, 'DONG_Y');
    add('WRITTEN', b.written.disagree, 'KHONG_DONG_Y');
    add('WRITTEN', b.written.blank ?? 0);
  }
  return out;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * A ballot's counts as the app judges them: the award's vote rule, the quorum the meeting needed to open, and
 * the tally at closing (recused members leave the denominator). Recommends = quorum and the rule's share.
 */
export function answerBallot(b: BallotQuestion) {
  const rule = voteRuleFor(b.awardCode);
  const quorum = checkQuorum(b.totalMembers, b.present);
  const id = 'de-nghi';
  const tally = tallyBallot(
    {
      proposals: [{ id, rule, recused: b.recused ?? 0 }],
      totalMembers: b.totalMembers,
      present: b.present,
      recusalDenominator: 'EXCLUDE',
    },
    ballotsOf(b, id),
  ).proposals[0];
  if (!tally) throw new Error('tallyBallot did not count the proposal');
  const { proposalId: _, ...counted } = tally;
  const need = `${rule.strict ? 'trên' : 'ít nhất'} ${pct(rule.threshold)} ${
    rule.denominator === 'ALL_MEMBERS' ? 'tổng số thành viên Hội đồng' : 'số thành viên dự họp'
  }`;
  const recommends = quorum.ok && tally.passed;
  const message = !quorum.ok
    ? quorum.message
    : `${tally.passed ? 'Đạt' : 'Không đạt'}: ${tally.agree}/${tally.denominator} đồng ý (${pct(tally.share)}), cần ${need} (${rule.article}).`;
  return {
    awardCode: b.awardCode,
    rule,
    quorum,
    tally: counted,
    recommends,
    message,
  };
}

/**
 * Disclosure: each period's length (`checkDisclosurePeriod`), and whether the proposal may be approved or
 * decided on the date — in the order the app checks it (`server/disclosures/disclosure-check.ts`): disclosed
 * when the award is voted by secret ballot, then not in a running period nor under an open or upheld objection.
 */
export function answerDisclosure(d: DisclosureQuestion) {
  const required = voteRuleFor(d.awardCode).secretBallot;
  const whenRequired = checkDisclosedWhenRequired(required, d.disclosures);
  const decidable = whenRequired.ok
    ? checkDecidableAfterDisclosure(d.disclosures, d.objections ?? [], d.date)
    : whenRequired;
  return {
    awardCode: d.awardCode,
    date: d.date,
    required,
    periods: d.disclosures.map((p) => ({ ...p, ...checkDisclosurePeriod(p) })),
    decidable,
  };
}

/** Answer every question of the input; `today` is the decision date of a case without one. */
export function answerLawInput(input: LawInput, today: string): unknown {
  const b: LawBatch = input.batch;
  const batchProfile = b.profile as PartialProfile;
  const baseSalaries = mergeBaseSalaries(
    (b.baseSalaries ?? []).map((r) => ({ from: r.from, amount: r.amount, source: r.source ?? 'nhập tay' })),
  );
  const verdicts = (b.cases ?? []).map((c) =>
    evaluate(
      c.record as SubjectRecord,
      c.awardCode,
      c.year,
      c.decisionDate ?? today,
      profileOf(batchProfile, c.profile as PartialProfile),
      { baseSalaries, achievement: { basis: c.basis, basisRef: c.basisRef } },
    ),
  );
  if (input.shape === 'case') return verdicts[0];
  if (input.shape === 'cases') return verdicts;
  const out: Record<string, unknown> = {};
  if (b.cases) out.cases = verdicts;
  if (b.quotas)
    out.quotas = b.quotas.map((q) => ({
      ...(q.unit !== undefined ? { unit: q.unit } : {}),
      results: checkQuotas(
        q.proposals,
        q.baseCounts ?? {},
        profileOf(batchProfile, q.profile as PartialProfile),
      ),
    }));
  if (b.ballots) out.ballots = b.ballots.map(answerBallot);
  if (b.authority)
    out.authority = b.authority.map((a) =>
      mayDecide(a.awardCode, a.level, a.date, profileOf(batchProfile, a.profile as PartialProfile)),
    );
  if (b.disclosures) out.disclosures = b.disclosures.map(answerDisclosure);
  return out;
}
