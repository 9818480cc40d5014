/** Reading the quotas: the commune's year, and where a proposal's next step stands. */
import type { ProposalQuota, QuotaStanding, QuotaStatus } from '../../contract/law';
import { awardShortName, type QuotaSetting, quotaCap, quotaLine } from '../../core/law';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { loadProfile } from './law-settings';
import {
  checkProposalsAtGate,
  exceptedProposals,
  nextGate,
  quotaBase,
  quotaEntries,
  quotasOf,
} from './quota-counts';
import { visibleProposal } from './visible-proposal';

const STEP_WORDS = {
  submit: 'gửi đề nghị',
  forward: 'trình Chủ tịch',
  approve: 'phê duyệt',
  sign: 'ký quyết định',
};

async function standing(db: Db, tenantId: string, year: number, q: QuotaSetting): Promise<QuotaStanding> {
  const entries = await quotaEntries(db, tenantId, year, q.awardCode);
  const base = await quotaBase(db, tenantId, year, q.baseAwardCode);
  const subjects = (stage: string) =>
    new Set(entries.filter((e) => e.stage === stage).map((e) => e.subject)).size;
  const all = new Map<string, boolean>();
  for (const e of entries) all.set(e.subject, (all.get(e.subject) ?? false) || e.overridden);
  return {
    awardCode: q.awardCode,
    awardName: awardShortName(q.awardCode),
    baseAwardCode: q.baseAwardCode,
    baseAwardName: awardShortName(q.baseAwardCode),
    ratio: q.ratio,
    minOneIfFractional: q.minOneIfFractional,
    base,
    cap: quotaCap(q.ratio, base, q.minOneIfFractional),
    enforcement: q.enforcement,
    article: q.article,
    count: all.size,
    stages: {
      submitted: subjects('SUBMITTED'),
      forwarded: subjects('FORWARDED'),
      approved: subjects('APPROVED'),
      held: subjects('HELD'),
    },
    exceptions: [...all.values()].filter(Boolean).length,
    line: quotaLine(q, base, all.size),
    baseUnknown: base === 0,
  };
}

/** Every quota of the commune's year. */
export async function quotaStatus(db: Db, u: AuthUser, year: number): Promise<QuotaStatus> {
  const profile = await loadProfile(db, u.tenantId);
  const quotas: QuotaStanding[] = [];
  for (const q of profile.quotas) quotas.push(await standing(db, u.tenantId, year, q));
  return { year, quotas };
}

/** The quotas on a proposal's award, with its next step's count (a unit head: own unit's proposals). */
export async function proposalQuota(db: Db, u: AuthUser, id: string): Promise<ProposalQuota> {
  const p = await visibleProposal(db, u, id);
  const profile = await loadProfile(db, u.tenantId);
  const gate = nextGate(p.status);
  const checks = gate ? await checkProposalsAtGate(db, u.tenantId, [p], gate, false) : [];
  const out: ProposalQuota['quotas'] = [];
  for (const q of quotasOf(profile.quotas, p.award_code)) {
    const c = checks.find((x) => x.setting.awardCode === q.awardCode);
    const excepted = (await exceptedProposals(db, u.tenantId, q.awardCode, [p.id])).has(p.id);
    out.push({
      ...(await standing(db, u.tenantId, p.year, q)),
      step: gate ? STEP_WORDS[gate] : null,
      stepLine: c?.line ?? null,
      refused: c?.refused ?? false,
      needsException: c?.needsException ?? false,
      excepted,
    });
  }
  return { year: p.year, quotas: out };
}
