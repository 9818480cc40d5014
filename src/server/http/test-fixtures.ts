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
  const p = await officer.post<{ id: string }>('/api/proposals', {
    unitId,
    awardCode: spec.awardCode ?? 'GK_XA_REGULAR',
    subjectKind: spec.person ? 'INDIVIDUAL' : 'COLLECTIVE',
    ...(spec.person ? { personId: spec.person.id } : { subjectUnitId: spec.collectiveUnitId }),
    year: spec.year ?? 2025,
    achievement: spec.achievement ?? 'Hoàn thành xuất sắc nhiệm vụ năm 2025',
  });
  if (p.status !== 201) throw new Error(`create proposal: ${JSON.stringify(p.body)}`);
  await officer.post(`/api/proposals/${p.body.id}/actions/submit`);
  if (spec.until === 'SUBMITTED') return p.body.id;
  await officer.post(`/api/proposals/${p.body.id}/actions/forward`);
  if (spec.until === 'FORWARDED') return p.body.id;
  const a = await chair.post<{ status: string }>(`/api/proposals/${p.body.id}/actions/approve`);
  if (a.body.status !== 'APPROVED') throw new Error(`approve: ${JSON.stringify(a.body)}`);
  return p.body.id;
}

export async function demoPeople(officer: Client) {
  return (
    await officer.get<{ id: string; unitId: string; fullName: string; unitName: string }[]>('/api/people')
  ).body;
}
