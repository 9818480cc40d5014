import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesApi, type NewExample } from '../../contract/examples';
import { organisationsApi } from '../../contract/organisations';
import { proposalsApi } from '../../contract/proposals';
import type { ExampleAction } from '../../core/examples';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
let schoolHead: Client;
let farmersHead: Client;
let viewer: Client;
/** The villages the examples are replicated in. */
let village2: string;
let village3: string;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
  ({ officer, unitHead: schoolHead, viewer } = w);
  farmersHead = (await w.user('TRUONG_DON_VI', { unitId: w.units.association })).client;
  village2 = await w.unit({ name: 'Thôn Hòa Bình Thử', kind: 'THON' });
  village3 = await w.unit({ name: 'Thôn Phú Xuân Thử', kind: 'THON' });
  await w.person({ unitId: w.units.school, fullName: 'Trần Thị Mỹ Dung', category: 'VIEN_CHUC' });
  await w.person({ unitId: w.units.association, fullName: 'Lương Văn Tư', category: 'NONG_DAN' });
  await seedExamples();
});
afterAll(async () => {
  await w?.close();
});

/** The commune's four examples, one at each stage but dropped, made through the API. */
async function seedExamples() {
  const make = async (body: NewExample) => (await officer.api.call(examplesApi.createExample, { body })).id;
  const move = (id: string, action: ExampleAction, on: string) =>
    officer.api.call(examplesApi.moveExample, { params: { id }, body: { action, on } });
  const sumUp = async (id: string, on: string, summaryText: string) => {
    const d = await officer.api.call(examplesApi.getExample, { params: { id } });
    await officer.api.call(examplesApi.updateExample, {
      params: { id },
      body: { version: d.version, title: d.title, model: d.model, field: d.field, summaryText },
    });
    await move(id, 'sumUp', on);
  };
  const nurture = (id: string, date: string) =>
    officer.api.call(examplesApi.addNurturing, {
      params: { id },
      body: { date, content: 'Tập huấn, hướng dẫn cách làm', byWhom: 'Hội Nông dân xã' },
    });
  // Replicating, in two villages, with a radio report and an internal note.
  const farmer = await w.person({ unitId: w.units.village, fullName: 'Phan Thị Mận', category: 'NONG_DAN' });
  const vietgap = await make({
    subjectKind: 'INDIVIDUAL',
    personId: farmer,
    field: 'Nông nghiệp',
    title: 'Mô hình trồng rau an toàn theo tiêu chuẩn VietGAP',
    model: 'Trồng rau trong nhà lưới theo quy trình VietGAP, ghi nhật ký đồng ruộng.',
    discoverySource: 'RANKING',
    discoveredOn: '2024-03-05',
    internalNote: 'Cân nhắc đề nghị Giấy khen cuối năm.',
  });
  await move(vietgap, 'nurture', '2024-03-20');
  await nurture(vietgap, '2024-04-02');
  await sumUp(vietgap, '2024-08-15', `VietGAP: ${summary}`);
  for (const [unitId, adoptedOn] of [
    [village2, '2024-09-15'],
    [village3, '2024-10-01'],
  ] as const)
    await officer.api.call(examplesApi.addReplication, {
      params: { id: vietgap },
      body: { unitId, adoptedOn, result: 'Các hộ làm theo, đang mở rộng diện tích.' },
    });
  await move(vietgap, 'replicate', '2024-10-05');
  await officer.api.call(examplesApi.addMedia, {
    params: { id: vietgap },
    body: {
      date: '2024-10-20',
      outlet: 'Đài Truyền thanh xã Thử Nghiệm',
      content: 'Rau sạch vào bếp ăn trường học',
      link: 'https://example.org/rau-sach',
    },
  });
  // Summed up: the school.
  const school = await make({
    subjectKind: 'COLLECTIVE',
    subjectUnitId: w.units.school,
    field: 'Giáo dục',
    title: 'Trường học xanh - sạch - đẹp - an toàn',
    model: 'Mỗi lớp nhận chăm sóc một khu vườn, phân loại rác tại nguồn.',
    discoverySource: 'FIELD_VISIT',
    discoveredOn: '2024-02-26',
  });
  await move(school, 'nurture', '2024-03-15');
  await nurture(school, '2024-04-01');
  await sumUp(school, '2024-06-05', `Trường học xanh: ${summary}`);
  // Nurturing: the association.
  const savings = await make({
    subjectKind: 'COLLECTIVE',
    subjectUnitId: w.units.association,
    field: 'Giảm nghèo, an sinh xã hội',
    title: 'Tổ hội viên tiết kiệm, giúp nhau phát triển kinh tế',
    model: 'Hội viên góp vốn nhỏ hằng tháng, cho vay luân phiên.',
    discoverySource: 'NOMINATED',
    discoveredOn: '2024-07-08',
  });
  await move(savings, 'nurture', '2024-07-25');
  // Discovered in 2025: a farmer of the village.
  await make({
    subjectKind: 'INDIVIDUAL',
    personId: await w.person({ unitId: w.units.village, fullName: 'Âu Thị Nở', category: 'NONG_DAN' }),
    field: 'Nông nghiệp',
    title: 'Chăn nuôi lợn an toàn sinh học, xử lý chất thải bằng đệm lót',
    model: 'Chuồng nuôi dùng đệm lót sinh học, không xả thải ra môi trường.',
    discoverySource: 'PRESS',
    discoveredOn: '2025-03-12',
  });
}

