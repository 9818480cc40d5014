import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditApi } from '../../contract/audit';
import { calendarApi } from '../../contract/calendar';
import { dashboardApi } from '../../contract/dashboard';
import { inboxApi } from '../../contract/inbox';
import { movementsApi } from '../../contract/movements';
import { organisationsApi } from '../../contract/organisations';
import { proposalsApi } from '../../contract/proposals';
import { registrationsApi } from '../../contract/registrations';
import { type RankRow, type ReviewView, reviewsApi } from '../../contract/reviews';
import { scoringApi } from '../../contract/scoring';
import { targetsApi } from '../../contract/targets';
import { addDays } from '../../core/calendar';
import type { SubjectKind } from '../../core/law';
import type { MovementAction } from '../../core/movements';
import { systemClock, todayIn } from '../clock';
import { newId } from '../db/ids';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
/** The head of the primary school. */
let head: Client;
/** A council member (a reviewer). */
let council: Client;
/** The units the tests name, by their role: two schools, two villages, a team of the primary school. */
type U = { id: string; name: string };
let TH: U;
let THCS: U;
let THON: U;
let THON2: U;
let TEAM: U;
// The dashboard reads the system clock: these tests run on today's date.
const day = todayIn(systemClock);
const nowIso = () => new Date().toISOString();
/** The 2024 movement the dashboard of 2024 lists. */
const CV = 'Cán bộ, công chức, viên chức, người lao động thi đua thực hiện văn hóa công sở';

beforeAll(async () => {
  w = await startWorld({ clock: systemClock });
  ({ officer, unitHead: head, member: council } = w);
  TH = { id: w.units.school, name: 'Trường Tiểu học Thử Nghiệm' };
  THON = { id: w.units.village, name: 'Thôn Thử Nghiệm' };
  TEAM = { id: w.units.collective, name: 'Tổ chuyên môn Thử Nghiệm' };
  THCS = { name: 'Trường Trung học cơ sở Thử Nghiệm', id: '' };
  THCS.id = await w.unit({ name: THCS.name, kind: 'TRUONG', members: 28 });
  THON2 = { name: 'Thôn Hòa Bình Thử', id: '' };
  THON2.id = await w.unit({ name: THON2.name, kind: 'THON', members: 388 });
  // a teacher of the primary school (not its head), a farmer
  await w.person({ unitId: TH.id, fullName: 'Giáo Viên Tiểu Học', category: 'VIEN_CHUC', gender: 'NU' });
  await w.person({ unitId: THON.id, fullName: 'Nông Dân Thử', category: 'NONG_DAN' });
  // the year's targets a unit may pledge to; the national calendar; a movement from the national catalogue;
  // a movement of 2024, still launched
  await w.target({ year: Number(addDays(day, -30).slice(0, 4)), code: 'CT01', planned: 1 });
  await officer.api.call(calendarApi.addDefaults, {});
  await w.movement({ catalogueCode: 'CT19', state: 'LAUNCHED' });
  await w.movement({
    name: CV,
    year: 2024,
    startDate: '2024-01-01',
    endDate: '2024-12-31',
    state: 'LAUNCHED',
  });
});
afterAll(async () => {
  await w?.close();
});
const unit = (name: string): U => {
  const u = [TH, THCS, THON, THON2, TEAM].find((x) => x.name === name);
  if (!u) throw new Error(`no unit ${name}`);
  return u;
};
const inbox = async (c: Client) => c.api.call(inboxApi.listInbox, {});
const audit = async (limit: number) => officer.api.call(auditApi.listAudit, { query: { limit } });

const CRITERIA = [
  { name: 'Hoàn thành nhiệm vụ chuyên môn', group: 'Nhiệm vụ', weight: 3, minScore: 0, maxScore: 10 },
  { name: 'Phong trào thi đua, đoàn kết nội bộ', weight: 2, minScore: 0, maxScore: 10 },
  { name: 'Ứng dụng chuyển đổi số', weight: 1, minScore: 0, maxScore: 5 },
];

async function createMovement(extra: { registrationDeadline?: string } = {}) {
  const { id } = await officer.api.call(movementsApi.createMovement, {
    body: {
      name: 'Thi đua dạy tốt, học tốt năm học 2026 - 2027',
      type: 'CHUYEN_DE',
      scope: 'XA',
      fields: ['Giáo dục'],
      startDate: addDays(day, -30),
      endDate: addDays(day, 200),
      registrationDeadline: addDays(day, 5),
      participantUnitIds: [
        unit('Trường Tiểu học Thử Nghiệm').id,
        unit('Trường Trung học cơ sở Thử Nghiệm').id,
        unit('Thôn Thử Nghiệm').id,
      ],
      criteria: CRITERIA,
      ...extra,
    },
  });
  return id;
}
const act = (id: string, action: MovementAction, c: Client = officer) =>
  c.attempt(movementsApi.transition, { params: { id }, body: { action } });
