import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plansApi } from '../../contract/plans';
import type { PlanContent } from '../../core/plan/plan-content';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
let chair: Client;
let viewer: Client;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
  ({ officer, chair, viewer } = w);
  // The 2024 targets (all met) and the 2024 plan, written and issued.
  await w.target({ year: 2024, code: 'CT01', planned: 8.5 }, [{ date: '2024-01-05', value: 9 }]);
  await w.target({ year: 2024, code: 'CT02', planned: 95 }, [{ date: '2024-01-05', value: 96 }]);
  const draft = await officer.api.call(plansApi.createPlan, { body: { year: 2024 } });
  const saved = await officer.api.call(plansApi.savePlan, {
    params: { id: draft.id },
    body: {
      version: draft.version,
      content: {
        ...draft.content,
        number: '05',
        date: '2024-01-05',
        review: ['Năm 2023, xã hoàn thành các chỉ tiêu.'],
        introduction: 'Thực hiện Luật Thi đua, khen thưởng năm 2022.',
        theme: 'Đoàn kết, sáng tạo, thi đua hoàn thành nhiệm vụ năm 2024',
        purposes: ['Động viên cán bộ, nhân dân thi đua hoàn thành nhiệm vụ năm 2024.'],
        requirements: ['Thi đua thiết thực, hiệu quả.'],
        sections: [
          {
            number: '1',
            heading: 'Thi đua thực hiện nhiệm vụ năm 2024',
            blocks: [{ kind: 'paragraph', text: 'Phấn đấu hoàn thành các chỉ tiêu năm 2024.' }],
            children: [],
          },
        ],
        organisation: ['Các đơn vị xây dựng kế hoạch năm 2024.'],
        recipients: ['UBND tỉnh', 'Lưu: VT'],
        signer: { title: 'CHỦ TỊCH', name: 'Chủ Tịch Thử Nghiệm' },
      },
    },
  });
  await chair.api.call(plansApi.issuePlan, { params: { id: draft.id }, body: { version: saved.version } });
});
afterAll(async () => {
  await w?.close();
});