const summary =
  'Sau một năm áp dụng, tổ đã giúp 12 hộ thoát nghèo; cách làm dễ học: góp vốn nhỏ đều đặn, cho vay luân phiên, sinh hoạt tổ chia sẻ kinh nghiệm hằng tháng.';

const list = (
  client: Client,
  query: { stage?: 'NURTURING'; field?: string; year?: number; q?: string } = {},
) => client.api.call(examplesApi.listExamples, { query });
const detail = (client: Client, id: string) => client.api.call(examplesApi.getExample, { params: { id } });

async function auditOf(id: string) {
  return w.t.handle.db
    .selectFrom('audit_log')
    .select(['action', 'summary', 'actor_name'])
    .where('entity_type', '=', 'typical_example')
    .where('entity_id', '=', id)
    .orderBy('id')
    .execute();
}

describe('typical examples (điển hình tiên tiến, Law Art. 17(4)-(5))', () => {
  it('the commune’s examples: list with filters, diacritic-free search and replication counts', async () => {
    const all = await list(viewer);
    expect(all).toHaveLength(4);
    const vietgap = all.find((r) => r.title.includes('VietGAP'));
    expect(vietgap).toMatchObject({ stage: 'REPLICATING', subjectName: 'Phan Thị Mận', replicationCount: 2 });
    expect((await list(viewer, { q: 'truong hoc xanh' })).map((r) => r.title)).toEqual([
      'Trường học xanh - sạch - đẹp - an toàn',
    ]);
    expect((await list(viewer, { stage: 'NURTURING' })).map((r) => r.stage)).toEqual(['NURTURING']);
    expect(await list(viewer, { year: 2025 })).toHaveLength(1);
    expect(await list(viewer, { field: 'Nông nghiệp' })).toHaveLength(2);
    const bad = await viewer.attempt(examplesApi.listExamples, { query: { stage: 'ZZZ' as 'NURTURING' } });
    expect(bad.status).toBe(400);
    expect(bad.error?.message).toContain('Khâu không hợp lệ');
  });

  it('unit heads nominate for their own unit only and see only their unit', async () => {
    expect((await list(schoolHead)).map((r) => r.unitName)).toEqual(['Trường Tiểu học Thử Nghiệm']);
    const people = await officer.api.call(organisationsApi.listPeople, {});
    const teacher = people.find((p) => p.fullName === 'Trần Thị Mỹ Dung');
    const farmer = people.find((p) => p.fullName === 'Lương Văn Tư');
    if (!teacher || !farmer) throw new Error('no people');
    const body: NewExample = {
      subjectKind: 'INDIVIDUAL',
      field: 'Giáo dục',
      title: 'Dạy học qua trải nghiệm vườn trường',
      model: 'Học sinh học Tự nhiên và Xã hội ngay tại vườn trường, ghi nhật ký cây trồng.',
      discoverySource: 'FIELD_VISIT',
      discoveredOn: '2024-09-10',
    };
    const create = (client: Client, personId: string) =>
      client.attempt(examplesApi.createExample, { body: { ...body, personId } });
    const foreign = await create(schoolHead, farmer.id);
    expect(foreign.status).toBe(403);
    expect(foreign.error?.message).toContain('thuộc đơn vị mình');
    const own = await create(schoolHead, teacher.id);
    expect(own.status).toBe(201);
    const d = await detail(schoolHead, own.body.id);
    expect(d).toMatchObject({ stage: 'DISCOVERED', discoverySource: 'NOMINATED' });
    expect(d.stages).toEqual([
      expect.objectContaining({
        from: null,
        to: 'DISCOVERED',
        on: '2024-09-10',
        by: 'Hiệu Trưởng Thử Nghiệm',
      }),
    ]);
    expect((await farmersHead.attempt(examplesApi.getExample, { params: { id: own.body.id } })).status).toBe(
      404,
    );
    expect(
      (
        await schoolHead.attempt(examplesApi.moveExample, {
          params: { id: own.body.id },
          body: { action: 'nurture' },
        })
      ).status,
    ).toBe(403);
    expect((await create(viewer, teacher.id)).status).toBe(403);
    expect((await auditOf(own.body.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('bad input answers 400 with Vietnamese messages', async () => {
    const r = await officer.attempt(examplesApi.createExample, {
      body: { subjectKind: 'ROBOT', title: 'x', discoveredOn: '10/09/2024' } as unknown as NewExample,
    });
    expect(r.status).toBe(400);
    expect(r.error?.message).toContain('Đối tượng phải là cá nhân, tập thể hoặc hộ gia đình');
    expect(r.error?.message).toContain('Ngày phát hiện phải có dạng YYYY-MM-DD');
    const household: NewExample = {
      subjectKind: 'HOUSEHOLD',
      field: 'Nông nghiệp',
      title: 'Hộ sản xuất giỏi',
      model: 'Trồng cây ăn quả theo hướng hữu cơ.',
      discoverySource: 'PRESS',
      discoveredOn: '2024-01-02',
    };
    const noSubject = await officer.attempt(examplesApi.createExample, { body: household });
    expect(noSubject).toMatchObject({ status: 400, error: { code: 'SUBJECT_REQUIRED' } });
    const impossible = await officer.attempt(examplesApi.createExample, {
      body: { ...household, discoveredOn: '2024-02-30' },
    });
    expect(impossible.status).toBe(400);
    expect(impossible.error?.message).toContain('Ngày phát hiện không có thật');
    // the day is the commune's: 2026-03-01 (the clock) is today, 2026-03-02 is in the future
    const tomorrow = await officer.attempt(examplesApi.createExample, {
      body: { ...household, discoveredOn: '2026-03-02' },
    });
    expect(tomorrow.error?.code).toBe('FUTURE_DATE');
  });

  it('an example goes through the four stages with refusals, summing-up required, replications counted, proposal made', async () => {
    const pn = { id: w.units.association };
    const thonBA = { id: w.units.village };
    const thonTL = { id: village2 };
    const created = await officer.attempt(examplesApi.createExample, {
      body: {
        subjectKind: 'COLLECTIVE',
        subjectUnitId: pn.id,
        field: 'Giảm nghèo, an sinh xã hội',
        title: 'Tổ tiết kiệm thôn Bình An',
        model: 'Hội viên góp vốn hằng tháng, cho vay luân phiên không lãi.',
        discoverySource: 'NOMINATED',
        discoveredOn: '2024-02-01',
        internalNote: 'Ghi chú nội bộ không công bố',
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const params = { id };
    const move = (action: ExampleAction, extra: { on?: string; reason?: string } = {}) =>
      officer.attempt(examplesApi.moveExample, { params, body: { action, ...extra } });
    const replicate = (unitId: string, adoptedOn: string, result: string) =>
      officer.attempt(examplesApi.addReplication, { params, body: { unitId, adoptedOn, result } });

    // Out of order: summing up straight from discovery is refused, citing the article.
    const skip = await move('sumUp', { on: '2024-03-01' });
    expect(skip.status).toBe(409);
    expect(skip.error).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(skip.error?.message).toContain('Điều 17 khoản 4');
    // Replications only after summing up; nurturing only while nurturing.
    expect((await replicate(thonTL.id, '2024-05-01', 'Áp dụng thử')).error?.code).toBe('STAGE_CLOSED');
    const nurture = (date: string, content: string) =>
      officer.attempt(examplesApi.addNurturing, { params, body: { date, content, byWhom: 'Hội LHPN xã' } });
    expect((await nurture('2024-02-10', 'Tập huấn')).error?.code).toBe('STAGE_CLOSED');
    expect((await move('nurture', { on: '2024-01-15' })).error?.code).toBe('DATE_BEFORE_PREVIOUS');
    // a move answers the example as it now is
    const nurturing = await move('nurture', { on: '2024-02-15' });
    expect(nurturing.body).toMatchObject({ stage: 'NURTURING', actions: ['sumUp', 'drop'] });

    expect((await move('sumUp', { on: '2024-03-01' })).error?.code).toBe('NURTURING_REQUIRED');
    const added = await nurture('2024-02-20', 'Hướng dẫn lập sổ theo dõi góp vốn');
    expect(added.status).toBe(201);
    expect(added.body.nurturing.map((n) => n.content)).toEqual(['Hướng dẫn lập sổ theo dõi góp vốn']);
    const noSummary = await move('sumUp', { on: '2024-03-01' });
    expect(noSummary.status).toBe(400);
    expect(noSummary.error?.code).toBe('SUMMARY_REQUIRED');
    expect(noSummary.error?.message).toContain('bài tổng kết');

    let d = await detail(officer, id);
    const edit = { version: d.version, title: d.title, model: d.model, field: d.field, summaryText: summary };
    const saved = await officer.attempt(examplesApi.updateExample, { params, body: edit });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ summaryText: summary, version: d.version + 1 });
    expect((await officer.attempt(examplesApi.updateExample, { params, body: edit })).error?.code).toBe(
      'STALE',
    );
    expect((await move('sumUp', { on: '2024-03-01' })).body.stage).toBe('SUMMED_UP');

    d = await detail(officer, id);
    const cleared = await officer.attempt(examplesApi.updateExample, {
      params,
      body: { ...edit, version: d.version, summaryText: '' },
    });
    expect(cleared).toMatchObject({ status: 400, error: { code: 'SUMMARY_REQUIRED' } });
    expect((await move('replicate', { on: '2024-03-02' })).error?.code).toBe('REPLICATION_REQUIRED');
    expect((await replicate(pn.id, '2024-04-01', 'Chính đơn vị mình')).error?.code).toBe('SAME_UNIT');
    const first = await replicate(thonBA.id, '2024-04-01', '20 hội viên tham gia');
    expect(first.status).toBe(201);
    expect(first.body.replicationCount).toBe(1);
    expect((await replicate(thonBA.id, '2024-04-02', 'Lặp lại')).error?.code).toBe('ALREADY_REPLICATED');
    expect((await move('replicate', { on: '2024-04-05' })).body.stage).toBe('REPLICATING');
    expect((await replicate(thonTL.id, '2024-05-01', '15 hội viên, 4 lượt vay')).status).toBe(201);
    const media = (link: string) =>
      officer.attempt(examplesApi.addMedia, {
        params,
        body: {
          date: '2024-05-02',
          content: 'Tổ tiết kiệm giúp nhau thoát nghèo',
          outlet: 'Đài Truyền thanh xã',
          link,
        },
      });
    expect((await media('https://example.org/a')).status).toBe(201);
    expect((await media('không phải đường dẫn')).status).toBe(400);

    d = await detail(officer, id);
    expect(d.replicationCount).toBe(2);
    expect(d.replications.map((r) => r.unitName)).toEqual(['Thôn Thử Nghiệm', 'Thôn Hòa Bình Thử']);
    expect(d.media.map((m) => m.outlet)).toEqual(['Đài Truyền thanh xã']);
    expect(d.stages.map((s) => `${s.from}>${s.to}@${s.on}`)).toEqual([
      'null>DISCOVERED@2024-02-01',
      'DISCOVERED>NURTURING@2024-02-15',
      'NURTURING>SUMMED_UP@2024-03-01',
      'SUMMED_UP>REPLICATING@2024-04-05',
    ]);
    expect(d.actions).toEqual(['drop']);
    expect(await list(officer, { q: 'to tiet kiem binh an' })).toEqual([
      expect.objectContaining({ id, replicationCount: 2 }),
    ]);

    // Propose: a DRAFT proposal in the proposals workflow, linked; an award for the wrong kind of subject is refused.
    const propose = (awardCode: string) =>
      officer.attempt(examplesApi.proposeExample, { params, body: { awardCode, year: 2024 } });
    expect((await propose('LDTT')).error?.code).toBe('AWARD_SUBJECT_MISMATCH');
    const proposed = await propose('GK_XA_THEMATIC');
    expect(proposed.status).toBe(201);
    const p = await officer.api.call(proposalsApi.getProposal, { params: { id: proposed.body.proposalId } });
    expect(p).toMatchObject({
      status: 'DRAFT',
      subjectName: 'Hội Nông dân Thử Nghiệm',
      awardCode: 'GK_XA_THEMATIC',
    });
    expect(p.achievement).toContain('Tổ tiết kiệm thôn Bình An');
    expect((await propose('GK_XA_THEMATIC')).error?.code).toBe('ALREADY_PROPOSED');
    d = await detail(officer, id);
    expect(d.proposals).toEqual([expect.objectContaining({ id: proposed.body.proposalId, status: 'DRAFT' })]);

    // Drop needs a reason; afterwards nothing moves.
    expect((await move('drop', { reason: 'ngắn' })).error?.code).toBe('REASON_REQUIRED');
    expect((await move('drop', { reason: 'Tổ giải thể do hội viên chuyển đi làm ăn xa' })).body.stage).toBe(
      'DROPPED',
    );
    expect((await move('nurture')).error?.code).toBe('ILLEGAL_TRANSITION');
    const late = await officer.attempt(examplesApi.addEvidence, {
      params,
      body: { date: '2024-06-01', content: 'Minh chứng muộn' },
    });
    expect(late.error?.code).toBe('STAGE_CLOSED');

    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual([
      'create',
      'stage-nurture',
      'add-nurturing',
      'update',
      'stage-sumUp',
      'add-replication',
      'stage-replicate',
      'add-replication',
      'add-media',
      'propose',
      'stage-drop',
    ]);
    expect(audit.every((a) => a.actor_name === 'Cán Bộ Thi Đua Thử')).toBe(true);
    expect(audit[4]?.summary).toContain('"Bồi dưỡng" → "Tổng kết" ngày 01/03/2024');
  });

  it('the public list (no login) shows only summed-up and replicating examples, without internal notes', async () => {
    const r = await w.anonymous.attempt(examplesApi.listPublicExamples, {});
    expect(r.status).toBe(200);
    expect(r.body.map((x) => x.stage).sort()).toEqual(['REPLICATING', 'SUMMED_UP']);
    const vietgap = r.body.find((x) => x.title.includes('VietGAP'));
    expect(vietgap?.replicatedIn.map((x) => x.unitName)).toEqual(['Thôn Hòa Bình Thử', 'Thôn Phú Xuân Thử']);
    expect(vietgap?.media.map((m) => m.outlet)).toEqual(['Đài Truyền thanh xã Thử Nghiệm']);
    expect(vietgap?.story).toContain('VietGAP');
    expect(JSON.stringify(r.body)).not.toContain('Cân nhắc đề nghị');
    expect(JSON.stringify(r.body)).not.toContain('internalNote');
    expect((await w.anonymous.attempt(examplesApi.listExamples, {})).status).toBe(401);
  });
});