const statusAfter = async (id: string, action: MovementAction) => (await act(id, action)).body.status;
const registerAs = (
  c: Client,
  id: string,
  body: {
    subjectKind: 'UNIT' | 'INDIVIDUAL';
    subjectId: string;
    titles: string[];
    targetIds?: string[];
    pledge?: string;
  },
) => c.attempt(registrationsApi.register, { params: { id }, body });
const registrations = (c: Client, id: string) =>
  c.api.call(registrationsApi.listRegistrations, { params: { id } });
const review = (c: Client, id: string) => c.api.call(reviewsApi.getReview, { params: { id } });
const reviewsOf = (movementId: string) => officer.api.call(reviewsApi.listReviews, { query: { movementId } });

describe('movements: lifecycle and launch', () => {
  it('refuses to launch a movement without participants and criteria, naming what is missing (Điều 17)', async () => {
    const { id } = await officer.api.call(movementsApi.createMovement, {
      body: { name: 'Phong trào chưa đủ nội dung', type: 'CHUYEN_DE' },
    });
    const launch = await act(id, 'launch');
    expect(launch.status).toBe(422);
    expect(launch.error?.code).toBe('MOVEMENT_INCOMPLETE');
    expect(launch.error?.message).toContain('đối tượng tham gia');
    expect(launch.error?.message).toContain('tiêu chí');
    expect(launch.error?.message).toContain('Điều 17');
  });

  it('refuses invalid criteria and out-of-order actions with Vietnamese reasons', async () => {
    const bad = await officer.attempt(movementsApi.createMovement, {
      body: {
        name: 'Phong trào có tiêu chí sai',
        type: 'CHUYEN_DE',
        criteria: [{ name: 'Tiêu chí', weight: 1, minScore: 10, maxScore: 5 }],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.error?.message).toContain('Điểm tối đa của tiêu chí "Tiêu chí" phải lớn hơn điểm tối thiểu');
    const id = await createMovement();
    const r = await act(id, 'openFinalReview');
    expect(r.status).toBe(409);
    expect(r.error?.code).toBe('ILLEGAL_TRANSITION');
    expect(r.error?.message).toContain('Đang xây dựng kế hoạch');
    expect((await act(id, 'launch', head)).status).toBe(403);
  });

  it('launch sends each participating unit a registration task, audited; answers the movement', async () => {
    const id = await createMovement();
    const r = await act(id, 'launch');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id, status: 'LAUNCHED', actions: ['start'] });
    expect(r.body.participants).toHaveLength(3);
    const tasks = (await inbox(officer)).filter((x) => x.movementId === id);
    expect(tasks.map((x) => x.unitId).sort()).toEqual(
      [
        unit('Trường Tiểu học Thử Nghiệm').id,
        unit('Trường Trung học cơ sở Thử Nghiệm').id,
        unit('Thôn Thử Nghiệm').id,
      ].sort(),
    );
    expect(tasks.every((x) => x.kind === 'REGISTER' && x.title.startsWith('Đăng ký thi đua:'))).toBe(true);
    const mine = await inbox(head);
    expect(mine.filter((x) => x.movementId === id)).toHaveLength(1);
    expect(mine.every((x) => x.unitId === unit('Trường Tiểu học Thử Nghiệm').id)).toBe(true);
    expect((await head.api.call(inboxApi.inboxCount, {})).open).toBeGreaterThanOrEqual(1);
    expect((await audit(50)).some((a) => a.action === 'launch' && a.entityId === id)).toBe(true);
    const detail = await officer.api.call(movementsApi.getMovement, { params: { id } });
    expect(detail.participants).toHaveLength(3);
    expect(detail.criteria).toHaveLength(3);
    expect(detail.actions).toEqual(['start']);
    // only the officers see the lifecycle actions
    expect((await head.api.call(movementsApi.getMovement, { params: { id } })).actions).toEqual([]);
    const edit = await officer.attempt(movementsApi.updateMovement, {
      params: { id },
      body: { name: 'Thi đua dạy tốt, học tốt', type: 'CHUYEN_DE', criteria: CRITERIA },
    });
    expect(edit.status).toBe(409);
    expect(edit.error?.code).toBe('MOVEMENT_LAUNCHED');
    // an edit that keeps the plan answers the movement as edited
    const renamed = await officer.api.call(movementsApi.updateMovement, {
      params: { id },
      body: {
        name: 'Thi đua dạy tốt, học tốt (sửa)',
        type: 'CHUYEN_DE',
        startDate: detail.startDate,
        endDate: detail.endDate,
      },
    });
    expect(renamed).toMatchObject({ name: 'Thi đua dạy tốt, học tốt (sửa)', status: 'LAUNCHED' });
    expect(renamed.participants).toHaveLength(3);
    // the old launch route is the launch transition
    const other = await createMovement();
    expect((await officer.api.call(movementsApi.launch, { params: { id: other } })).status).toBe('LAUNCHED');
  });

  it('lists movements by words without diacritics and by status; the catalogue marks what the commune has', async () => {
    const id = await createMovement();
    const found = await officer.api.call(movementsApi.listMovements, {
      query: { q: 'day tot hoc tot', status: 'DRAFT' },
    });
    expect(found.find((m) => m.id === id)).toMatchObject({ participantCount: 3, myUnitTakesPart: null });
    const mine = await head.api.call(movementsApi.listMovements, { query: { status: 'DRAFT' } });
    expect(mine.find((m) => m.id === id)?.myUnitTakesPart).toBe(true);
    const catalogue = await officer.api.call(movementsApi.catalogue, {});
    expect(catalogue.find((c) => c.code === 'CT19')?.inCommune).toBe(true);
  });
});

