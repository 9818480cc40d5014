/**
 * Records in a named state, built through the API, so each browser test starts from the state it is
 * about (an example already summed up, a proposal already forwarded) and no test relies on another one's
 * clicks. Each builder makes new records; tests give them names of their own.
 */
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { inject } from 'vitest';
import { organisationsApi } from '../src/contract/organisations';
import { b64ToBig, blind, newToken, unblind } from '../src/core/ballot';
import { vietnamDate } from '../src/core/calendar/iso-date';
import { type Api, apiAs } from './api';

const officer = () => apiAs('canbo');

/** A unit of the demo commune by its name. */
export async function unitNamed(name: string, api: Api = officer()) {
  const unit = (await api.call(organisationsApi.listUnits, {})).find((u) => u.name === name);
  if (!unit) throw new Error(`no unit "${name}" in the demo commune`);
  return unit;
}

/** A person of the demo commune by full name. */
export async function personNamed(fullName: string, api: Api = officer()) {
  const person = (await api.call(organisationsApi.listPeople, { query: { q: fullName } })).find(
    (p) => p.fullName === fullName,
  );
  if (!person) throw new Error(`no person "${fullName}" in the demo commune`);
  return person;
}

// ---------------------------------------------------------------- typical examples (điển hình tiên tiến)

type ExampleStage = 'NURTURING' | 'SUMMED_UP' | 'REPLICATING';
const EXAMPLE_ORDER: ExampleStage[] = ['NURTURING', 'SUMMED_UP', 'REPLICATING'];

export const EXAMPLE_SUMMARY =
  'Sau hơn một năm, tổ có 25 hội viên góp vốn đều đặn, 7 lượt vay không lãi giúp 4 hộ có thêm nguồn thu từ chăn nuôi, buôn bán nhỏ; chưa có khoản nào quá hạn.';

/**
 * A typical example of the Women's Union (a collective) at `stage`, with what each stage needs before it:
 * a nurturing activity, the summing-up text (only from SUMMED_UP on, unless `summary`), a replication.
 */
export async function exampleAt(
  stage: ExampleStage,
  title: string,
  opts: { summary?: boolean } = {},
): Promise<string> {
  const api = officer();
  const union = await unitNamed('Hội Liên hiệp Phụ nữ xã Tân Việt', api);
  const reach = (s: ExampleStage) => EXAMPLE_ORDER.indexOf(stage) >= EXAMPLE_ORDER.indexOf(s);
  const { id } = await api.post<{ id: string }>('/api/examples', {
    subjectKind: 'COLLECTIVE',
    subjectUnitId: union.id,
    field: 'Giảm nghèo, an sinh xã hội',
    title,
    model:
      'Mỗi hội viên góp tiết kiệm 100.000 đồng/tháng, cho hội viên khó khăn vay luân phiên không lãi để chăn nuôi, buôn bán nhỏ.',
    discoverySource: 'FIELD_VISIT',
    discoveredOn: '2025-03-03',
  });
  const move = (action: string, on: string) => api.post(`/api/examples/${id}/transitions`, { action, on });
  await move('nurture', '2025-03-10');
  await api.post(`/api/examples/${id}/nurturing`, {
    date: '2025-03-20',
    content: 'Hướng dẫn lập sổ theo dõi góp vốn, quy chế hoạt động của tổ',
    byWhom: 'Hội LHPN xã',
  });
  if (reach('SUMMED_UP') || opts.summary) {
    const e = await api.get<{ version: number; field: string; title: string; model: string }>(
      `/api/examples/${id}`,
    );
    await api.put(`/api/examples/${id}`, {
      version: e.version,
      field: e.field,
      title: e.title,
      model: e.model,
      summaryText: EXAMPLE_SUMMARY,
    });
  }
  if (reach('SUMMED_UP')) await move('sumUp', '2025-06-02');
  if (reach('REPLICATING')) {
    const village = await unitNamed('Thôn Phú Xuân', api);
    await api.post(`/api/examples/${id}/replications`, {
      unitId: village.id,
      adoptedOn: '2025-07-01',
      result: 'Chi hội phụ nữ thôn lập tổ tiết kiệm 12 hội viên.',
    });
    await move('replicate', '2025-08-01');
  }
  return id;
}