describe('annual plan (kế hoạch thi đua, khen thưởng)', () => {
  it('lists the issued 2024 plan and refuses to edit it until reopened with a reason', async () => {
    const list = await viewer.api.call(plansApi.listPlans, {});
    expect(list).toHaveLength(1);
    const p2024 = list[0];
    expect(p2024).toMatchObject({
      year: 2024,
      status: 'ISSUED',
      statusLabel: 'Đã ban hành',
      number: '05',
      symbol: 'KH-UBND',
    });
    if (!p2024) throw new Error('no plan');
    const full = await viewer.api.call(plansApi.getPlan, { params: { id: p2024.id } });
    expect(full.missing).toEqual([]);
    expect(full.documentUrl).toBe(`/api/plans/${p2024.id}/document.docx`);
    const edit = await officer.attempt(plansApi.savePlan, {
      params: { id: p2024.id },
      body: { version: full.version, content: { ...full.content, theme: 'Sửa' } },
    });
    expect(edit.status).toBe(409);
    expect(edit.error?.code).toBe('PLAN_ISSUED');
    const reopen = (client: Client, reason: string) =>
      client.attempt(plansApi.reopenPlan, { params: { id: p2024.id }, body: { reason } });
    expect((await reopen(viewer, 'Sửa lỗi chính tả')).status).toBe(403);
    expect((await reopen(chair, 'x')).status).toBe(400);
    const reopened = await chair.api.call(plansApi.reopenPlan, {
      params: { id: p2024.id },
      body: { reason: 'Bổ sung nơi nhận' },
    });
    expect(reopened.status).toBe('DRAFT');
    expect(reopened.updatedAt).toBe('2026-03-01T02:00:00.000Z');
    const audit = await w.t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('entity_id', '=', p2024.id)
      .execute();
    expect(audit.map((a) => a.summary)).toContain('Mở lại kế hoạch TĐKT năm 2024 để sửa: Bổ sung nơi nhận');
    // issue again (it is complete)
    const again = await chair.api.call(plansApi.issuePlan, {
      params: { id: p2024.id },
      body: { version: reopened.version },
    });
    expect(again.status).toBe('ISSUED');
    expect(again.issuedAt).toBe('2026-03-01T02:00:00.000Z');
  });

  it('copies last year plan into a new year with year-bound fields reset, and the computed target result', async () => {
    const created = await officer.attempt(plansApi.createPlan, { body: { year: 2025 } });
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
      'Năm 2024, xã Thử Nghiệm hoàn thành 2/2 chỉ tiêu phát triển kinh tế - xã hội.',
    ]);
    expect(p.content.sections.length).toBeGreaterThan(0);
    expect(JSON.stringify(p.content.sections)).not.toContain('năm 2024');
    expect(p.content.recipients.length).toBeGreaterThan(0);
    expect(p.missing).toEqual(['chủ đề thi đua', 'số văn bản', 'ngày ban hành']);
    const dup = await officer.attempt(plansApi.createPlan, { body: { year: 2025 } });
    expect(dup.error).toMatchObject({
      code: 'PLAN_EXISTS',
      message: 'Năm 2025 đã có kế hoạch thi đua, khen thưởng.',
    });
  });

  it('edits with optimistic locking, refuses issuing an incomplete plan with the Vietnamese list, then issues', async () => {
    const list = await officer.api.call(plansApi.listPlans, {});
    const id = list.find((x) => x.year === 2025)?.id as string;
    const p = await officer.api.call(plansApi.getPlan, { params: { id } });
    const incomplete = await chair.attempt(plansApi.issuePlan, {
      params: { id },
      body: { version: p.version },
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.error?.code).toBe('PLAN_INCOMPLETE');
    expect(incomplete.error?.message).toBe(
      'Chưa ban hành được kế hoạch, còn thiếu: chủ đề thi đua, số văn bản, ngày ban hành.',
    );
    expect(incomplete.error?.details).toEqual({ missing: ['chủ đề thi đua', 'số văn bản', 'ngày ban hành'] });

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
    const save = (client: Client, version: number, c: PlanContent) =>
      client.attempt(plansApi.savePlan, { params: { id }, body: { version, content: c } });
    const saved = await save(officer, p.version, content);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: p.version + 1,
      theme: 'Đoàn kết, đổi mới, tăng tốc, về đích',
      missing: [],
    });
    expect(saved.body.content.recipients.at(-1)).toBe('Ban Thi đua - Khen thưởng tỉnh');
    expect(saved.body.content.sections.at(-1)?.children[0]?.heading).toBe('Con');

    // a second officer still holding the old version is refused, nothing is overwritten
    const stale = await save(officer, p.version, { ...content, theme: 'Bản cũ' });
    expect(stale.status).toBe(409);
    expect(stale.error?.code).toBe('STALE');
    expect((await officer.api.call(plansApi.getPlan, { params: { id } })).theme).toBe(
      'Đoàn kết, đổi mới, tăng tốc, về đích',
    );

    // bad content is refused by the schema
    const bad = await save(officer, saved.body.version, { ...content, date: '20/01/2025' });
    expect(bad.error?.code).toBe('VALIDATION');
    // sections nest three levels at most
    const deep = (n: number): PlanContent['sections'][number] => ({
      number: String(n),
      heading: `Cấp ${n}`,
      blocks: [],
      children: n < 4 ? [deep(n + 1)] : [],
    });
    const tooDeep = await save(officer, saved.body.version, { ...content, sections: [deep(1)] });
    expect(tooDeep.error?.code).toBe('VALIDATION');
    expect(tooDeep.error?.message).toContain('Mục lồng quá 3 cấp');
    // the viewer cannot edit
    expect((await save(viewer, saved.body.version, content)).status).toBe(403);

    const ok = await chair.attempt(plansApi.issuePlan, {
      params: { id },
      body: { version: saved.body.version },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('ISSUED');
    expect(ok.body.issuedAt).not.toBeNull();
    const actions = await w.t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'issue']);
  });

  it('two officers creating the same year at once: one plan, the other told it exists', async () => {
    const [a, b] = await Promise.all([
      officer.attempt(plansApi.createPlan, { body: { year: 2031 } }),
      officer.attempt(plansApi.createPlan, { body: { year: 2031 } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect([a.error?.code, b.error?.code]).toContain('PLAN_EXISTS');
    const plans = await w.t.handle.db.selectFrom('plans').select('id').where('year', '=', 2031).execute();
    expect(plans).toHaveLength(1);
  });

  it('starts an empty plan when there is no earlier one', async () => {
    const r = await officer.attempt(plansApi.createPlan, { body: { year: 2020 } });
    expect(r.status).toBe(201);
    expect(r.body.content).toMatchObject({
      year: 2020,
      sections: [],
      summary: 'Công tác thi đua, khen thưởng năm 2020',
      issuer: { name: 'XÃ THỬ NGHIỆM' },
    });
  });
});