describe('registration (đăng ký thi đua)', () => {
  it('registers before the deadline, refuses a second one, the wrong unit, wrong codes; missing list and reminders', async () => {
    const id = await createMovement();
    await act(id, 'launch');
    const school = unit('Trường Tiểu học Thử Nghiệm');
    const year = Number(addDays(day, -30).slice(0, 4));
    const { targets } = await head.api.call(targetsApi.targetsOfYear, { query: { year } });
    const unknownTarget = await registerAs(head, id, {
      subjectKind: 'UNIT',
      subjectId: school.id,
      titles: ['TTLDTT'],
      targetIds: ['khong-co'],
    });
    expect(unknownTarget.status).toBe(400);
    expect(unknownTarget.error?.code).toBe('UNKNOWN_TARGET');
    expect(targets.length).toBeGreaterThan(0);
    const pledged = targets.slice(0, 1).map((x) => x.id);
    const ok = await registerAs(head, id, {
      subjectKind: 'UNIT',
      subjectId: school.id,
      titles: ['TTLDTT'],
      targetIds: pledged,
      pledge: '100% giáo viên hoàn thành tốt nhiệm vụ',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ subjectName: school.name, titles: ['TTLDTT'], targetIds: pledged });
    const again = await registerAs(head, id, {
      subjectKind: 'UNIT',
      subjectId: school.id,
      titles: ['TTLDXS'],
    });
    expect(again.status).toBe(409);
    expect(again.error?.code).toBe('ALREADY_REGISTERED');
    const other = await registerAs(head, id, {
      subjectKind: 'UNIT',
      subjectId: unit('Thôn Thử Nghiệm').id,
      titles: ['TTLDTT'],
    });
    expect(other.status).toBe(403);
    expect(other.error?.message).toBe(
      'Bạn chỉ được đăng ký thi đua cho đơn vị mình và người của đơn vị mình.',
    );
    const wrongCode = await registerAs(head, id, {
      subjectKind: 'UNIT',
      subjectId: school.id,
      titles: ['TAP_THE_LAO_DONG_TIEN_TIEN'],
    });
    expect(wrongCode.status).toBe(400);
    expect(wrongCode.error?.code).toBe('UNKNOWN_TITLE');
    const people = await head.api.call(organisationsApi.listPeople, {});
    const teacher = people.find((p) => p.unitName === school.name);
    if (!teacher) throw new Error('no teacher of the school');
    const indivUnitTitle = await registerAs(head, id, {
      subjectKind: 'INDIVIDUAL',
      subjectId: teacher.id,
      titles: ['TTLDTT'],
    });
    expect(indivUnitTitle.error?.code).toBe('TITLE_NOT_FOR_SUBJECT');
    expect(
      (
        await registerAs(head, id, {
          subjectKind: 'INDIVIDUAL',
          subjectId: teacher.id,
          titles: ['LDTT', 'CSTDCS'],
        })
      ).status,
    ).toBe(201);

    // the head's REGISTER task is done once the unit registered
    const headTasks = (await inbox(head)).filter((x) => x.movementId === id);
    expect(headTasks).toHaveLength(0);

    const list = await registrations(officer, id);
    expect(list.coverage).toMatchObject({ registered: 1, participants: 3 });
    expect(list.missing.map((m) => m.name).sort()).toEqual([
      'Thôn Thử Nghiệm',
      'Trường Trung học cơ sở Thử Nghiệm',
    ]);
    expect(list.registrations.map((r) => r.titles)).toEqual([['TTLDTT'], ['CSTDCS', 'LDTT']]);
    expect(list.registrations[0]?.targetIds).toEqual(pledged);

    // edits go through the same checks: own unit only, catalogue codes; the answer is the edited registration
    const mine = list.registrations[0];
    if (!mine) throw new Error('no registration');
    const edited = await head.api.call(registrationsApi.updateRegistration, {
      params: { id: mine.id },
      body: { titles: ['TTLDXS'], pledge: 'Phấn đấu tập thể lao động xuất sắc' },
    });
    expect(edited).toMatchObject({
      id: mine.id,
      titles: ['TTLDXS'],
      pledge: 'Phấn đấu tập thể lao động xuất sắc',
    });
    const thon = await registerAs(officer, id, {
      subjectKind: 'UNIT',
      subjectId: unit('Thôn Thử Nghiệm').id,
      titles: ['TTLDTT'],
    });
    expect(thon.status).toBe(201);
    const headEditsThon = await head.attempt(registrationsApi.updateRegistration, {
      params: { id: thon.body.id },
      body: { titles: ['TTLDXS'] },
    });
    expect(headEditsThon.status).toBe(403);
    const after = await registrations(officer, id);
    expect(after.registrations.find((r) => r.subjectName === school.name)).toMatchObject({
      titles: ['TTLDXS'],
      pledge: 'Phấn đấu tập thể lao động xuất sắc',
    });

    const remind = await officer.api.call(registrationsApi.remind, { params: { id }, body: {} });
    expect(remind.reminded).toHaveLength(1);
    const reminders = (await inbox(officer)).filter((x) => x.movementId === id && x.kind === 'REMINDER');
    expect(reminders.map((r) => r.unitId)).toEqual([unit('Trường Trung học cơ sở Thử Nghiệm').id]);
    const nothing = await officer.attempt(registrationsApi.remind, {
      params: { id },
      body: { unitIds: [unit('Thôn Thử Nghiệm').id] },
    });
    expect(nothing.error?.code).toBe('NOTHING_TO_REMIND');
    expect((await head.attempt(registrationsApi.remind, { params: { id }, body: {} })).status).toBe(403);
    expect((await audit(50)).some((a) => a.action === 'remind' && a.entityId === id)).toBe(true);

    // a sub-unit of the school registers under it; the unit head sees it, another head does not
    const team = unit('Tổ chuyên môn Thử Nghiệm');
    expect(
      (await registerAs(head, id, { subjectKind: 'UNIT', subjectId: team.id, titles: ['TTLDTT'] })).status,
    ).toBe(201);
    const seen = await registrations(head, id);
    expect(seen.registrations.find((r) => r.subjectId === team.id)).toMatchObject({
      unitId: team.id,
      ownerUnitId: school.id,
    });
    const farmers = (await w.user('TRUONG_DON_VI', { unitId: w.units.association })).client;
    expect((await registrations(farmers, id)).registrations).toEqual([]);

    // the eligibility rules read the registered codes
    const { registeredTitles } = await import('../registrations/registration-queries');
    expect(
      await registeredTitles(
        w.t.handle.db,
        w.tenantId,
        'INDIVIDUAL',
        teacher.id,
        Number(addDays(day, -30).slice(0, 4)),
      ),
    ).toEqual(['CSTDCS', 'LDTT']);
  });

  it('refuses a registration after the deadline with 409 and the date', async () => {
    const deadline = addDays(day, -1);
    const id = await createMovement({ registrationDeadline: deadline });
    await act(id, 'launch');
    const r = await registerAs(head, id, {
      subjectKind: 'UNIT',
      subjectId: unit('Trường Tiểu học Thử Nghiệm').id,
      titles: ['TTLDTT'],
    });
    expect(r.status).toBe(409);
    expect(r.error?.code).toBe('REGISTRATION_LATE');
    const [y, m, d] = deadline.split('-');
    expect(r.error?.message).toBe(`Đã quá hạn đăng ký thi đua (hạn ${d}/${m}/${y}).`);
  });
});

