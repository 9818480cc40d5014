import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../http/test-app';

let t: TestApp;
let officer: Client;
let schoolHead: Client;
let farmersHead: Client;
let viewer: Client;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.as('canbo');
  schoolHead = await t.as('truongth');
  farmersHead = await t.as('hoinongdan');
  viewer = await t.as('xem');
});
afterAll(async () => {
  await t?.close();
});

interface Err {
  code: string;
  message: string;
}
interface Row {
  id: string;
  title: string;
  stage: string;
  unitName: string;
  replicationCount: number;
  subjectName: string;
}
interface Detail {
  id: string;
  stage: string;
  version: number;
  title: string;
  model: string;
  field: string;
  summaryText: string | null;
  actions: string[];
  stages: { from: string | null; to: string; on: string; by: string; note: string | null }[];
  nurturing: { content: string }[];
  media: { outlet: string }[];
  replications: { unitName: string }[];
  replicationCount: number;
  proposals: { id: string; status: string; awardCode: string }[];
}
interface Unit {
  id: string;
  name: string;
}
interface Person {
  id: string;
  fullName: string;
  unitId: string;
}

const summary =
  'Sau một năm áp dụng, tổ đã giúp 12 hộ thoát nghèo; cách làm dễ học: góp vốn nhỏ đều đặn, cho vay luân phiên, sinh hoạt tổ chia sẻ kinh nghiệm hằng tháng.';

async function units(): Promise<Unit[]> {
  return (await officer.get<Unit[]>('/api/units')).body;
}
async function auditOf(id: string) {
  return t.handle.db
    .selectFrom('audit_log')
    .select(['action', 'summary', 'actor_name'])
    .where('entity_type', '=', 'typical_example')
    .where('entity_id', '=', id)
    .orderBy('id')
    .execute();
}

