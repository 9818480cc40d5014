import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authApi } from '../../contract/accounts';
import { certificatesApi } from '../../contract/certificates';
import { decisionsApi } from '../../contract/decisions';
import { urlOf } from '../../contract/endpoint';
import { movementsApi } from '../../contract/movements';
import { organisationsApi } from '../../contract/organisations';
import { type ProposalBody, type ProposalDetail, proposalsApi } from '../../contract/proposals';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
  // people of the commune outside the school (the decisions' numbering test proposes three of them)
  for (const fullName of ['Người Thứ Nhất', 'Người Thứ Hai', 'Người Thứ Ba'])
    await w.person({ fullName, unitId: w.units.village });
});
afterAll(async () => {
  await w?.close();
});

/** A new teacher of the unit, made for the test. */
async function newPerson(c: Client, unitId: string, fullName: string) {
  return c.api.call(organisationsApi.createPerson, {
    body: { fullName, gender: 'NU', category: 'VIEN_CHUC', position: 'Giáo viên', unitId },
  });
}

const full = (p: ProposalDetail) => {
  if (p.access !== 'FULL') throw new Error('expected the full dossier');
  return p;
};

describe('a proposal from draft to decision through the API', () => {
  it('movement → proposal → return → resubmit → forward → approve → decision → certificate, all audited', async () => {
    const { officer, unitHead: head, chair } = w;
    const school = { id: w.units.school };
    const mv = await officer.attempt(movementsApi.createMovement, {
      body: {
        name: 'Thi đua dạy tốt, học tốt năm học 2024 - 2025',
        type: 'CHUYEN_DE',
        scope: 'XA',
        fields: ['Giáo dục'],
        startDate: '2024-09-05',
        endDate: '2025-05-31',
        participantUnitIds: [school.id],
        criteria: [{ name: 'Chất lượng dạy và học', weight: 1, minScore: 0, maxScore: 10 }],
      },
    });
    expect(mv.status).toBe(201);
    expect((await officer.attempt(movementsApi.launch, { params: { id: mv.body.id } })).status).toBe(200);

    const teacher = await newPerson(head, school.id, 'Đặng Thị Thu Thủy');
    const content: ProposalBody = {
      movementId: mv.body.id,
      awardCode: 'GK_XA_THEMATIC',
      subjectKind: 'INDIVIDUAL',
      personId: teacher.id,
      year: 2024,
      achievement: 'Có thành tích xuất sắc trong phong trào thi đua dạy tốt, học tốt năm học 2024 - 2025',
    };
    const created = full(await head.api.call(proposalsApi.createProposal, { body: content }));
    const id = created.id;
    expect(created).toMatchObject({ status: 'DRAFT', unitId: school.id, subjectName: 'Đặng Thị Thu Thủy' });
    expect(created.actions).toContain('submit');
    const act = (c: Client, action: string, body: { reason?: string; missing?: string[] } = {}) =>
      c.api.call(proposalsApi.actOnProposal, { params: { id, action }, body });

    expect((await act(head, 'submit')).status).toBe('SUBMITTED');
    // Returning without saying what to add is refused and changes nothing.
    const bad = await officer.attempt(proposalsApi.actOnProposal, {
      params: { id, action: 'return' },
      body: { reason: 'Thiếu minh chứng' },
    });
    expect([bad.status, bad.error?.code]).toEqual([400, 'MISSING_REQUIRED']);
    expect((await officer.api.call(proposalsApi.getProposal, { params: { id } })).status).toBe('SUBMITTED');

    const returned = full(
      await act(officer, 'return', {
        reason: 'Thiếu minh chứng',
        missing: ['Báo cáo thành tích có xác nhận của Hiệu trưởng'],
      }),
    );
    expect(returned).toMatchObject({
      status: 'RETURNED',
      returnReason: 'Thiếu minh chứng',
      returnMissing: ['Báo cáo thành tích có xác nhận của Hiệu trưởng'],
    });

    const edited = full(
      await head.api.call(proposalsApi.updateProposal, {
        params: { id },
        body: {
          ...content,
          achievement:
            'Có thành tích xuất sắc trong phong trào thi đua dạy tốt, học tốt; 100% học sinh lớp chủ nhiệm hoàn thành chương trình',
          version: returned.version,
        },
      }),
    );
    expect(edited.achievement).toContain('100% học sinh');
    // An edit from the version read before is refused.
    const stale = await head.attempt(proposalsApi.updateProposal, {
      params: { id },
      body: { ...content, version: returned.version },
    });
    expect([stale.status, stale.error?.code]).toEqual([409, 'STALE']);
    expect(await act(head, 'submit')).toMatchObject({ status: 'SUBMITTED', round: 2 });

    expect((await act(officer, 'forward')).status).toBe('FORWARDED');
    // The officer may not approve; the chairman may.
    const refused = await officer.attempt(proposalsApi.actOnProposal, {
      params: { id, action: 'approve' },
      body: {},
    });
    expect([refused.status, refused.error?.code]).toEqual([403, 'FORBIDDEN_ACTION']);
    const approved = full(await act(chair, 'approve'));
    expect(approved.status).toBe('APPROVED');
    expect(approved.actions).toEqual([]);
    const unknown = await chair.attempt(proposalsApi.actOnProposal, {
      params: { id, action: 'decide' },
      body: {},
    });
    expect([unknown.status, unknown.error?.code]).toEqual([404, 'UNKNOWN_ACTION']);

    const dec = await chair.attempt(decisionsApi.signDecision, {
      body: { proposalIds: [id], decisionDate: '2025-06-10' },
    });
    expect(dec.status).toBe(201);
    expect(dec.body.label).toBe('1/QĐ-UBND');
    expect(dec.body.awards).toHaveLength(1);

    const final = full(await officer.api.call(proposalsApi.getProposal, { params: { id } }));
    expect(final.status).toBe('DECIDED');
    expect(final.history.map((h) => h.action)).toEqual([
      'create',
      'submit',
      'return',
      'update',
      'submit',
      'forward',
      'approve',
      'decide',
    ]);
    expect((final.history[2]?.data as { missing?: string[] } | null)?.missing).toEqual([
      'Báo cáo thành tích có xác nhận của Hiệu trưởng',
    ]);

    const award = dec.body.awards[0];
    if (!award) throw new Error('no award');
    const pdf = await officer.request('GET', urlOf(decisionsApi.awardCertificate, { id: award.id }));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.raw.slice(0, 5)).toBe('%PDF-');

    const verify = await w.anonymous.api.call(certificatesApi.verify, { params: { code: award.verifyCode } });
    expect(verify).toMatchObject({ status: 'VALID', awardeeName: 'Đặng Thị Thu Thủy' });
  });

  it('numbers decisions of a year without gaps or duplicates', async () => {
    const { chair, officer } = w;
    const people = (await officer.api.call(organisationsApi.listPeople, {})).filter(
      (p) => p.unitId === w.units.village,
    );
    expect(people).toHaveLength(3);
    const ids: string[] = [];
    for (const p of people) {
      const c = await officer.api.call(proposalsApi.createProposal, {
        body: {
          unitId: p.unitId,
          awardCode: 'GK_XA_REGULAR',
          subjectKind: 'INDIVIDUAL',
          personId: p.id,
          year: 2024,
          achievement: 'Hoàn thành xuất sắc nhiệm vụ được giao năm 2024',
        },
      });
      const act = (who: Client, action: string) =>
        who.api.call(proposalsApi.actOnProposal, { params: { id: c.id, action }, body: {} });
      await act(officer, 'submit');
      await act(officer, 'forward');
      await act(chair, 'approve');
      ids.push(c.id);
    }
    const labels = [];
    for (const pid of ids) {
      const d = await chair.api.call(decisionsApi.signDecision, {
        body: { proposalIds: [pid], decisionDate: '2026-03-01' },
      });
      labels.push(d.label);
    }
    expect(labels).toEqual(['1/QĐ-UBND', '2/QĐ-UBND', '3/QĐ-UBND']);
  });
});

