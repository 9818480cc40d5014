import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../db/ids';
import { type Client, startTestApp, type TestApp } from '../http/test-app';
import { demoPeople, proposalUntil } from '../http/test-fixtures';

let t: TestApp;
let officer: Client;
let chair: Client;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.as('canbo');
  chair = await t.as('chutich');
});
afterAll(async () => {
  await t?.close();
});

const shift = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function forwarded(i: number): Promise<string> {
  const person = (await demoPeople(officer))[i];
  if (!person) throw new Error('no person');
  return proposalUntil(officer, chair, { person, until: 'FORWARDED' });
}

describe('public disclosure and objections gate the decision', () => {
  it('refuses a too-short disclosure period', async () => {
    const id = await forwarded(0);
    const r = await officer.post<{ code: string }>('/api/disclosures', {
      title: 'Danh sách đề nghị khen thưởng',
      startsOn: today(),
      endsOn: shift(2),
      proposalIds: [id],
    });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('DISCLOSURE_TOO_SHORT');
    const impossible = await officer.post<{ code: string; message: string }>('/api/disclosures', {
      title: 'Danh sách đề nghị khen thưởng',
      startsOn: today(),
      endsOn: '2026-12-99',
      proposalIds: [id],
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body).toMatchObject({
      code: 'VALIDATION',
      message: 'Dữ liệu không hợp lệ — endsOn: Ngày không có thật',
    });
    expect(await t.handle.db.selectFrom('disclosures').select('id').execute()).toHaveLength(0);
    // Nor can a council meeting be set on a day that does not exist.
    const meeting = await officer.post<{ code: string; message: string }>('/api/meetings', {
      title: 'Họp Hội đồng TĐKT',
      meetingDate: '2026-13-45',
      place: 'Hội trường UBND xã',
      proposalIds: [id],
    });
    expect(meeting.status).toBe(400);
    expect(meeting.body.message).toContain('meetingDate: Ngày không có thật');
  });

  it('refuses a disclosure whose period has already begun or passed, naming the start field (nobody could object)', async () => {
    const id = await forwarded(3);
    const past = await officer.post<{
      code: string;
      message: string;
      details: { path: string; message: string }[];
    }>('/api/disclosures', {
      title: 'Danh sách đề nghị khen thưởng',
      startsOn: shift(-10),
      endsOn: shift(-4),
      proposalIds: [id],
    });
    expect(past.status).toBe(422);
    expect(past.body.code).toBe('DISCLOSURE_IN_PAST');
    expect(past.body.details).toEqual([{ path: 'startsOn', message: past.body.message }]);
    expect(past.body.message).toContain('phải bắt đầu từ hôm nay');
    // Yesterday with a long enough period still starts in the past.
    const yesterday = await officer.post<{ code: string }>('/api/disclosures', {
      title: 'Danh sách đề nghị khen thưởng',
      startsOn: shift(-1),
      endsOn: shift(10),
      proposalIds: [id],
    });
    expect(yesterday.body.code).toBe('DISCLOSURE_IN_PAST');
    expect(await t.handle.db.selectFrom('disclosures').select('id').execute()).toHaveLength(0);
    // So the proposal cannot be "disclosed" and approved the same minute.
    const later = await officer.post<{ id: string }>('/api/disclosures', {
      title: 'Danh sách đề nghị khen thưởng',
      startsOn: shift(1),
      endsOn: shift(5),
      proposalIds: [id],
    });
    expect(later.status).toBe(201);
    const approve = await chair.post<{ code: string }>(`/api/proposals/${id}/actions/approve`);
    expect(approve.body.code).toBe('IN_DISCLOSURE');
  });

  it('a decision cannot be signed while the disclosure period runs', async () => {
    const person = (await demoPeople(officer))[4];
    if (!person) throw new Error('no person');
    const id = await proposalUntil(officer, chair, { person, until: 'APPROVED' });
    const pub = await officer.post<{ id: string }>('/api/disclosures', {
      title: 'Danh sách đã duyệt, công khai trước khi ký',
      startsOn: today(),
      endsOn: shift(4),
      proposalIds: [id],
    });
    expect(pub.status).toBe(201);
    const sign = await chair.post<{ code: string; message: string }>('/api/decisions', {
      proposalIds: [id],
      decisionDate: today(),
    });
    expect(sign.status).toBe(409);
    expect(sign.body.code).toBe('IN_DISCLOSURE');
    expect(sign.body.message).toContain(shift(4).split('-').reverse().join('/'));
    expect(
      await t.handle.db.selectFrom('awards').select('id').where('proposal_id', '=', id).execute(),
    ).toHaveLength(0);
  });

  it('no approval while disclosed; an objection blocks until handled; the public page shows only public data', async () => {
    const id = await forwarded(1);
    const pub = await officer.post<{ id: string }>('/api/disclosures', {
      title: 'Danh sách đề nghị tặng Giấy khen năm 2025',
      startsOn: today(),
      endsOn: shift(6),
      proposalIds: [id],
    });
    expect(pub.status).toBe(201);

    const during = await chair.post<{ code: string; message: string }>(
      `/api/proposals/${id}/actions/approve`,
    );
    expect(during.status).toBe(409);
    expect(during.body.code).toBe('IN_DISCLOSURE');

    const list = await t.anonymous.get<{ id: string; open: boolean }[]>('/api/public/disclosures');
    expect(list.body.some((d) => d.id === pub.body.id && d.open)).toBe(true);
    const page = await t.anonymous.get<{ items: Record<string, unknown>[] }>(
      `/api/public/disclosures/${pub.body.id}`,
    );
    expect(Object.keys(page.body.items[0] ?? {}).sort()).toEqual([
      'achievement',
      'awardName',
      'proposalId',
      'subjectName',
      'unitName',
    ]);

    const bad = await t.anonymous.post<{ code: string }>(
      `/api/public/disclosures/${pub.body.id}/objections`,
      { proposalId: id, kind: 'PHAN_ANH', content: 'ngắn' },
    );
    expect(bad.status).toBe(400);
    const obj = await t.anonymous.post<{ id: string }>(`/api/public/disclosures/${pub.body.id}/objections`, {
      proposalId: id,
      kind: 'PHAN_ANH',
      authorName: 'Một người dân',
      content: 'Tôi đề nghị xem lại thành tích vì năm qua có vi phạm quy định.',
    });
    expect(obj.status).toBe(201);

    // The period ends (moved into the past here); the open objection still blocks.
    await t.handle.db
      .updateTable('disclosures')
      .set({ starts_on: shift(-10), ends_on: shift(-4) })
      .where('id', '=', pub.body.id)
      .execute();
    const blocked = await chair.post<{ code: string }>(`/api/proposals/${id}/actions/approve`);
    expect(blocked.body.code).toBe('UNRESOLVED_OBJECTION');
    const status = await officer.get<{ status: string }>(`/api/proposals/${id}`);
    expect(status.body.status).toBe('FORWARDED');

    expect(
      (
        await officer.post(`/api/objections/${obj.body.id}/resolve`, {
          status: 'DISMISSED',
          resolution: 'Đã xác minh với thôn: không có vi phạm.',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await officer.post<{ code: string }>(`/api/objections/${obj.body.id}/resolve`, {
          status: 'NOTED',
          resolution: 'lần hai',
        })
      ).body.code,
    ).toBe('ALREADY_RESOLVED');
    const approved = await chair.post<{ status: string; history: { action: string }[] }>(
      `/api/proposals/${id}/actions/approve`,
    );
    expect(approved.body.status).toBe('APPROVED');
    expect(approved.body.history.map((h) => h.action)).toEqual([
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
    const id = await forwarded(2);
    const pub = await officer.post<{ id: string }>('/api/disclosures', {
      title: 'Danh sách đề nghị bổ sung',
      startsOn: today(),
      endsOn: shift(5),
      proposalIds: [id],
    });
    const obj = await t.anonymous.post<{ id: string }>(`/api/public/disclosures/${pub.body.id}/objections`, {
      proposalId: id,
      kind: 'PHAN_ANH',
      content: 'Thành tích kê khai không đúng sự thật.',
    });
    const resolved = await officer.post(`/api/objections/${obj.body.id}/resolve`, {
      status: 'UPHELD',
      resolution: 'Xác minh đúng: số liệu kê khai sai.',
    });
    expect([pub.status, obj.status, resolved.status]).toEqual([201, 201, 200]);
    await t.handle.db
      .updateTable('disclosures')
      .set({ starts_on: shift(-10), ends_on: shift(-4) })
      .where('id', '=', pub.body.id)
      .execute();
    const r = await chair.post<{ code: string }>(`/api/proposals/${id}/actions/approve`);
    expect(r.body.code).toBe('OBJECTION_UPHELD');
  });
});