// ---------------------------------------------------------------- proposals

type ProposalStage = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'FORWARDED' | 'APPROVED';
const PROPOSAL_ORDER: ProposalStage[] = ['DRAFT', 'SUBMITTED', 'FORWARDED', 'APPROVED'];

export interface ProposalSpec {
  /** An individual, by full name; or `collective`, a unit by name. */
  person?: string;
  collective?: string;
  award?: string;
  year?: number;
  achievement?: string;
  /** The account that writes and submits it: the officer (default) or the unit's head. */
  by?: string;
  /** Why the officer returns it and what to add (RETURNED). */
  returned?: { reason: string; missing: string[] };
}

export const thisYear = () => new Date().getFullYear();

/**
 * A proposal at `stage`, each step taken by who takes it: written and submitted by `by`, returned or
 * forwarded by the officer, approved by the chairman (an award that needs the council's secret ballot
 * cannot be approved this way: see `councilRecommended`).
 */
export async function proposalAt(stage: ProposalStage, spec: ProposalSpec): Promise<string> {
  const writer = apiAs(spec.by ?? 'canbo');
  const api = officer();
  const subject = spec.person
    ? await personNamed(spec.person, api).then((p) => ({
        unitId: p.unitId,
        subjectKind: 'INDIVIDUAL',
        personId: p.id,
      }))
    : await unitNamed(spec.collective ?? '', api).then((u) => ({
        unitId: u.id,
        subjectKind: 'COLLECTIVE',
        subjectUnitId: u.id,
      }));
  const { id } = await writer.post<{ id: string }>('/api/proposals', {
    ...subject,
    awardCode: spec.award ?? 'GK_XA_REGULAR',
    year: spec.year ?? thisYear(),
    achievement:
      spec.achievement ?? 'Hoàn thành xuất sắc nhiệm vụ được giao; tích cực trong các phong trào thi đua.',
  });
  const act = (who: Api, action: string, body: object = {}) =>
    who.post(`/api/proposals/${id}/actions/${action}`, body);
  const reach = (s: ProposalStage) => PROPOSAL_ORDER.indexOf(stage) >= PROPOSAL_ORDER.indexOf(s);
  if (stage === 'RETURNED' || reach('SUBMITTED')) await act(writer, 'submit');
  if (stage === 'RETURNED')
    await act(
      api,
      'return',
      spec.returned ?? { reason: 'Thiếu minh chứng', missing: ['Báo cáo thành tích'] },
    );
  if (reach('FORWARDED')) await act(api, 'forward');
  if (reach('APPROVED')) await act(apiAs('chutich'), 'approve');
  return id;
}

// ---------------------------------------------------------------- public disclosure (công khai)

/** The date in Vietnam (the server's "today"), whatever the time zone of the machine running the tests. */
const isoDay = (d: Date) => vietnamDate(d);

/** A public disclosure of the proposals, open from today for `days` days. */
export async function disclosureOf(proposalIds: string[], title: string, days = 10): Promise<string> {
  const today = new Date();
  const { id } = await officer().post<{ id: string }>('/api/disclosures', {
    title,
    startsOn: isoDay(today),
    endsOn: isoDay(new Date(today.getTime() + days * 86_400_000)),
    proposalIds,
  });
  return id;
}

