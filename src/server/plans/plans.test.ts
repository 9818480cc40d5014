import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanContent } from '../../core/plan/plan-content';
import { type Client, startTestApp, type TestApp } from '../http/test-app';
import type { PlanSummary, PlanView } from './plans-store';

let t: TestApp;
let officer: Client;
let chair: Client;
let viewer: Client;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.as('canbo');
  chair = await t.as('chutich');
  viewer = await t.as('xem');
});
afterAll(async () => {
  await t?.close();
});

describe('annual plan (kế hoạch thi đua, khen thưởng)', () => {
  it('lists the issued 2024 plan and refuses to edit it until reopened with a reason', async () => {
    const list = await viewer.get<PlanSummary[]>('/api/plans');
    expect(list.body).toHaveLength(1);
    const p2024 = list.body[0];
    expect(p2024).toMatchObject({
      year: 2024,
      status: 'ISSUED',
      statusLabel: 'Đã ban hành',
      number: '05',
      symbol: 'KH-UBND',
    });
    if (!p2024) throw new Error('no plan');
    const full = (await viewer.get<PlanView>(`/api/plans/${p2024.id}`)).body;
    expect(full.missing).toEqual([]);
    expect(full.documentUrl).toBe(`/api/plans/${p2024.id}/document.docx`);
    const edit = await officer.put<{ code: string }>(`/api/plans/${p2024.id}`, {
      version: full.version,
      content: { ...full.content, theme: 'Sửa' },
    });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('PLAN_ISSUED');
    expect((await viewer.post(`/api/plans/${p2024.id}/reopen`, { reason: 'Sửa lỗi chính tả' })).status).toBe(
      403,
    );
    expect((await chair.post(`/api/plans/${p2024.id}/reopen`, { reason: 'x' })).status).toBe(400);
    const reopened = await chair.post<PlanView>(`/api/plans/${p2024.id}/reopen`, {
      reason: 'Bổ sung nơi nhận',
    });
    expect(reopened.body.status).toBe('DRAFT');
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('entity_id', '=', p2024.id)
      .execute();
    expect(audit.map((a) => a.summary)).toContain('Mở lại kế hoạch TĐKT năm 2024 để sửa: Bổ sung nơi nhận');
    // issue again (it is complete)
    const again = await chair.post<PlanView>(`/api/plans/${p2024.id}/issue`, {
      version: reopened.body.version,
    });
    expect(again.body.status).toBe('ISSUED');
  });

  it('copies last year plan into a new year with year-bound fields reset, and the computed target result', async () => {
    const created = await officer.post<PlanView>('/api/plans', { year: 2025 });
    expect(created.status).toBe(201);
    const p = created.body;
    expect(p).toMatchObject({ year: 2025, status: 'DRAFT', version: 1 });
    expect(p.content).toMatchObject({
      year: 2025,
      number: '',
      date: '',
      theme: '',
      summary: 'Công tác thi đua, khen thưởng năm 2025',
      symbol: 'KH-UBND',
    });
    expect(p.content.review).toEqual([
      'Năm 2024, xã Tân Việt hoàn thành 17/17 chỉ tiêu phát triển kinh tế - xã hội.',
    ]);
    expect(p.content.sections.length).toBeGreaterThan(0);
    expect(JSON.stringify(p.content.sections)).not.toContain('năm 2024');
    expect(p.content.recipients.length).toBeGreaterThan(0);
    expect(p.missing).toEqual(['chủ đề thi đua', 'số văn bản', 'ngày ban hành']);
    const dup = await officer.post<{ code: string; message: string }>('/api/plans', { year: 2025 });
    expect(dup.body).toMatchObject({
      code: 'PLAN_EXISTS',
      message: 'Năm 2025 đã có kế hoạch thi đua, khen thưởng.',
    });
  });

  it('edits with optimistic locking, refuses issuing an incomplete plan with the Vietnamese list, then issues', async () => {
    const list = (await officer.get<PlanSummary[]>('/api/plans')).body;
    const id = list.find((x) => x.year === 2025)?.id as string;
    const p = (await officer.get<PlanView>(`/api/plans/${id}`)).body;
    const incomplete = await chair.post<{ code: string; message: string; details: { missing: string[] } }>(
      `/api/plans/${id}/issue`,
      { version: p.version },
    );
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.code).toBe('PLAN_INCOMPLETE');
    expect(incomplete.body.message).toBe(
      'Chưa ban hành được kế hoạch, còn thiếu: chủ đề thi đua, số văn bản, ngày ban hành.',
    );

    const content: PlanContent = {
      ...p.content,
      theme: 'Đoàn kết, đổi mới, tăng tốc, về đích',
      number: '07',
      date: '2025-01-20',
      recipients: [...p.content.recipients, 'Ban Thi đua - Khen thưởng tỉnh'],
      sections: [
        ...p.content.sections,
        {
          number: '4',
          heading: 'Mục mới',
          blocks: [{ kind: 'bullet', text: 'Gạch đầu dòng' }],
          children: [{ number: '4.1', heading: 'Con', blocks: [], children: [] }],
        },
      ],
    };
    const saved = await officer.put<PlanView>(`/api/plans/${id}`, { version: p.version, content });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: p.version + 1,
      theme: 'Đoàn kết, đổi mới, tăng tốc, về đích',
      missing: [],
    });
    expect(saved.body.content.recipients.at(-1)).toBe('Ban Thi đua - Khen thưởng tỉnh');
    expect(saved.body.content.sections.at(-1)?.children[0]?.heading).toBe('Con');

    // a second officer still holding the old version is refused, nothing is overwritten
    const stale = await officer.put<{ code: string; message: string }>(`/api/plans/${id}`, {
      version: p.version,
      content: { ...content, theme: 'Bản cũ' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE');
    expect((await officer.get<PlanView>(`/api/plans/${id}`)).body.theme).toBe(
      'Đoàn kết, đổi mới, tăng tốc, về đích',
    );

    // bad content is refused by the schema
    const bad = await officer.put<{ code: string }>(`/api/plans/${id}`, {
      version: saved.body.version,
      content: { ...content, date: '20/01/2025' },
    });
    expect(bad.body.code).toBe('VALIDATION');
    // the viewer cannot edit
    expect((await viewer.put(`/api/plans/${id}`, { version: saved.body.version, content })).status).toBe(403);

    const ok = await chair.post<PlanView>(`/api/plans/${id}/issue`, { version: saved.body.version });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('ISSUED');
    expect(ok.body.issuedAt).not.toBeNull();
    const actions = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'issue']);
  });

  it('two officers creating the same year at once: one plan, the other told it exists', async () => {
    const [a, b] = await Promise.all([
      officer.post<{ code?: string }>('/api/plans', { year: 2031 }),
      officer.post<{ code?: string }>('/api/plans', { year: 2031 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect([a.body.code, b.body.code]).toContain('PLAN_EXISTS');
    const plans = await t.handle.db.selectFrom('plans').select('id').where('year', '=', 2031).execute();
    expect(plans).toHaveLength(1);
  });

  it('starts an empty plan when there is no earlier one', async () => {
    const r = await officer.post<PlanView>('/api/plans', { year: 2020 });
    expect(r.status).toBe(201);
    expect(r.body.content).toMatchObject({
      year: 2020,
      sections: [],
      summary: 'Công tác thi đua, khen thưởng năm 2020',
      issuer: { name: 'XÃ TÂN VIỆT' },
    });
  });
});
