import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../http/test-app';

interface P {
  id: string;
  status: string;
  round: number;
  version: number;
  history: { action: string; data: { missing?: string[] } | null }[];
  decisionId: string | null;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function personOf(unitName: string, name: string) {
  const officer = await t.as('canbo');
  const people = await officer.get<{ id: string; fullName: string; unitName: string }[]>('/api/people');
  const p = people.body.find((x) => x.fullName === name && x.unitName === unitName);
  if (!p) throw new Error(`no ${name}`);
  return p;
}

describe('the thin path through the API', () => {
  it('movement → proposal → return → resubmit → forward → approve → decision → certificate, all audited', async () => {
    const officer = await t.as('canbo');
    const head = await t.as('truongth');
    const chair = await t.as('chutich');

    const units = await officer.get<{ id: string; name: string }[]>('/api/units');
    const school = units.body.find((x) => x.name === 'Trường Tiểu học Tân Việt');
    const mv = await officer.post<{ id: string }>('/api/movements', {
      name: 'Thi đua dạy tốt, học tốt năm học 2024 - 2025',
      type: 'CHUYEN_DE',
      scope: 'XA',
      fields: ['Giáo dục'],
      startDate: '2024-09-05',
      endDate: '2025-05-31',
      participantUnitIds: [school?.id ?? ''],
      criteria: [{ name: 'Chất lượng dạy và học', weight: 1, minScore: 0, maxScore: 10 }],
    });
    expect(mv.status).toBe(201);
    expect((await officer.post(`/api/movements/${mv.body.id}/launch`)).status).toBe(200);

    const teacher = await personOf('Trường Tiểu học Tân Việt', 'Trần Thị Mỹ Dung');
    const created = await head.post<P>('/api/proposals', {
      movementId: mv.body.id,
      awardCode: 'GK_XA_THEMATIC',
      subjectKind: 'INDIVIDUAL',
      personId: teacher.id,
      year: 2024,
      achievement: 'Có thành tích xuất sắc trong phong trào thi đua dạy tốt, học tốt năm học 2024 - 2025',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.status).toBe('DRAFT');

    expect((await head.post<P>(`/api/proposals/${id}/actions/submit`)).body.status).toBe('SUBMITTED');
    // Returning without saying what to add is refused and changes nothing.
    const bad = await officer.post<{ code: string; message: string }>(`/api/proposals/${id}/actions/return`, {
      reason: 'Thiếu minh chứng',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('MISSING_REQUIRED');
    expect((await officer.get<P>(`/api/proposals/${id}`)).body.status).toBe('SUBMITTED');

    const returned = await officer.post<P>(`/api/proposals/${id}/actions/return`, {
      reason: 'Thiếu minh chứng',
      missing: ['Báo cáo thành tích có xác nhận của Hiệu trưởng'],
    });
    expect(returned.body.status).toBe('RETURNED');

    const edited = await head.put<P>(`/api/proposals/${id}`, {
      movementId: mv.body.id,
      awardCode: 'GK_XA_THEMATIC',
      subjectKind: 'INDIVIDUAL',
      personId: teacher.id,
      year: 2024,
      achievement:
        'Có thành tích xuất sắc trong phong trào thi đua dạy tốt, học tốt; 100% học sinh lớp chủ nhiệm hoàn thành chương trình',
      version: returned.body.version,
    });
    expect(edited.status).toBe(200);
    const resubmitted = await head.post<P>(`/api/proposals/${id}/actions/submit`);
    expect(resubmitted.body).toMatchObject({ status: 'SUBMITTED', round: 2 });

    expect((await officer.post<P>(`/api/proposals/${id}/actions/forward`)).body.status).toBe('FORWARDED');
    // The officer may not approve; the chairman may.
    expect((await officer.post(`/api/proposals/${id}/actions/approve`)).status).toBe(403);
    expect((await chair.post<P>(`/api/proposals/${id}/actions/approve`)).body.status).toBe('APPROVED');

    const dec = await chair.post<{
      id: string;
      number: number;
      label: string;
      awards: { id: string; verifyCode: string; amount: number }[];
    }>('/api/decisions', {
      proposalIds: [id],
      decisionDate: '2025-06-10',
    });
    expect(dec.status).toBe(201);
    expect(dec.body.label).toBe('1/QĐ-UBND');
    expect(dec.body.awards).toHaveLength(1);

    const final = await officer.get<P>(`/api/proposals/${id}`);
    expect(final.body.status).toBe('DECIDED');
    expect(final.body.history.map((h) => h.action)).toEqual([
      'create',
      'submit',
      'return',
      'update',
      'submit',
      'forward',
      'approve',
      'decide',
    ]);
    expect(final.body.history[2]?.data?.missing).toEqual(['Báo cáo thành tích có xác nhận của Hiệu trưởng']);

    const award = dec.body.awards[0];
    if (!award) throw new Error('no award');
    const pdf = await officer.request('GET', `/api/awards/${award.id}/certificate.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.raw.slice(0, 5)).toBe('%PDF-');

    const verify = await t.anonymous.get<{ status: string; awardeeName: string }>(
      `/api/public/verify/${award.verifyCode}`,
    );
    expect(verify.body).toMatchObject({ status: 'VALID', awardeeName: 'Trần Thị Mỹ Dung' });
  });

  it('numbers decisions of a year without gaps or duplicates', async () => {
    const chair = await t.as('chutich');
    const officer = await t.as('canbo');
    const people = (await officer.get<{ id: string; unitId: string }[]>('/api/people')).body.slice(0, 3);
    const ids: string[] = [];
    for (const p of people) {
      const c = await officer.post<P>('/api/proposals', {
        unitId: p.unitId,
        awardCode: 'GK_XA_REGULAR',
        subjectKind: 'INDIVIDUAL',
        personId: p.id,
        year: 2024,
        achievement: 'Hoàn thành xuất sắc nhiệm vụ được giao năm 2024',
      });
      await officer.post(`/api/proposals/${c.body.id}/actions/submit`);
      await officer.post(`/api/proposals/${c.body.id}/actions/forward`);
      await chair.post(`/api/proposals/${c.body.id}/actions/approve`);
      ids.push(c.body.id);
    }
    const labels = [];
    for (const pid of ids) {
      const d = await chair.post<{ label: string }>('/api/decisions', {
        proposalIds: [pid],
        decisionDate: '2026-03-01',
      });
      labels.push(d.body.label);
    }
    expect(labels).toEqual(['1/QĐ-UBND', '2/QĐ-UBND', '3/QĐ-UBND']);
  });
});

describe('permissions and bad input', () => {
  it('refuses anonymous access, wrong passwords and bad bodies with Vietnamese messages', async () => {
    const anon = await t.anonymous.get<{ code: string; message: string }>('/api/proposals');
    expect(anon.status).toBe(401);
    expect(anon.body.message).toContain('đăng nhập');
    const wrong = await t.anonymous.post<{ code: string }>('/api/auth/login', {
      username: 'canbo',
      password: 'sai',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('BAD_CREDENTIALS');
    const officer = await t.as('canbo');
    const invalid = await officer.post<{ code: string; message: string }>('/api/proposals', {
      awardCode: 'GK_XA_REGULAR',
      subjectKind: 'ROBOT',
      year: 1800,
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('VALIDATION');
    const unknown = await officer.get<{ code: string }>('/api/khong-co');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
  });

  it('a unit head sees and proposes only for their own unit', async () => {
    const head = await t.as('truongth');
    const people = await head.get<{ unitName: string }[]>('/api/people');
    expect(people.body.length).toBeGreaterThan(0);
    expect(new Set(people.body.map((p) => p.unitName))).toEqual(new Set(['Trường Tiểu học Tân Việt']));
    const farmer = await personOf('Hội Nông dân xã Tân Việt', 'Lương Văn Tư');
    const r = await head.post<{ code: string }>('/api/proposals', {
      awardCode: 'GK_XA_REGULAR',
      subjectKind: 'INDIVIDUAL',
      personId: farmer.id,
      year: 2024,
      achievement: 'Sản xuất giỏi nhiều năm liền',
    });
    expect(r.status).toBe(403);
    const teacher = await personOf('Trường Tiểu học Tân Việt', 'Nguyễn Thị Ngọc Ánh');
    const before = (await head.get<unknown[]>('/api/proposals')).body.length;
    const mismatch = await head.post<{ code: string; message: string }>('/api/proposals', {
      awardCode: 'TTLDXS',
      subjectKind: 'INDIVIDUAL',
      personId: teacher.id,
      year: 2024,
      achievement: 'Dạy giỏi cấp huyện nhiều năm',
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body).toMatchObject({
      code: 'AWARD_SUBJECT_MISMATCH',
      message: 'Danh hiệu "Tập thể lao động xuất sắc" không áp dụng cho cá nhân.',
    });
    expect((await head.get<unknown[]>('/api/proposals')).body.length).toBe(before);
    const viewer = await t.as('xem');
    expect((await viewer.post('/api/proposals', {})).status).toBeGreaterThanOrEqual(400);
  });

  it('logout ends the server-side session', async () => {
    const c = await t.as('xem');
    expect((await c.get('/api/auth/me')).status).toBe(200);
    await c.post('/api/auth/logout');
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });
});