describe('scoring, ranking, lock and proposals', () => {
  let movementId: string;
  let reviewId: string;
  const score = (
    c: Client,
    unitId: string,
    role: 'SELF' | 'REVIEWER',
    values: number[],
    criteria: ReviewView['criteria'],
  ) =>
    c.attempt(scoringApi.saveScores, {
      params: { id: reviewId },
      body: {
        unitId,
        role,
        scores: criteria.map((cr, i) => ({
          criterionId: cr.id,
          value: values[i] ?? 0,
          evidence: `Minh chứng ${i + 1}`,
        })),
      },
    });

  it('opens the final review with self-scoring tasks, refuses out-of-range scores, ranks with the tie rules', async () => {
    movementId = await createMovement();
    await act(movementId, 'launch');
    expect(await statusAfter(movementId, 'start')).toBe('RUNNING');
    const opened = await act(movementId, 'openFinalReview');
    expect(opened.body.status).toBe('FINAL_REVIEW');
    const reviews = await reviewsOf(movementId);
    expect(reviews.map((r) => r.kind)).toEqual(['TONG_KET']);
    expect(opened.body.reviews.map((r) => r.id)).toEqual(reviews.map((r) => r.id));
    reviewId = reviews[0]?.id ?? '';
    const tasks = (await inbox(head)).filter((x) => x.reviewId === reviewId);
    expect(tasks.map((x) => x.kind)).toEqual(['SELF_SCORE']);

    const view = await review(officer, reviewId);
    const cr = view.criteria;
    const [th, thcs, thon] = [
      unit('Trường Tiểu học Thử Nghiệm'),
      unit('Trường Trung học cơ sở Thử Nghiệm'),
      unit('Thôn Thử Nghiệm'),
    ];

    const out = await score(head, th.id, 'SELF', [11, 9, 5], cr);
    expect(out.status).toBe(400);
    expect(out.error?.code).toBe('SCORE_OUT_OF_RANGE');
    expect(out.error?.message).toBe('Điểm của tiêu chí "Hoàn thành nhiệm vụ chuyên môn" phải từ 0 đến 10.');
    expect((await score(head, thcs.id, 'SELF', [9, 9, 5], cr)).status).toBe(403);
    expect((await score(head, th.id, 'REVIEWER', [9, 9, 5], cr)).status).toBe(403);
    const viewer = w.viewer;
    expect((await score(viewer, th.id, 'REVIEWER', [9, 9, 5], cr)).status).toBe(403);

    const self = await score(head, th.id, 'SELF', [10, 9, 5], cr);
    expect(self.status).toBe(200);
    // the answer is the review as the head sees it: their own sheet
    expect(self.body.sheets.map((s) => [s.unitId, s.role])).toEqual([[th.id, 'SELF']]);
    expect((await inbox(head)).filter((x) => x.reviewId === reviewId)).toHaveLength(0);
    // reviewers: TH 9/9/5 → 100·(3·0.9 + 2·0.9 + 1·1)/6 = 91.67; THCS 9/8/5 → 88.33 … ; Thôn: 10/8/3 and 8/8/3
    expect((await score(council, th.id, 'REVIEWER', [9, 9, 5], cr)).status).toBe(200);
    expect((await score(council, thcs.id, 'REVIEWER', [8, 10, 5], cr)).status).toBe(200);
    expect((await score(officer, thcs.id, 'REVIEWER', [10, 8, 5], cr)).status).toBe(200);
    expect((await score(council, thon.id, 'REVIEWER', [6, 6, 3], cr)).status).toBe(200);

    const ranked = await review(officer, reviewId);
    const row = (u: U) => ranked.ranking.find((r) => r.unitId === u.id) as RankRow;
    expect(row(th).finalTotal).toBe(91.67);
    expect(row(th).selfTotal).toBe(96.67);
    expect(row(thcs).finalTotal).toBe(91.67); // mean 9/9/5 as well
    expect(row(thon).finalTotal).toBe(60);
    // TH and THCS tie on the total and on every tie-break measure → they share rank 1
    expect([row(th).rank, row(thcs).rank, row(thon).rank]).toEqual([1, 1, 3]);
    expect(row(th).tied && row(thcs).tied).toBe(true);
    expect(row(th).decidedBy).toBe('TIED');
    expect(row(thon).classification).toBe('TRUNG_BINH');
    expect(row(th).classification).toBe('XUAT_SAC');
    // the two reviewers of THCS differ by 2 on a 0–10 criterion: not beyond the 20 % threshold; self vs reviewers on TH: 1 point, none
    expect(row(thcs).disagreements).toEqual([]);
    expect(ranked.figures).toMatchObject({ participants: 3, scored: 3 });
    expect(ranked.canLock).toBe(true);
    expect((await review(head, reviewId)).canLock).toBe(false);
  });

  it('shows a disagreement beyond the threshold between self and reviewers', async () => {
    const view = await review(officer, reviewId);
    const th = unit('Trường Tiểu học Thử Nghiệm');
    expect((await score(head, th.id, 'SELF', [10, 9, 5], view.criteria)).status).toBe(200);
    const again = (await score(council, th.id, 'REVIEWER', [6, 9, 5], view.criteria)).body;
    const r = again.ranking.find((x) => x.unitId === th.id) as RankRow;
    expect(r.disagreements).toHaveLength(1);
    expect(r.disagreements[0]?.message).toContain(
      'đơn vị tự chấm 10, thành viên Hội đồng chấm bình quân 6 (chênh 4 điểm)',
    );
    expect(r.rank).toBe(2);
    expect(again.ranking[0]?.unitName).toBe('Trường Trung học cơ sở Thử Nghiệm');
  });

  it('unit heads see only their own unit while the review is open', async () => {
    const view = await review(head, reviewId);
    expect(view.ranking.map((r) => r.unitName)).toEqual(['Trường Tiểu học Thử Nghiệm']);
    expect(view.units).toHaveLength(1);
  });

  it('locks the results: later edits are refused with REVIEW_LOCKED; movement can then close', async () => {
    const early = await officer.attempt(scoringApi.proposeFromRanking, {
      params: { id: reviewId },
      body: { unitIds: [unit('Thôn Thử Nghiệm').id], awardCode: 'GK_XA_THEMATIC' },
    });
    expect(early.status).toBe(409);
    expect(early.error?.code).toBe('REVIEW_OPEN');
    expect((await head.attempt(reviewsApi.lockReview, { params: { id: reviewId } })).status).toBe(403);
    const view = await officer.api.call(reviewsApi.lockReview, { params: { id: reviewId } });
    expect(view.status).toBe('LOCKED');
    expect(view.canLock).toBe(false);
    const edit = await score(head, unit('Trường Tiểu học Thử Nghiệm').id, 'SELF', [5, 5, 5], view.criteria);
    expect(edit.status).toBe(409);
    expect(edit.error?.code).toBe('REVIEW_LOCKED');
    expect(edit.error?.message).toMatch(
      /^Kết quả bình xét đã khóa ngày \d{2}\/\d{2}\/\d{4}, không thể sửa\.$/,
    );
    expect((await officer.attempt(reviewsApi.lockReview, { params: { id: reviewId } })).error?.code).toBe(
      'REVIEW_LOCKED',
    );
    expect((await review(head, reviewId)).ranking).toHaveLength(3);
    expect(view.figures).toMatchObject({
      participants: 3,
      registered: 0,
      scored: 3,
      byClassification: { XUAT_SAC: 1, KHA: 1, TRUNG_BINH: 1 },
    });
  });

  it('turns the top of the ranking into proposals in one step, once per unit, audited', async () => {
    const [first, second] = (await review(officer, reviewId)).ranking;
    if (!first || !second) throw new Error('no ranking');
    const r = await officer.attempt(scoringApi.proposeFromRanking, {
      params: { id: reviewId },
      body: { unitIds: [first.unitId, second.unitId], awardCode: 'GK_XA_THEMATIC', status: 'SUBMITTED' },
    });
    expect(r.status).toBe(201);
    expect(r.body.proposalIds).toHaveLength(2);
    const proposals = await officer.api.call(proposalsApi.listProposals, {});
    const made = proposals.filter((p) => r.body.proposalIds.includes(p.id));
    expect(made.map((p) => p.status)).toEqual(['SUBMITTED', 'SUBMITTED']);
    expect(made.map((p) => p.subjectName).sort()).toEqual(
      ['Trường Trung học cơ sở Thử Nghiệm', 'Trường Tiểu học Thử Nghiệm'].sort(),
    );
    const twice = await officer.attempt(scoringApi.proposeFromRanking, {
      params: { id: reviewId },
      body: { unitIds: [first.unitId], awardCode: 'GK_XA_THEMATIC' },
    });
    expect(twice.status).toBe(409);
    expect(twice.error?.code).toBe('ALREADY_PROPOSED');
    const individual = await officer.attempt(scoringApi.proposeFromRanking, {
      params: { id: reviewId },
      body: { unitIds: [unit('Thôn Thử Nghiệm').id], awardCode: 'LDTT' },
    });
    expect(individual.error?.code).toBe('AWARD_NOT_FOR_COLLECTIVE');
    const view = await review(officer, reviewId);
    expect(view.figures.proposals).toBe(2); // counted live after the lock
    expect(view.figures.scored).toBe(3);
    expect(view.units.filter((u) => u.proposalId).length).toBe(2);
    expect((await audit(80)).filter((a) => a.action === 'propose' && a.entityId === reviewId)).toHaveLength(
      2,
    );
    expect(await statusAfter(movementId, 'close')).toBe('CLOSED');
  });
});

