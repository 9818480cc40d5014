import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi } from '../../contract/council';
import { decisionsApi } from '../../contract/decisions';
import { disclosuresApi, type NewDisclosure } from '../../contract/disclosures';
import { proposalsApi } from '../../contract/proposals';
import { systemClock, todayIn } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
let chair: Client;
// The system clock: approving a proposal (proposals' guard) still reads the system date, and the disclosure
// periods here must agree with it. The dates below are the server's (Vietnam's) calendar dates.
const clock = systemClock;
beforeAll(async () => {
  w = await startWorld({ clock });
  ({ officer, chair } = w);
});
afterAll(async () => {
  await w?.close();
});

const today = () => todayIn(clock);
const shift = (days: number) => new Date(Date.parse(today()) + days * 86_400_000).toISOString().slice(0, 10);
const publish = (b: NewDisclosure) => officer.attempt(disclosuresApi.publishDisclosure, { body: b });
const object = (
  disclosureId: string,
  body: { proposalId: string; kind: 'GOP_Y' | 'PHAN_ANH'; content: string; authorName?: string },
) => w.anonymous.attempt(disclosuresApi.sendObjection, { params: { id: disclosureId }, body });
const resolve = (id: string, body: { status: 'UPHELD' | 'DISMISSED' | 'NOTED'; resolution: string }) =>
  officer.attempt(disclosuresApi.resolveObjection, { params: { id }, body });

/** A proposal of a new person, forwarded to the council. */
const forwarded = async (): Promise<string> => (await w.proposal({ state: 'FORWARDED' })).id;
const approve = (id: string) =>
  chair.attempt(proposalsApi.actOnProposal, { params: { id, action: 'approve' }, body: {} });