describe('permissions and bad input', () => {
  it('refuses anonymous access, wrong passwords and bad bodies with Vietnamese messages', async () => {
    const anon = await w.anonymous.attempt(proposalsApi.listProposals, {});
    expect(anon.status).toBe(401);
    expect(anon.error?.message).toContain('đăng nhập');
    const wrong = await w.anonymous.attempt(authApi.login, {
      body: { username: 'canbo-tn', password: 'sai' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.error?.code).toBe('BAD_CREDENTIALS');
    const officer = w.officer;
    // a body the form never sends (the server's schema refuses it)
    const invalid = await officer.attempt(proposalsApi.createProposal, {
      body: { awardCode: 'GK_XA_REGULAR', subjectKind: 'ROBOT', year: 1800 } as unknown as ProposalBody,
    });
    expect(invalid.status).toBe(400);
    expect(invalid.error?.code).toBe('VALIDATION');
    // a path no endpoint declares
    const unknown = await officer.get<{ code: string }>('/api/khong-co');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const broken = await w.t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
  });

  it('refuses an achievement year after next year (by the server clock: 2026)', async () => {
    const officer = w.officer;
    const [p] = await officer.api.call(organisationsApi.listPeople, {});
    if (!p) throw new Error('no people');
    const body = (year: number) => ({
      unitId: p.unitId,
      awardCode: 'GK_XA_REGULAR',
      subjectKind: 'INDIVIDUAL' as const,
      personId: p.id,
      year,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ được giao',
    });
    const r = await officer.attempt(proposalsApi.createProposal, { body: body(2028) });
    expect([r.status, r.error?.code, r.error?.message]).toEqual([
      400,
      'VALIDATION',
      'Dữ liệu không hợp lệ — year: Năm thành tích không hợp lệ',
    ]);
    expect((await officer.attempt(proposalsApi.createProposal, { body: body(2027) })).status).toBe(201);
  });

  it('a unit head sees and proposes only for their own unit', async () => {
    const { officer, unitHead: head } = w;
    const people = await head.api.call(organisationsApi.listPeople, {});
    expect(people.length).toBeGreaterThan(0);
    expect(new Set(people.map((p) => p.unitName))).toEqual(new Set(['Trường Tiểu học Thử Nghiệm']));
    const school = { id: w.units.school };
    const farmers = { id: w.units.association };
    const farmer = await newPerson(officer, farmers.id, 'Lương Văn Tiến');
    const r = await head.attempt(proposalsApi.createProposal, {
      body: {
        awardCode: 'GK_XA_REGULAR',
        subjectKind: 'INDIVIDUAL',
        personId: farmer.id,
        year: 2024,
        achievement: 'Sản xuất giỏi nhiều năm liền',
      },
    });
    expect([r.status, r.error?.code]).toEqual([403, 'FORBIDDEN']);
    const teacher = await newPerson(head, school.id, 'Nguyễn Thị Ngọc Hà');
    const before = (await head.api.call(proposalsApi.listProposals, {})).length;
    const mismatch = await head.attempt(proposalsApi.createProposal, {
      body: {
        awardCode: 'TTLDXS',
        subjectKind: 'INDIVIDUAL',
        personId: teacher.id,
        year: 2024,
        achievement: 'Dạy giỏi cấp huyện nhiều năm',
      },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.error).toMatchObject({
      code: 'AWARD_SUBJECT_MISMATCH',
      message: 'Danh hiệu "Tập thể lao động xuất sắc" không áp dụng cho cá nhân.',
    });
    expect((await head.api.call(proposalsApi.listProposals, {})).length).toBe(before);
    // For their own unit only: naming another unit is refused; naming none proposes for their own.
    const body = {
      awardCode: 'GK_XA_REGULAR',
      subjectKind: 'INDIVIDUAL',
      personId: teacher.id,
      year: 2024,
      achievement: 'Dạy giỏi cấp huyện nhiều năm',
    } as const;
    const other = await head.attempt(proposalsApi.createProposal, { body: { ...body, unitId: farmers.id } });
    expect([other.status, other.error?.code]).toEqual([403, 'FORBIDDEN']);
    expect(await head.api.call(proposalsApi.createProposal, { body })).toMatchObject({
      status: 'DRAFT',
      unitId: school.id,
    });
    const refused = await w.viewer.attempt(proposalsApi.createProposal, {
      body: {
        awardCode: 'GK_XA_REGULAR',
        subjectKind: 'INDIVIDUAL',
        personId: teacher.id,
        year: 2024,
        achievement: 'Dạy giỏi cấp huyện nhiều năm',
      },
    });
    expect([refused.status, refused.error?.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('logout ends the server-side session', async () => {
    const c = await w.signIn('xem-tn'); // a session of its own
    expect((await c.attempt(authApi.me, {})).status).toBe(200);
    await c.api.call(authApi.logout, {});
    expect((await c.attempt(authApi.me, {})).status).toBe(401);
  });
});
