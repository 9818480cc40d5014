import { proposalsApi } from '../../contract/proposals';
import type { Client } from './test-app';

export interface ProposalSpec {
  person?: { id: string; unitId: string };
  collectiveUnitId?: string;
  unitId?: string;
  awardCode?: string;
  year?: number;
  achievement?: string;
  /** How far to walk it: submitted, forwarded by the officer, or approved by the chairman. */
  until: 'SUBMITTED' | 'FORWARDED' | 'APPROVED';
}

/** Create a proposal as the officer and walk it through the workflow; returns its id. */
export async function proposalUntil(officer: Client, chair: Client, spec: ProposalSpec): Promise<string> {
  const unitId = spec.unitId ?? spec.person?.unitId ?? spec.collectiveUnitId;
  const p = await officer.api.call(proposalsApi.createProposal, {
    body: {
      unitId,
      awardCode: spec.awardCode ?? 'GK_XA_REGULAR',
      subjectKind: spec.person ? 'INDIVIDUAL' : 'COLLECTIVE',
      ...(spec.person ? { personId: spec.person.id } : { subjectUnitId: spec.collectiveUnitId }),
      year: spec.year ?? 2025,
      achievement: spec.achievement ?? 'Hoàn thành xuất sắc nhiệm vụ năm 2025',
    },
  });
  const act = (c: Client, action: string) =>
    c.attempt(proposalsApi.actOnProposal, { params: { id: p.id, action }, body: {} });
  await act(officer, 'submit');
  if (spec.until === 'SUBMITTED') return p.id;
  await act(officer, 'forward');
  if (spec.until === 'FORWARDED') return p.id;
  const a = await act(chair, 'approve');
  if (a.body?.status !== 'APPROVED') throw new Error(`approve: ${JSON.stringify(a.error ?? a.body)}`);
  return p.id;
}

export async function demoPeople(officer: Client) {
  return (
    await officer.get<{ id: string; unitId: string; fullName: string; unitName: string }[]>('/api/people')
  ).body;
}