describe('public disclosure and objections gate the decision', () => {
  it('refuses a too-short disclosure period', async () => {
    const id = await forwarded();
    const r = await publish({
      title: 'Danh sách đề nghị khen thưởng',
      startsOn: today(),
      endsOn: shift(2),
      proposalIds: [id],
    });
    expect(r.status).toBe(409);
    expect(r.error?.code).toBe('DISCLOSURE_TOO_SHORT');
    const impossible = await publish({
      title: 'Danh sách đề nghị khen thưởng',
      startsOn: today(),
      endsOn: '2026-12-99',
      proposalIds: [id],
    });
    expect(impossible.status).toBe(400);
    expect(impossible.error).toMatchObject({
      code: 'VALIDATION',
      message: 'Dữ liệu không hợp lệ — endsOn: Ngày không có thật',
    });
    expect(await w.t.handle.db.selectFrom('disclosures').select('id').execute()).toHaveLength(0);
    // Nor can a council meeting be set on a day that does not exist.
    const meeting = await officer.attempt(councilApi.createMeeting, {
      body: {
        title: 'Họp Hội đồng TĐKT',
        meetingDate: '2026-13-45',
        place: 'Hội trường UBND xã',
        proposalIds: [id],
      },
    });
    expect(meeting.status).toBe(400);
    expect(meeting.error?.message).toContain('meetingDate: Ngày không có thật');
  });

  it('refuses a disclosure whose period has already begun or passed, naming the start field (nobody could object)', async () => {
    const id = await forwarded();
    const past = await publish({
      title: 'Danh sách đề nghị khen thưởng',
      startsOn: shift(-10),
      endsOn: shift(-4),
      proposalIds: [id],
    });
    expect(past.status).toBe(422);
    expect(past.error?.code).toBe('DISCLOSURE_IN_PAST');
    expect(past.error?.details).toEqual([{ path: 'startsOn', message: past.error?.message }]);
    expect(past.error?.message).toContain('phải bắt đầu từ hôm nay');
    // Yesterday with a long enough period still starts in the past.
    const yesterday = await publish({
      title: 'Danh sách đề nghị khen thưởng',
      startsOn: shift(-1),
      endsOn: shift(10),
      proposalIds: [id],
    });
    expect(yesterday.error?.code).toBe('DISCLOSURE_IN_PAST');
    expect(await w.t.handle.db.selectFrom('disclosures').select('id').execute()).toHaveLength(0);
    // So the proposal cannot be "disclosed" and approved the same minute.
    const later = await publish({
      title: 'Danh sách đề nghị khen thưởng',
      startsOn: shift(1),
      endsOn: shift(5),
      proposalIds: [id],
    });
    expect(later.status).toBe(201);
    expect(later.body).toMatchObject({
      startsOn: shift(1),
      endsOn: shift(5),
      objections: 0,
      openObjections: 0,
    });
    expect((await approve(id)).error?.code).toBe('IN_DISCLOSURE');
  });

  it('a decision cannot be signed while the disclosure period runs', async () => {
    const { id } = await w.proposal({ state: 'APPROVED' });
    const pub = await publish({
      title: 'Danh sách đã duyệt, công khai trước khi ký',
      startsOn: today(),
      endsOn: shift(4),
      proposalIds: [id],
    });
    expect(pub.status).toBe(201);
    const sign = await chair.attempt(decisionsApi.signDecision, {
      body: { proposalIds: [id], decisionDate: today() },
    });
    expect(sign.status).toBe(409);
    expect(sign.error?.code).toBe('IN_DISCLOSURE');
    expect(sign.error?.message).toContain(shift(4).split('-').reverse().join('/'));
    expect(
      await w.t.handle.db.selectFrom('awards').select('id').where('proposal_id', '=', id).execute(),
    ).toHaveLength(0);
  });

  it('no approval while disclosed; an objection blocks until handled; the public page shows only public data', async () => {
    const id = await forwarded();
    const pub = await publish({
      title: 'Danh sách đề nghị tặng Giấy khen năm 2025',
      startsOn: today(),
      endsOn: shift(6),
      proposalIds: [id],
    });
    expect(pub.status).toBe(201);

    const during = await approve(id);
    expect(during.status).toBe(409);
    expect(during.error?.code).toBe('IN_DISCLOSURE');

    const list = await w.anonymous.api.call(disclosuresApi.publicDisclosures, {});
    expect(list.some((d) => d.id === pub.body.id && d.open)).toBe(true);
    // Only public data (the answer as sent: the client does not reshape it).
    const page = await w.anonymous.api.call(disclosuresApi.publicDisclosure, { params: { id: pub.body.id } });
    expect(Object.keys(page.items[0] ?? {}).sort()).toEqual([
      'achievement',
      'awardName',
      'proposalId',
      'subjectName',
      'unitName',
    ]);

    const bad = await object(pub.body.id, { proposalId: id, kind: 'PHAN_ANH', content: 'ngắn' });
    expect([bad.status, bad.error?.code]).toEqual([400, 'VALIDATION']);
    const obj = await object(pub.body.id, {
      proposalId: id,
      kind: 'PHAN_ANH',
      authorName: 'Một người dân',
      content: 'Tôi đề nghị xem lại thành tích vì năm qua có vi phạm quy định.',
    });
    expect(obj.status).toBe(201);
    const seen = await officer.api.call(disclosuresApi.getDisclosure, { params: { id: pub.body.id } });
    expect(seen.objections).toMatchObject([{ id: obj.body.id, status: 'OPEN', authorName: 'Một người dân' }]);

    // The period ends (moved into the past here); the open objection still blocks.
    await w.t.handle.db
      .updateTable('disclosures')
      .set({ starts_on: shift(-10), ends_on: shift(-4) })
      .where('id', '=', pub.body.id)
      .execute();
    expect((await approve(id)).error?.code).toBe('UNRESOLVED_OBJECTION');
    const status = await officer.api.call(proposalsApi.getProposal, { params: { id } });
    expect(status.status).toBe('FORWARDED');

    const handled = await resolve(obj.body.id, {
      status: 'DISMISSED',
      resolution: 'Đã xác minh với thôn: không có vi phạm.',
    });
    expect(handled.status).toBe(200);
    expect(handled.body).toMatchObject({ id: obj.body.id, status: 'DISMISSED', proposalId: id });
    expect(handled.body.resolvedAt).not.toBeNull();
    const twice = await resolve(obj.body.id, { status: 'NOTED', resolution: 'lần hai' });
    expect(twice.error?.code).toBe('ALREADY_RESOLVED');
    const rows = await officer.api.call(disclosuresApi.listDisclosures, {});
    expect(rows.find((d) => d.id === pub.body.id)).toMatchObject({ objections: 1, openObjections: 0 });
    const approved = await chair.api.call(proposalsApi.actOnProposal, {
      params: { id, action: 'approve' },
      body: {},
    });
    expect(approved.status).toBe('APPROVED');
    if (approved.access !== 'FULL') throw new Error('expected the full dossier');
    expect(approved.history.map((h) => h.action)).toEqual([
      'create',
      'submit',
      'forward',
      'disclose',
      'objection',
      'objection-resolved',
      'approve',
    ]);
  });

  it('an upheld objection prevents the decision', async () => {
    const id = await forwarded();
    const pub = await publish({
      title: 'Danh sách đề nghị bổ sung',
      startsOn: today(),
      endsOn: shift(5),
      proposalIds: [id],
    });
    const obj = await object(pub.body.id, {
      proposalId: id,
      kind: 'PHAN_ANH',
      content: 'Thành tích kê khai không đúng sự thật.',
    });
    const resolved = await resolve(obj.body.id, {
      status: 'UPHELD',
      resolution: 'Xác minh đúng: số liệu kê khai sai.',
    });
    expect([pub.status, obj.status, resolved.status]).toEqual([201, 201, 200]);
    await w.t.handle.db
      .updateTable('disclosures')
      .set({ starts_on: shift(-10), ends_on: shift(-4) })
      .where('id', '=', pub.body.id)
      .execute();
    expect((await approve(id)).error?.code).toBe('OBJECTION_UPHELD');
  });
});