describe('calendar and dashboard', () => {
  it('the calendar is editable data with validation, and suggests phase movements', async () => {
    const cal = await officer.api.call(calendarApi.listDays, { query: { year: 2025 } });
    expect(cal.days.some((d) => d.id === 'thanh-lap-dang')).toBe(true);
    const bad = await officer.attempt(calendarApi.createDay, {
      body: { code: 'giai-phong-xa', monthDay: '02-30', name: 'Ngày giải phóng xã', kind: 'DIA_PHUONG' },
    });
    expect(bad.status).toBe(400);
    expect(bad.error?.message).toContain('không hợp lệ');
    const ok = await officer.attempt(calendarApi.createDay, {
      body: {
        code: 'giai-phong-xa',
        monthDay: '03-25',
        name: 'Ngày giải phóng xã Thử Nghiệm',
        kind: 'DIA_PHUONG',
        since: 1975,
      },
    });
    expect(ok.status).toBe(201);
    const sug = await officer.api.call(calendarApi.suggestions, { query: { year: 2025 } });
    expect(sug.some((s) => s.name.includes('kỷ niệm 50 năm Ngày giải phóng xã Thử Nghiệm'))).toBe(true);
    expect(
      (
        await head.attempt(calendarApi.createDay, {
          body: { code: 'x-y', monthDay: '01-01', name: 'Ngày thử', kind: 'DIA_PHUONG' },
        })
      ).status,
    ).toBe(403);
  });

  it('GET /api/dashboard: the commune for the officer, the unit tasks for a unit head', async () => {
    const id = await createMovement({ registrationDeadline: addDays(day, 2) });
    await act(id, 'launch');
    const d = await officer.api.call(dashboardApi.dashboard, {});
    expect(d.scope).toBe('COMMUNE');
    expect(d.commune?.movementsInProgress.some((m) => m.id === id)).toBe(true);
    expect(d.commune?.registrationsMissing.find((r) => r.movementId === id)?.missing).toHaveLength(3);
    expect(d.commune?.deadlinesThisWeek.some((x) => x.refId === id && x.kind === 'REGISTRATION')).toBe(true);
    const chair = await w.chair.api.call(dashboardApi.dashboard, {});
    expect(chair.scope).toBe('COMMUNE');
    const h = await head.api.call(dashboardApi.dashboard, {});
    expect(h.scope).toBe('UNIT');
    expect(h.unit?.tasks.some((x) => x.title.startsWith('Đăng ký thi đua'))).toBe(true);
    expect(h.unit?.movements.find((m) => m.id === id)?.registered).toBe(false);
  });

  it('the dashboard of a year shows the movements of that year only', async () => {
    const cv = CV;
    const of = async (year: number) =>
      (await officer.api.call(dashboardApi.dashboard, { query: { year } })).commune?.movementsInProgress.map(
        (m) => m.name,
      );
    expect(await of(2024)).toContain(cv); // made 01/01/2024–31/12/2024, still launched
    expect(await of(2025)).not.toContain(cv);
  });
});