describe('typical examples (điển hình tiên tiến, Law Art. 17(4)-(5))', () => {
  it('seeded examples: list with filters, diacritic-free search and replication counts', async () => {
    const all = (await viewer.get<Row[]>('/api/examples')).body;
    expect(all).toHaveLength(4);
    const vietgap = all.find((r) => r.title.includes('VietGAP'));
    expect(vietgap).toMatchObject({ stage: 'REPLICATING', subjectName: 'Phan Thị Mận', replicationCount: 2 });
    expect((await viewer.get<Row[]>('/api/examples?q=truong hoc xanh')).body.map((r) => r.title)).toEqual([
      'Trường học xanh - sạch - đẹp - an toàn',
    ]);
    expect((await viewer.get<Row[]>('/api/examples?stage=NURTURING')).body.map((r) => r.stage)).toEqual([
      'NURTURING',
    ]);
    expect((await viewer.get<Row[]>('/api/examples?year=2025')).body).toHaveLength(1);
    expect((await viewer.get<Row[]>('/api/examples?field=Nông nghiệp')).body).toHaveLength(2);
    const bad = await viewer.get<Err>('/api/examples?stage=ZZZ');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('Khâu không hợp lệ');
  });

  it('unit heads nominate for their own unit only and see only their unit', async () => {
    const list = (await schoolHead.get<Row[]>('/api/examples')).body;
    expect(list.map((r) => r.unitName)).toEqual(['Trường Tiểu học Tân Việt']);
    const people = (await officer.get<Person[]>('/api/people')).body;
    const teacher = people.find((p) => p.fullName === 'Trần Thị Mỹ Dung');
    const farmer = people.find((p) => p.fullName === 'Lương Văn Tư');
    if (!teacher || !farmer) throw new Error('no people');
    const body = {
      subjectKind: 'INDIVIDUAL',
      field: 'Giáo dục',
      title: 'Dạy học qua trải nghiệm vườn trường',
      model: 'Học sinh học Tự nhiên và Xã hội ngay tại vườn trường, ghi nhật ký cây trồng.',
      discoverySource: 'FIELD_VISIT',
      discoveredOn: '2024-09-10',
    };
    const foreign = await schoolHead.post<Err>('/api/examples', { ...body, personId: farmer.id });
    expect(foreign.status).toBe(403);
    expect(foreign.body.message).toContain('thuộc đơn vị mình');
    const own = await schoolHead.post<{ id: string }>('/api/examples', { ...body, personId: teacher.id });
    expect(own.status).toBe(201);
    const d = (await schoolHead.get<Detail & { discoverySource: string }>(`/api/examples/${own.body.id}`))
      .body;
    expect(d).toMatchObject({ stage: 'DISCOVERED', discoverySource: 'NOMINATED' });
    expect(d.stages).toEqual([
      expect.objectContaining({ from: null, to: 'DISCOVERED', on: '2024-09-10', by: 'Trần Văn Bình' }),
    ]);
    expect((await farmersHead.get<Err>(`/api/examples/${own.body.id}`)).status).toBe(404);
    expect(
      (await schoolHead.post<Err>(`/api/examples/${own.body.id}/transitions`, { action: 'nurture' })).status,
    ).toBe(403);
    expect((await viewer.post<Err>('/api/examples', { ...body, personId: teacher.id })).status).toBe(403);
    expect((await auditOf(own.body.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('bad input answers 400 with Vietnamese messages', async () => {
    const r = await officer.post<Err>('/api/examples', {
      subjectKind: 'ROBOT',
      title: 'x',
      discoveredOn: '10/09/2024',
    });
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('Đối tượng phải là cá nhân, tập thể hoặc hộ gia đình');
    expect(r.body.message).toContain('Ngày phát hiện phải có dạng YYYY-MM-DD');
    const noSubject = await officer.post<Err>('/api/examples', {
      subjectKind: 'HOUSEHOLD',
      field: 'Nông nghiệp',
      title: 'Hộ sản xuất giỏi',
      model: 'Trồng cây ăn quả theo hướng hữu cơ.',
      discoverySource: 'PRESS',
      discoveredOn: '2024-01-02',
    });
    expect(noSubject).toMatchObject({ status: 400, body: { code: 'SUBJECT_REQUIRED' } });
    const impossible = await officer.post<Err>('/api/examples', {
      subjectKind: 'HOUSEHOLD',
      field: 'Nông nghiệp',
      title: 'Hộ sản xuất giỏi',
      model: 'Trồng cây ăn quả theo hướng hữu cơ.',
      discoverySource: 'PRESS',
      discoveredOn: '2024-02-30',
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.message).toContain('Ngày phát hiện không có thật');
  });

  it('an example goes through the four stages with refusals, summing-up required, replications counted, proposal made', async () => {
    const us = await units();
    const pn = us.find((u) => u.name === 'Hội Liên hiệp Phụ nữ xã Tân Việt');
    const thonBA = us.find((u) => u.name === 'Thôn Bình An');
    const thonTL = us.find((u) => u.name === 'Thôn Tân Lập');
    if (!pn || !thonBA || !thonTL) throw new Error('no units');
    const created = await officer.post<{ id: string }>('/api/examples', {
      subjectKind: 'COLLECTIVE',
      subjectUnitId: pn.id,
      field: 'Giảm nghèo, an sinh xã hội',
      title: 'Tổ tiết kiệm thôn Bình An',
      model: 'Hội viên góp vốn hằng tháng, cho vay luân phiên không lãi.',
      discoverySource: 'NOMINATED',
      discoveredOn: '2024-02-01',
      internalNote: 'Ghi chú nội bộ không công bố',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const move = (action: string, extra: object = {}) =>
      officer.post<Err & { stage: string }>(`/api/examples/${id}/transitions`, { action, ...extra });

    // Out of order: summing up straight from discovery is refused, citing the article.
    const skip = await move('sumUp', { on: '2024-03-01' });
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(skip.body.message).toContain('Điều 17 khoản 4');
    // Replications only after summing up; nurturing only while nurturing.
    expect(
      (
        await officer.post<Err>(`/api/examples/${id}/replications`, {
          unitId: thonTL.id,
          adoptedOn: '2024-05-01',
          result: 'Áp dụng thử',
        })
      ).body.code,
    ).toBe('STAGE_CLOSED');
    expect(
      (
        await officer.post<Err>(`/api/examples/${id}/nurturing`, {
          date: '2024-02-10',
          content: 'Tập huấn',
          byWhom: 'Hội LHPN',
        })
      ).body.code,
    ).toBe('STAGE_CLOSED');
    expect((await move('nurture', { on: '2024-01-15' })).body.code).toBe('DATE_BEFORE_PREVIOUS');
    expect((await move('nurture', { on: '2024-02-15' })).body.stage).toBe('NURTURING');

    expect((await move('sumUp', { on: '2024-03-01' })).body.code).toBe('NURTURING_REQUIRED');
    expect(
      (
        await officer.post(`/api/examples/${id}/nurturing`, {
          date: '2024-02-20',
          content: 'Hướng dẫn lập sổ theo dõi góp vốn',
          byWhom: 'Hội LHPN xã',
        })
      ).status,
    ).toBe(201);
    const noSummary = await move('sumUp', { on: '2024-03-01' });
    expect(noSummary.status).toBe(400);
    expect(noSummary.body.code).toBe('SUMMARY_REQUIRED');
    expect(noSummary.body.message).toContain('bài tổng kết');

    let d = (await officer.get<Detail>(`/api/examples/${id}`)).body;
    const edit = { version: d.version, title: d.title, model: d.model, field: d.field, summaryText: summary };
    expect((await officer.put(`/api/examples/${id}`, edit)).status).toBe(200);
    expect((await officer.put<Err>(`/api/examples/${id}`, edit)).body.code).toBe('STALE');
    expect((await move('sumUp', { on: '2024-03-01' })).body.stage).toBe('SUMMED_UP');

    d = (await officer.get<Detail>(`/api/examples/${id}`)).body;
    const cleared = await officer.put<Err>(`/api/examples/${id}`, {
      ...edit,
      version: d.version,
      summaryText: '',
    });
    expect(cleared).toMatchObject({ status: 400, body: { code: 'SUMMARY_REQUIRED' } });
    expect((await move('replicate', { on: '2024-03-02' })).body.code).toBe('REPLICATION_REQUIRED');
    const same = await officer.post<Err>(`/api/examples/${id}/replications`, {
      unitId: pn.id,
      adoptedOn: '2024-04-01',
      result: 'Chính đơn vị mình',
    });
    expect(same.body.code).toBe('SAME_UNIT');
    expect(
      (
        await officer.post(`/api/examples/${id}/replications`, {
          unitId: thonBA.id,
          adoptedOn: '2024-04-01',
          result: '20 hội viên tham gia',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await officer.post<Err>(`/api/examples/${id}/replications`, {
          unitId: thonBA.id,
          adoptedOn: '2024-04-02',
          result: 'Lặp lại',
        })
      ).body.code,
    ).toBe('ALREADY_REPLICATED');
    expect((await move('replicate', { on: '2024-04-05' })).body.stage).toBe('REPLICATING');
    expect(
      (
        await officer.post(`/api/examples/${id}/replications`, {
          unitId: thonTL.id,
          adoptedOn: '2024-05-01',
          result: '15 hội viên, 4 lượt vay',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await officer.post(`/api/examples/${id}/media`, {
          date: '2024-05-02',
          content: 'Tổ tiết kiệm giúp nhau thoát nghèo',
          outlet: 'Đài Truyền thanh xã',
          link: 'https://example.org/a',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await officer.post<Err>(`/api/examples/${id}/media`, {
          date: '2024-05-02',
          content: 'Tin bài',
          outlet: 'Báo',
          link: 'không phải đường dẫn',
        })
      ).status,
    ).toBe(400);

    d = (await officer.get<Detail>(`/api/examples/${id}`)).body;
    expect(d.replicationCount).toBe(2);
    expect(d.replications.map((r) => r.unitName)).toEqual(['Thôn Bình An', 'Thôn Tân Lập']);
    expect(d.stages.map((s) => `${s.from}>${s.to}@${s.on}`)).toEqual([
      'null>DISCOVERED@2024-02-01',
      'DISCOVERED>NURTURING@2024-02-15',
      'NURTURING>SUMMED_UP@2024-03-01',
      'SUMMED_UP>REPLICATING@2024-04-05',
    ]);
    expect(d.actions).toEqual(['drop']);
    const list = (await officer.get<Row[]>('/api/examples?q=to tiet kiem binh an')).body;
    expect(list).toEqual([expect.objectContaining({ id, replicationCount: 2 })]);

    // Propose: a DRAFT proposal in the proposals workflow, linked; an award for the wrong kind of subject is refused.
    expect(
      (await officer.post<Err>(`/api/examples/${id}/propose`, { awardCode: 'LDTT', year: 2024 })).body.code,
    ).toBe('AWARD_SUBJECT_MISMATCH');
    const proposed = await officer.post<{ proposalId: string }>(`/api/examples/${id}/propose`, {
      awardCode: 'GK_XA_THEMATIC',
      year: 2024,
    });
    expect(proposed.status).toBe(201);
    const p = await officer.get<{
      status: string;
      subjectName: string;
      achievement: string;
      awardCode: string;
    }>(`/api/proposals/${proposed.body.proposalId}`);
    expect(p.body).toMatchObject({
      status: 'DRAFT',
      subjectName: 'Hội Liên hiệp Phụ nữ xã Tân Việt',
      awardCode: 'GK_XA_THEMATIC',
    });
    expect(p.body.achievement).toContain('Tổ tiết kiệm thôn Bình An');
    expect(
      (await officer.post<Err>(`/api/examples/${id}/propose`, { awardCode: 'GK_XA_THEMATIC', year: 2024 }))
        .body.code,
    ).toBe('ALREADY_PROPOSED');
    d = (await officer.get<Detail>(`/api/examples/${id}`)).body;
    expect(d.proposals).toEqual([expect.objectContaining({ id: proposed.body.proposalId, status: 'DRAFT' })]);

    // Drop needs a reason; afterwards nothing moves.
    expect((await move('drop', { reason: 'ngắn' })).body.code).toBe('REASON_REQUIRED');
    expect((await move('drop', { reason: 'Tổ giải thể do hội viên chuyển đi làm ăn xa' })).body.stage).toBe(
      'DROPPED',
    );
    expect((await move('nurture')).body.code).toBe('ILLEGAL_TRANSITION');
    expect(
      (
        await officer.post<Err>(`/api/examples/${id}/evidence`, {
          date: '2024-06-01',
          content: 'Minh chứng muộn',
        })
      ).body.code,
    ).toBe('STAGE_CLOSED');

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
    expect(audit.every((a) => a.actor_name === 'Lê Thị Thu Hà')).toBe(true);
    expect(audit[4]?.summary).toContain('"Bồi dưỡng" → "Tổng kết" ngày 01/03/2024');
  });

  it('the public list (no login) shows only summed-up and replicating examples, without internal notes', async () => {
    const r =
      await t.anonymous.get<
        {
          title: string;
          stage: string;
          story: string;
          replicatedIn: { unitName: string }[];
          media: { outlet: string }[];
        }[]
      >('/api/public/examples');
    expect(r.status).toBe(200);
    expect(r.body.map((x) => x.stage).sort()).toEqual(['REPLICATING', 'SUMMED_UP']);
    const vietgap = r.body.find((x) => x.title.includes('VietGAP'));
    expect(vietgap?.replicatedIn.map((x) => x.unitName)).toEqual(['Thôn Hòa Bình', 'Thôn Phú Xuân']);
    expect(vietgap?.media.map((m) => m.outlet)).toEqual(['Đài Truyền thanh xã Tân Việt']);
    expect(vietgap?.story).toContain('VietGAP');
    expect(JSON.stringify(r.body)).not.toContain('Cân nhắc đề nghị');
    expect(JSON.stringify(r.body)).not.toContain('internalNote');
    expect((await t.anonymous.get<Err>('/api/examples')).status).toBe(401);
  });
});