/** Time passes: the disclosure's period is over, as after waiting the legal days (no API moves a date back). */
export function endDisclosure(disclosureId: string): void {
  const db = new SQLite(path.join(inject('dataDir'), 'thidua.sqlite'));
  try {
    db.pragma('busy_timeout = 10000');
    const past = (d: number) => isoDay(new Date(Date.now() - d * 86_400_000));
    db.prepare('UPDATE disclosures SET starts_on = ?, ends_on = ? WHERE id = ?').run(
      past(10),
      past(3),
      disclosureId,
    );
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------- council meetings and secret ballots

/** The council members present at the meetings of the tests: nine of ten. */
export const PRESENT = [
  'Phạm Văn Quyết',
  'Đỗ Thị Hồng Nhung',
  'Bùi Văn Khải',
  'Lê Thị Thu Hà',
  'Đặng Văn Hùng',
  'Nguyễn Thị Ánh',
  'Lê Quốc Vượng',
  'Ngô Văn Lực',
  'Vương Đình Toàn',
];

interface Member {
  id: string;
  name: string;
}

export async function councilMembers(): Promise<Member[]> {
  return officer().get<Member[]>('/api/council/members');
}

/**
 * A council meeting on the proposals (already forwarded), today or on `date`, with the attendance taken;
 * `open`: the chairman has opened it; `ballot`: a secret ballot open on the first proposal.
 */
export async function meetingOn(
  proposalIds: string[],
  opts: { title: string; open?: boolean; ballot?: boolean; date?: string },
): Promise<{ meetingId: string; ballotId?: string }> {
  const api = officer();
  const { id: meetingId } = await api.post<{ id: string }>('/api/meetings', {
    title: opts.title,
    meetingDate: opts.date ?? isoDay(new Date()),
    place: 'Hội trường UBND xã',
    proposalIds,
  });
  const members = await councilMembers();
  for (const m of members.filter((x) => PRESENT.includes(x.name)))
    await api.put(`/api/meetings/${meetingId}/attendance`, { memberId: m.id, present: true });
  if (!opts.open && !opts.ballot) return { meetingId };
  await apiAs('chutich').post(`/api/meetings/${meetingId}/open`);
  if (!opts.ballot) return { meetingId };
  const ballot = await api.post<{ id: string }>(`/api/meetings/${meetingId}/ballots`, {
    proposalId: proposalIds[0],
  });
  return { meetingId, ballotId: ballot.id };
}

/** A member votes from their own device: a blind-signed token, then the vote cast without the session. */
export async function voteAs(username: string, ballotId: string, choice: 'DONG_Y' | 'KHONG_DONG_Y') {
  const baseUrl = inject('baseUrl');
  const b = (await (await fetch(`${baseUrl}/api/public/ballots/${ballotId}`)).json()) as {
    publicKey: { n: string; e: string };
  };
  const pub = { n: b64ToBig(b.publicKey.n), e: b64ToBig(b.publicKey.e) };
  const token = newToken();
  const { blinded, unblinder } = await blind(pub, token);
  const { blindSignature } = await apiAs(username).post<{ blindSignature: string }>(
    `/api/ballots/${ballotId}/token`,
    { blinded },
  );
  const signature = await unblind(pub, token, blindSignature, unblinder);
  const r = await fetch(`${baseUrl}/api/public/ballots/${ballotId}/votes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ token, signature, choice }),
  });
  if (r.status !== 201) throw new Error(`${username}: vote refused ${r.status} ${await r.text()}`);
  return ((await r.json()) as { receipt: string }).receipt;
}

/** Paper ballots handed to these members (by name) and entered by the tellers, all "agree". */
export async function paperVotes(ballotId: string, names: string[]): Promise<void> {
  const api = officer();
  const members = await councilMembers();
  for (const name of names) {
    const m = members.find((x) => x.name === name);
    if (!m) throw new Error(`no council member ${name}`);
    await api.post(`/api/ballots/${ballotId}/paper-voters`, { memberId: m.id });
    await api.post(`/api/ballots/${ballotId}/paper-votes`, { choice: 'DONG_Y' });
  }
}

/**
 * A proposal for an award voted by secret ballot, taken through the whole procedure up to the chairman's
 * desk: disclosed and the period over, a meeting where six of ten members agree, the council recommends,
 * the meeting closed. The proposal stays FORWARDED, ready for approval.
 */
export async function councilRecommended(spec: ProposalSpec, title: string): Promise<string> {
  const id = await proposalAt('FORWARDED', spec);
  endDisclosure(await disclosureOf([id], `Công khai: ${title}`));
  const { meetingId, ballotId } = await meetingOn([id], { title, ballot: true });
  await paperVotes(ballotId as string, PRESENT.slice(0, 6));
  const api = officer();
  await api.post(`/api/ballots/${ballotId}/close`);
  await api.post(`/api/meetings/${meetingId}/items/${id}/outcome`, { outcome: 'RECOMMEND' });
  await api.post(`/api/meetings/${meetingId}/close`);
  return id;
}

// ---------------------------------------------------------------- movements (phong trào) and their reviews

export const CRITERIA = [
  { name: 'Kết quả thực hiện nhiệm vụ, chỉ tiêu được giao', weight: 4, minScore: 0, maxScore: 10 },
  { name: 'Tổ chức, hưởng ứng phong trào thi đua', weight: 3, minScore: 0, maxScore: 10 },
  { name: 'Điển hình tiên tiến, mô hình hay', weight: 3, minScore: 0, maxScore: 10 },
];

type MovementStage = 'LAUNCHED' | 'RUNNING' | 'FINAL_REVIEW';
const MOVEMENT_ORDER: MovementStage[] = ['LAUNCHED', 'RUNNING', 'FINAL_REVIEW'];

/**
 * A commune movement of this year with the three usual criteria and the `units` (by name) taking part,
 * at `stage`; `registered`: units (by name) that registered for it while it was open. For FINAL_REVIEW,
 * the final review's id too.
 */
export async function movementAt(
  stage: MovementStage,
  name: string,
  units: string[],
  opts: { registered?: string[] } = {},
): Promise<{ movementId: string; reviewId?: string }> {
  const api = officer();
  const ids = await Promise.all(units.map((u) => unitNamed(u, api).then((x) => x.id)));
  const y = thisYear();
  const { id: movementId } = await api.post<{ id: string }>('/api/movements', {
    name,
    type: 'CHUYEN_DE',
    scope: 'XA',
    startDate: `${y}-01-01`,
    endDate: `${y}-12-31`,
    registrationDeadline: `${y}-12-31`,
    launchedBy: 'Chủ tịch UBND xã',
    participantUnitIds: ids,
    criteria: CRITERIA,
  });
  const move = (action: string) => api.post(`/api/movements/${movementId}/transitions`, { action });
  const reach = (s: MovementStage) => MOVEMENT_ORDER.indexOf(stage) >= MOVEMENT_ORDER.indexOf(s);
  await move('launch');
  for (const unit of opts.registered ?? []) {
    const u = await unitNamed(unit, api);
    await api.post(`/api/movements/${movementId}/registrations`, {
      subjectKind: 'UNIT',
      subjectId: u.id,
      titles: ['TTLDTT'],
      pledge: 'Hoàn thành 100% chỉ tiêu được giao.',
    });
  }
  if (reach('RUNNING')) await move('start');
  if (!reach('FINAL_REVIEW')) return { movementId };
  await move('openFinalReview');
  const reviews = await api.get<{ id: string; kind: string }[]>(`/api/reviews?movementId=${movementId}`);
  const review = reviews.find((r) => r.kind === 'TONG_KET');
  if (!review) throw new Error(`no final review for ${name}`);
  return { movementId, reviewId: review.id };
}

/** A score sheet of a unit (by name) in a review: the council's (REVIEWER) or the unit's own (SELF). */
export async function scoreSheet(
  reviewId: string,
  unit: string,
  values: number[],
  opts: { by?: string; role?: 'SELF' | 'REVIEWER' } = {},
): Promise<void> {
  const api = officer();
  const review = await api.get<{ criteria: { id: string; name: string }[] }>(`/api/reviews/${reviewId}`);
  const u = await unitNamed(unit, api);
  await apiAs(opts.by ?? 'hoidong1').put(`/api/reviews/${reviewId}/scores`, {
    unitId: u.id,
    role: opts.role ?? 'REVIEWER',
    scores: CRITERIA.map((c, i) => ({
      criterionId: review.criteria.find((x) => x.name === c.name)?.id,
      value: values[i],
    })),
  });
}