describe('sơ kết and the annual review', () => {
  it('a mid-year review opens with tasks, locking it returns the movement to running; records carry figures and reports', async () => {
    const id = await createMovement();
    await act(id, 'launch');
    const school = unit('Trường Tiểu học Thử Nghiệm');
    await registerAs(head, id, { subjectKind: 'UNIT', subjectId: school.id, titles: ['TTLDXS'] });
    await act(id, 'start');
    expect(await statusAfter(id, 'openMidReview')).toBe('MID_REVIEW');
    const [first] = await reviewsOf(id);
    expect(first).toMatchObject({ kind: 'SO_KET', round: 1, status: 'OPEN' });
    const rid = first?.id ?? '';
    const view = await review(officer, rid);
    await head.api.call(scoringApi.saveScores, {
      params: { id: rid },
      body: {
        unitId: school.id,
        role: 'SELF',
        scores: view.criteria.map((c) => ({ criterionId: c.id, value: c.maxScore })),
      },
    });
    const report = (unitId: string, assessment: string, c: Client = head) =>
      c.attempt(reviewsApi.saveUnitReport, { params: { id: rid, unitId }, body: { assessment } });
    const sent = await report(school.id, 'Đơn vị hoàn thành 60% kế hoạch học kỳ I.');
    expect(sent.status).toBe(200);
    expect(sent.body.units.find((u) => u.id === school.id)?.assessment).toBe(
      'Đơn vị hoàn thành 60% kế hoạch học kỳ I.',
    );
    const notMine = await report(unit('Thôn Thử Nghiệm').id, 'Không phải đơn vị mình');
    expect(notMine.status).toBe(403);
    expect(notMine.error?.message).toBe('Bạn chỉ được gửi báo cáo của đơn vị mình.');
    const assessed = await officer.api.call(reviewsApi.saveAssessment, {
      params: { id: rid },
      body: { assessment: 'Phong trào được triển khai đồng bộ.' },
    });
    expect(assessed.assessment).toBe('Phong trào được triển khai đồng bộ.');
    expect(
      (await head.attempt(reviewsApi.saveAssessment, { params: { id: rid }, body: { assessment: 'x' } }))
        .status,
    ).toBe(403);

    const locked = await officer.api.call(reviewsApi.lockReview, { params: { id: rid } });
    const detail = await officer.api.call(movementsApi.getMovement, { params: { id } });
    expect(detail.status).toBe('RUNNING');
    expect(detail.midReviewRounds).toBe(1);
    expect(detail.reviews.map((r) => r.status)).toEqual(['LOCKED']);
    expect(locked.status).toBe('LOCKED');
    expect(locked.assessment).toBe('Phong trào được triển khai đồng bộ.');
    expect(locked.figures).toMatchObject({
      participants: 3,
      registered: 1,
      scored: 1,
      averageTotal: 100,
      byClassification: { XUAT_SAC: 1 },
    });
    const mine = locked.units.find((u) => u.id === school.id);
    expect(mine?.assessment).toBe('Đơn vị hoàn thành 60% kế hoạch học kỳ I.');
    expect(mine?.figures).toMatchObject({
      registered: true,
      registeredTitles: ['TTLDXS'],
      result: { rank: 1, of: 1 },
    });
    expect((await report(school.id, 'sửa sau khi khóa')).error?.code).toBe('REVIEW_LOCKED');
    // a second sơ kết is round 2
    await act(id, 'openMidReview');
    const rounds = (await reviewsOf(id)).map((r) => r.round).sort();
    expect(rounds).toEqual([1, 2]);
  });

  it('the annual review (not tied to a movement) has its own criteria and units; closing an empty review is refused', async () => {
    const bad = await officer.attempt(reviewsApi.createReview, {
      body: { kind: 'TONG_KET', year: 2026, unitIds: [unit('Thôn Thử Nghiệm').id], criteria: [] },
    });
    expect(bad.status).toBe(400);
    expect(bad.error?.code).toBe('VALIDATION');
    const r = await officer.attempt(reviewsApi.createReview, {
      body: {
        kind: 'TONG_KET',
        year: 2026,
        unitIds: [unit('Thôn Thử Nghiệm').id, unit('Thôn Hòa Bình Thử').id],
        criteria: [{ name: 'Kết quả xây dựng thôn văn hóa', weight: 1, minScore: 0, maxScore: 100 }],
      },
    });
    expect(r.status).toBe(201);
    const view = await review(officer, r.body.id);
    expect(view.title).toBe('Tổng kết công tác thi đua, khen thưởng năm 2026');
    expect(view.criteria.map((c) => c.maxScore)).toEqual([100]);
    expect(
      (await officer.api.call(reviewsApi.listReviews, { query: { year: 2026 } })).map((x) => x.id),
    ).toContain(r.body.id);
    const empty = await officer.attempt(reviewsApi.lockReview, { params: { id: r.body.id } });
    expect(empty.status).toBe(409);
    expect(empty.error?.code).toBe('NOTHING_SCORED');
    const out = await council.attempt(scoringApi.saveScores, {
      params: { id: r.body.id },
      body: {
        unitId: unit('Thôn Thử Nghiệm').id,
        role: 'REVIEWER',
        scores: [{ criterionId: view.criteria[0]?.id ?? '', value: 101 }],
      },
    });
    expect(out.error?.message).toBe('Điểm của tiêu chí "Kết quả xây dựng thôn văn hóa" phải từ 0 đến 100.');
  });
});

describe('dashboard: how awards are spread', () => {
  it('counts small collectives and direct workers from the awards of the year', async () => {
    const db = w.t.handle.db;
    const year = 2031;
    const decisionId = newId();
    await db
      .insertInto('decisions')
      .values({
        id: decisionId,
        tenant_id: w.tenantId,
        doc_type: 'QD_KHEN',
        year,
        number: 9001,
        symbol: 'QĐ-UBND',
        decision_date: `${year}-01-15`,
        title: 'Khen thưởng (kiểm thử)',
        award_code: 'GK_XA_REGULAR',
        signer_title: 'Chủ tịch',
        signer_name: 'Chủ Tịch Thử Nghiệm',
        status: 'SIGNED',
        total_amount: 0,
        created_by: 'test',
        created_at: nowIso(),
      })
      .execute();
    const people = await db
      .selectFrom('people')
      .select(['id', 'category', 'is_leader'])
      .where('tenant_id', '=', w.tenantId)
      .execute();
    const direct = people.find(
      (p) => p.category === 'NONG_DAN' || (p.category === 'VIEN_CHUC' && p.is_leader === 0),
    );
    const leader = people.find((p) => p.category === 'CAN_BO' || p.is_leader === 1);
    expect(direct && leader).toBeTruthy();
    let n = 0;
    const award = (kind: SubjectKind, extra: { person_id?: string; subject_unit_id?: string }) => ({
      id: newId(),
      tenant_id: w.tenantId,
      decision_id: decisionId,
      proposal_id: null,
      register_number: ++n,
      award_code: 'GK_XA_REGULAR',
      subject_kind: kind,
      person_id: extra.person_id ?? null,
      subject_unit_id: extra.subject_unit_id ?? null,
      household_id: null,
      subject_name: 'x',
      subject_description: 'x',
      achievement: 'x',
      year,
      amount: 0,
      verify_code: newId(),
      signature: 'x',
      revoked_at: null,
      revoked_reason: null,
      created_at: nowIso(),
    });
    await db
      .insertInto('awards')
      .values([
        award('COLLECTIVE', { subject_unit_id: unit('Thôn Thử Nghiệm').id }), // thôn: small whatever its 300 members
        award('COLLECTIVE', { subject_unit_id: unit('Trường Tiểu học Thử Nghiệm').id }), // 31 members: not small
        award('COLLECTIVE', { subject_unit_id: unit('Tổ chuyên môn Thử Nghiệm').id }), // tổ: small
        award('INDIVIDUAL', { person_id: direct?.id ?? '' }),
        award('INDIVIDUAL', { person_id: leader?.id ?? '' }),
      ])
      .execute();
    const d = await officer.api.call(dashboardApi.dashboard, { query: { year } });
    expect(d.year).toBe(year);
    expect(d.commune?.awards).toMatchObject({
      total: 5,
      collectives: 3,
      individuals: 2,
      smallCollectives: { count: 2, base: 3 },
      directWorkers: { count: 1, base: 2 },
      leaders: { count: 1 },
    });
  });
});
