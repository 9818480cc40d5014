import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionsApi } from '../../contract/decisions';
import { documentsApi } from '../../contract/documents';
import { type Endpoint, type Input, urlOf } from '../../contract/endpoint';
import { rewardAmount } from '../../core/law';
import { type Client, startTestApp, type TestApp } from '../http/test-app';
import { demoPeople, proposalUntil } from '../http/test-fixtures';
import { docxParagraphs } from './docx-text';
import { moneyInWords } from './money-words';

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

const clients = new Map<string, Client>();
async function as(user: string): Promise<Client> {
  const known = clients.get(user);
  if (known) return known;
  const c = await t.as(user);
  clients.set(user, c);
  return c;
}

/**
 * GET a document endpoint of the contract as `user`; returns status, headers and body bytes (the headers
 * are checked here, so not through `api.file`, which answers only the bytes and the file name).
 */
async function download<E extends Endpoint>(user: string, e: E, input: Input<E>) {
  const { params, query } = input as { params?: Record<string, string>; query?: object };
  const { cookie } = await as(user);
  const res = await t.app.inject({ method: 'GET', url: urlOf(e, params, query), headers: { cookie } });
  return {
    status: res.statusCode,
    headers: res.headers,
    body: res.rawPayload,
    json: () => JSON.parse(res.body) as { code: string; message: string },
  };
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const text = async (buf: Buffer) => norm((await docxParagraphs(buf)).join('\n'));

function pdfText(buf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pdf-'));
  const file = path.join(dir, 'x.pdf');
  fs.writeFileSync(file, buf);
  const out = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

/** The seed plan's text, page numbers dropped, lines joined (a word split by a hyphen at a line end rejoined). */
function seedPlanText(): string {
  const raw = fs.readFileSync(
    path.resolve(__dirname, '../seed/source/ke-hoach-thi-dua-khen-thuong-2024.txt'),
    'utf8',
  );
  let out = '';
  for (const line of raw.split('\n')) {
    const l = line.trim();
    if (!l || /^\d+$/.test(l)) continue;
    out += /\S-$/.test(out) ? l : ` ${l}`;
  }
  return norm(out.replace('../.', './.'));
}

/** A hyphen after a number that a line wrap separated from what follows ("2021- 2025", "05- CT/TW") counts as joined. */
const joinWrapped = (s: string) => s.replace(/(\d)- (?=\S)/g, '$1-');

const PLAN_MARKERS = [
  'Năm 2023, xã Tân Việt',
  'Chủ đề thi đua:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'II. NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN',
  'III. TỔ CHỨC THỰC HIỆN',
  'Trên đây là Kế hoạch',
  'Nơi nhận:',
  'CHỦ TỊCH',
];

function sections(s: string): string[] {
  const at = PLAN_MARKERS.map((m) => s.indexOf(m));
  expect(
    at.every((i) => i >= 0),
    `markers missing: ${PLAN_MARKERS.filter((_, i) => (at[i] ?? -1) < 0).join(' | ')}`,
  ).toBe(true);
  return at.map((start, i) => s.slice(start, at[i + 1] ?? s.length).trim());
}

describe('the annual plan document', () => {
  it('renders the 2024 plan in the Decree 30 layout, matching the seed text section by section', async () => {
    const plan = await t.handle.db
      .selectFrom('plans')
      .select(['id', 'content'])
      .where('tenant_id', '=', t.tenantId)
      .where('year', '=', 2024)
      .executeTakeFirstOrThrow();
    const r = await download('canbo', documentsApi.planDocument, { params: { id: plan.id } });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml');
    expect(String(r.headers['content-disposition'])).toMatch(
      /filename="ke-hoach-thi-dua-khen-thuong-nam-2024\.docx"; filename\*=UTF-8''K%E1%BA%BF/,
    );
    // The typed client reads the UTF-8 name (filename*), as the web saves the file.
    const typed = await officer.api.file(documentsApi.planDocument, { params: { id: plan.id } });
    expect(typed.fileName).toBe('Kế hoạch thi đua khen thưởng năm 2024.docx');
    expect(
      Buffer.from(await typed.blob.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK'); // a ZIP (DOCX)
    const paras = (await docxParagraphs(r.body)).map(norm).filter(Boolean);
    // Header: issuing body, motto, number and symbol, place and date, title and summary — in that order.
    expect(paras.slice(0, 8)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ TÂN VIỆT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/KH-UBND',
      'Tân Việt, ngày 15 tháng 01 năm 2024',
      'KẾ HOẠCH',
      'Công tác thi đua, khen thưởng năm 2024',
    ]);
    const doc = sections(joinWrapped(norm(paras.slice(8).join(' '))));
    const seed = sections(joinWrapped(seedPlanText()));
    for (const [i, marker] of PLAN_MARKERS.entries()) expect(doc[i], `section "${marker}"`).toBe(seed[i]);

    // The A4 page and Decree 30 margins (DXA): top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman.
    const JSZip = (await import('jszip')).default;
    const xml = (await (await JSZip.loadAsync(r.body)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="1134"[^>]*w:right="850"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
  });

  it('refuses a plan with missing parts (422, naming them) and never returns a half-filled document', async () => {
    const plan = await t.handle.db
      .selectFrom('plans')
      .select(['id', 'content'])
      .where('tenant_id', '=', t.tenantId)
      .where('year', '=', 2024)
      .executeTakeFirstOrThrow();
    const broken = {
      ...JSON.parse(plan.content),
      number: '',
      signer: { title: 'CHỦ TỊCH', name: '' },
      recipients: [],
    };
    await t.handle.db
      .updateTable('plans')
      .set({ content: JSON.stringify(broken) })
      .where('id', '=', plan.id)
      .execute();
    try {
      const r = await download('canbo', documentsApi.planDocument, { params: { id: plan.id } });
      expect(r.status).toBe(422);
      expect(r.json().code).toBe('DOCUMENT_INCOMPLETE');
      expect(r.json().message).toBe('Không thể tạo kế hoạch năm 2024: thiếu số văn bản, người ký, nơi nhận.');
    } finally {
      await t.handle.db
        .updateTable('plans')
        .set({ content: plan.content })
        .where('id', '=', plan.id)
        .execute();
    }
  });
});

describe('from proposals through the council to a decision and its certificates', () => {
  let meetingId = '';
  let decisionId = '';
  let proposalIds: string[] = [];
  let collectiveProposal = '';
  let individualProposal = '';
  let teacherName = '';

  it('a meeting: minutes and memo refused until concluded, then rendered with attendance and results', async () => {
    const people = await demoPeople(officer);
    const a = people.find((p) => p.fullName === 'Trần Thị Mỹ Dung') ?? people[0];
    const b = people.find((p) => p.id !== a?.id && p.unitId !== a?.unitId) ?? people[1];
    if (!a || !b) throw new Error('no people');
    teacherName = a.fullName;
    individualProposal = await proposalUntil(officer, chair, {
      person: a,
      year: 2025,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2025, dạy giỏi cấp xã',
      until: 'FORWARDED',
    });
    const second = await proposalUntil(officer, chair, { person: b, year: 2025, until: 'FORWARDED' });
    collectiveProposal = await proposalUntil(officer, chair, {
      collectiveUnitId: a.unitId,
      year: 2025,
      achievement: 'Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025',
      until: 'FORWARDED',
    });
    proposalIds = [individualProposal, second, collectiveProposal];

    const members = (await officer.get<{ id: string; name: string; role: string }[]>('/api/council/members'))
      .body;
    const m = await officer.post<{ id: string }>('/api/meetings', {
      title: 'Xét khen thưởng năm 2025',
      meetingDate: '2025-12-15',
      place: 'Hội trường UBND xã',
      proposalIds,
    });
    expect(m.status).toBe(201);
    meetingId = m.body.id;
    for (const x of members.slice(0, 9))
      await officer.put(`/api/meetings/${meetingId}/attendance`, { memberId: x.id, present: true });
    const absent = members[9];
    if (!absent) throw new Error('no member');
    await officer.put(`/api/meetings/${meetingId}/attendance`, {
      memberId: absent.id,
      present: false,
      writtenOpinion: 'Nhất trí đề nghị.',
    });
    expect((await chair.post(`/api/meetings/${meetingId}/open`)).status).toBe(200);

    const early = await download('canbo', documentsApi.meetingMinutes, { params: { id: meetingId } });
    expect(early.status).toBe(422);
    expect(early.json().code).toBe('DOCUMENT_INCOMPLETE');
    expect(early.json().message).toContain(`kết luận của Hội đồng cho: ${a.fullName}`);
    expect((await download('canbo', documentsApi.meetingMemo, { params: { id: meetingId } })).status).toBe(
      422,
    );

    for (const pid of proposalIds) {
      const o = await chair.post(`/api/meetings/${meetingId}/items/${pid}/outcome`, {
        outcome: 'RECOMMEND',
        ...(pid === individualProposal ? { discussion: 'Thành tích nổi bật, hồ sơ đầy đủ.' } : {}),
      });
      expect(o.status).toBe(200);
    }
    expect((await chair.post(`/api/meetings/${meetingId}/close`, {})).status).toBe(200);

    const minutes = await download('hoidong1', documentsApi.meetingMinutes, {
      params: { id: meetingId },
      query: { so: '3' },
    });
    expect(minutes.status).toBe(200);
    const mt = await text(minutes.body);
    const chairMember = members.find((x) => x.role === 'CHU_TICH');
    for (const s of [
      'ỦY BAN NHÂN DÂN XÃ TÂN VIỆT',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'Số: 3/BB-HĐTĐKT',
      'Tân Việt, ngày 15 tháng 12 năm 2025',
      'BIÊN BẢN',
      'Họp Hội đồng Thi đua - Khen thưởng xã Tân Việt',
      'Địa điểm: Hội trường UBND xã.',
      `Chủ trì: ông (bà) ${chairMember?.name}, Chủ tịch Hội đồng.`,
      'có mặt 9/10 thành viên',
      `Vắng mặt: ${absent.name} (có ý kiến bằng văn bản: Nhất trí đề nghị.)`,
      'Ý kiến thảo luận: Thành tích nổi bật, hồ sơ đầy đủ.',
      'Hình thức biểu quyết: biểu quyết công khai',
      'III. KẾT QUẢ BIỂU QUYẾT',
      'Đồng ý / Tổng số',
      'IV. KẾT LUẬN',
      `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân xã Tân Việt khen thưởng 3 trường hợp: ${a.fullName}`,
      'THƯ KÝ',
      'CHỦ TRÌ',
    ])
      expect(mt).toContain(s);

    const memo = await download('canbo', documentsApi.meetingMemo, {
      params: { id: meetingId },
      query: { date: '2025-12-16' },
    });
    expect(memo.status).toBe(200);
    const mm = await text(memo.body);
    for (const s of [
      'Số: /TTr-HĐTĐKT',
      'Tân Việt, ngày 16 tháng 12 năm 2025',
      'TỜ TRÌNH',
      'Về việc đề nghị tặng Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)',
      'Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Việt.',
      'Ngày 15/12/2025, Hội đồng Thi đua - Khen thưởng xã Tân Việt đã họp xét đề nghị khen thưởng, có mặt 9/10 thành viên',
      'khen thưởng cho 01 tập thể và 02 cá nhân',
      'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
      'Tóm tắt thành tích',
      'Hoàn thành xuất sắc nhiệm vụ năm 2025, dạy giỏi cấp xã',
      'TM. HỘI ĐỒNG',
      `${chairMember?.name}`,
    ])
      expect(mm).toContain(s);

    const byIds = await download('canbo', documentsApi.proposalsMemo, {
      query: { ids: `${individualProposal},${second}`, date: '2025-12-16', so: '7' },
    });
    expect(byIds.status).toBe(200);
    const bi = await text(byIds.body);
    expect(bi).toContain('Số: 7/TTr-HĐTĐKT');
    expect(bi).toContain('khen thưởng cho 02 cá nhân');
    const head = await download('truongth', documentsApi.proposalsMemo, {
      query: { ids: individualProposal },
    });
    expect([head.status, head.json().code]).toEqual([403, 'FORBIDDEN']);
  });

  it('the decision document, awardee list and one PDF with every certificate', async () => {
    for (const pid of proposalIds)
      expect(
        (await chair.post<{ status: string }>(`/api/proposals/${pid}/actions/approve`)).body.status,
      ).toBe('APPROVED');
    const d = await chair.attempt(decisionsApi.signDecision, {
      body: { proposalIds, decisionDate: '2025-12-20' },
    });
    expect(d.status).toBe(201);
    decisionId = d.body.id;
    const r = await download('xem', documentsApi.decisionDocument, { params: { id: decisionId } });
    expect(r.status).toBe(200);
    const paras = (await docxParagraphs(r.body)).map(norm).filter(Boolean);
    expect(paras.slice(0, 10)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ TÂN VIỆT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số: ${d.body.number}/QĐ-UBND`,
      'Tân Việt, ngày 20 tháng 12 năm 2025',
      'QUYẾT ĐỊNH',
      'Về việc tặng Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN VIỆT',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    ]);
    const dt = norm(paras.join(' '));
    const money = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    for (const s of [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP',
      'Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã Tân Việt tại cuộc họp ngày 15 tháng 12 năm 2025',
      'QUYẾT ĐỊNH:',
      'Điều 1. Tặng Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ) cho 01 tập thể và 02 cá nhân',
      `Tổng cộng ${money(d.body.totalAmount)}`,
      `Điều 2. Tiền thưởng kèm theo Giấy khen theo danh sách tại Điều 1, tổng số tiền: ${money(d.body.totalAmount)} đồng (Bằng chữ: ${moneyInWords(d.body.totalAmount)}), được chi từ Quỹ thi đua, khen thưởng của xã Tân Việt năm 2025.`,
      'Điều 3.',
      'chịu trách nhiệm thi hành Quyết định này./.',
      'Nơi nhận: - Như Điều 3;',
      '- Lưu: VT, VP.',
      'CHỦ TỊCH',
      'Phạm Văn Quyết',
      teacherName,
    ])
      expect(dt).toContain(s);
    expect(d.body.totalAmount).toBe(
      2 * rewardAmount('GK_XA_REGULAR', 'INDIVIDUAL', '2025-12-20') +
        rewardAmount('GK_XA_REGULAR', 'COLLECTIVE', '2025-12-20'),
    );

    const x = await download('canbo', documentsApi.decisionAwardees, { params: { id: decisionId } });
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Danh sách');
    expect(ws?.getCell('A2').value).toBe(
      'DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND XÃ (THÀNH TÍCH THỰC HIỆN NHIỆM VỤ)',
    );
    expect(ws?.getRow(5).values).toEqual([
      undefined,
      'STT',
      'Họ và tên / Tên tập thể',
      'Đối tượng',
      'Chức vụ, đơn vị',
      'Thành tích',
      'Tiền thưởng (đồng)',
      'Số sổ',
      'Mã xác minh',
      'Ghi chú',
    ]);
    const names = [6, 7, 8].map((n) => ws?.getRow(n).getCell(2).value);
    expect(names).toEqual(d.body.awards.map((a) => a.subjectName));
    expect(ws?.getRow(9).getCell(6).value).toBe(d.body.totalAmount);

    const pdf = await download('canbo', decisionsApi.decisionCertificates, { params: { id: decisionId } });
    expect(pdf.status).toBe(200);
    const pt = pdfText(pdf.body);
    expect(pt.split('\f').filter((p) => p.trim()).length).toBe(3);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN VIỆT',
      'GIẤY KHEN',
      teacherName,
      `Quyết định số ${d.body.number}/QĐ-UBND ngày 20/12/2025`,
      'Tân Việt, ngày 20 tháng 12 năm 2025',
      'Phạm Văn Quyết',
    ]) {
      expect(pt).toContain(s);
    }
    for (const a of d.body.awards) {
      expect(pt).toContain(`Số sổ: ${a.registerNumber}`);
      expect(pt).toContain(`Mã xác minh: ${a.verifyCode}`);
    }
    const preview = await download('xem', documentsApi.certificatesPreview, { params: { id: decisionId } });
    expect(preview.status).toBe(200);
    expect(String(preview.headers['content-disposition'])).toMatch(/^inline; filename="giay-khen-/);
    // shown in the UI's own frame: framing allowed to this server only
    expect(preview.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(preview.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(
      pdfText(preview.body)
        .split('\f')
        .filter((p) => p.trim()).length,
    ).toBe(3);
  });

  it('refuses a decision document without its signer or number (422) and changes nothing', async () => {
    const before = await t.handle.db
      .selectFrom('decisions')
      .select(['signer_name'])
      .where('id', '=', decisionId)
      .executeTakeFirstOrThrow();
    await t.handle.db
      .updateTable('decisions')
      .set({ signer_name: ' ' })
      .where('id', '=', decisionId)
      .execute();
    try {
      const r = await download('canbo', documentsApi.decisionDocument, { params: { id: decisionId } });
      expect(r.status).toBe(422);
      expect(r.json()).toMatchObject({
        code: 'DOCUMENT_INCOMPLETE',
        message: 'Không thể tạo quyết định khen thưởng: thiếu người ký.',
      });
      const c = await download('canbo', decisionsApi.decisionCertificates, { params: { id: decisionId } });
      expect(c.status).toBe(422);
      expect(c.json().message).toContain('người ký');
    } finally {
      await t.handle.db
        .updateTable('decisions')
        .set({ signer_name: before.signer_name })
        .where('id', '=', decisionId)
        .execute();
    }
  });

  it('achievement reports for an individual and a collective, from the records', async () => {
    const ind = await download('canbo', documentsApi.achievementReport, {
      params: { id: individualProposal },
      query: { date: '2025-11-30' },
    });
    expect(ind.status).toBe(200);
    const it1 = await text(ind.body);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Tân Việt, ngày 30 tháng 11 năm 2025',
      'BÁO CÁO THÀNH TÍCH',
      'ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND XÃ (THÀNH TÍCH THỰC HIỆN NHIỆM VỤ)',
      'I. SƠ LƯỢC LÝ LỊCH',
      `- Họ và tên: ${teacherName}`,
      '- Giới tính: Nữ',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC',
      'Hoàn thành xuất sắc nhiệm vụ năm 2025, dạy giỏi cấp xã',
      'Kết quả đánh giá, xếp loại',
      'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
      '1. Danh hiệu thi đua: Chưa có. 2. Hình thức khen thưởng: Chưa có.',
      'IV. KỶ LUẬT',
      'Không.',
      'NGƯỜI BÁO CÁO THÀNH TÍCH',
    ])
      expect(it1).toContain(s);
    // A later proposal for the same teacher lists the Giấy khen the decision gave (not its own award).
    const people = await demoPeople(officer);
    const teacher = people.find((p) => p.fullName === teacherName);
    if (!teacher) throw new Error('no teacher');
    const later = await proposalUntil(officer, chair, {
      person: teacher,
      year: 2026,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
      until: 'SUBMITTED',
    });
    const again = await text(
      (
        await download('canbo', documentsApi.achievementReport, {
          params: { id: later },
          query: { date: '2026-11-30' },
        })
      ).body,
    );
    const dec = await t.handle.db
      .selectFrom('decisions')
      .select(['number'])
      .where('id', '=', decisionId)
      .executeTakeFirstOrThrow();
    expect(again).toContain(
      `2. Hình thức khen thưởng: Năm Danh hiệu / Hình thức khen thưởng Số, ngày, tháng, năm của quyết định; cơ quan ban hành 2025 Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ) Quyết định số ${dec.number}/QĐ-UBND ngày 20/12/2025; Chủ tịch UBND xã Tân Việt`,
    );
    const col = await download('canbo', documentsApi.achievementReport, {
      params: { id: collectiveProposal },
      query: { date: '2025-11-30' },
    });
    expect(col.status).toBe(200);
    const ct = await text(col.body);
    for (const s of [
      'BÁO CÁO THÀNH TÍCH',
      'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
      '1. Tên tập thể:',
      '- Địa chỉ: xã Tân Việt',
      'Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ])
      expect(ct).toContain(s);
  });

  it('the year-end report and the statistics workbook compute their figures from the records', async () => {
    const total =
      2 * rewardAmount('GK_XA_REGULAR', 'INDIVIDUAL', '2025-12-20') +
      rewardAmount('GK_XA_REGULAR', 'COLLECTIVE', '2025-12-20');
    const vnd = String(total).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const r = await download('chutich', documentsApi.yearEndReport, {
      query: { year: 2025, date: '2025-12-28', so: '12' },
    });
    expect(r.status).toBe(200);
    const yt = await text(r.body);
    for (const s of [
      'Số: 12/BC-UBND',
      'Tân Việt, ngày 28 tháng 12 năm 2025',
      'BÁO CÁO',
      'Tổng kết công tác thi đua, khen thưởng năm 2025',
      `ban hành 1 quyết định khen thưởng với tổng số tiền thưởng ${vnd} đồng; khen thưởng 3 lượt (2 cá nhân, 1 tập thể, 0 hộ gia đình)`,
      `Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ) 2 1 0 3 ${vnd}`,
      `Tổng cộng 2 1 0 3 ${vnd}`,
      'khen thưởng tập thể nhỏ 0/1 tập thể',
      'nữ 1/2 cá nhân (50%)',
      'khen thưởng người lao động trực tiếp',
      'TM. ỦY BAN NHÂN DÂN',
      'Phạm Văn Quyết',
    ])
      expect(yt).toContain(s);
    expect(yt).toContain('Năm 2025, Ủy ban nhân dân xã Tân Việt chưa ghi nhận kế hoạch');
    const y2024 = await text(
      (await download('canbo', documentsApi.yearEndReport, { query: { year: 2024, date: '2024-12-28' } }))
        .body,
    );
    expect(y2024).toContain(
      'ban hành Kế hoạch số 05/KH-UBND ngày 15/01/2024 về công tác thi đua, khen thưởng năm 2024 với chủ đề thi đua “Đoàn kết, kỷ cương, sáng tạo, tăng tốc, hiệu quả”',
    );
    expect(y2024).toContain(
      'Kết quả thực hiện các chỉ tiêu phát triển kinh tế - xã hội: 17/17 chỉ tiêu hoàn thành',
    );
    expect((await download('truongth', documentsApi.yearEndReport, { query: { year: 2025 } })).status).toBe(
      403,
    );
    expect((await download('canbo', documentsApi.yearEndReport, { query: { year: 'abc' } })).status).toBe(
      400,
    );

    const x = await download('canbo', documentsApi.statistics, { query: { year: 2025 } });
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo hình thức', 'Theo đơn vị', 'Cơ cấu']);
    const f = wb.getWorksheet('Theo hình thức');
    expect(f?.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Hình thức khen thưởng',
      'Cá nhân',
      'Tập thể',
      'Hộ gia đình',
      'Tổng số',
      'Tiền thưởng (đồng)',
    ]);
    expect(f?.getRow(5).values).toEqual([
      undefined,
      1,
      'Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)',
      2,
      1,
      0,
      3,
      total,
    ]);
    const u = wb.getWorksheet('Theo đơn vị');
    const last = u?.getRow(u.rowCount);
    expect(last?.getCell(2).value).toBe('Tổng cộng');
    expect(last?.getCell(6).value).toBe(3);
  });
});

describe('wording helpers', () => {
  it('the achievement follows "Đã có thành tích" in lower case, acronyms kept', async () => {
    const { achievementClause } = await import('./certificate-pdf');
    expect(achievementClause('Hoàn thành xuất sắc nhiệm vụ năm 2025')).toBe(
      'hoàn thành xuất sắc nhiệm vụ năm 2025',
    );
    expect(achievementClause('Có thành tích: Xuất sắc trong phong trào')).toBe('xuất sắc trong phong trào');
    expect(achievementClause('UBND xã ghi nhận')).toBe('UBND xã ghi nhận');
  });

  it('reward money in words, as in "Bằng chữ"', () => {
    expect(moneyInWords(1_404_000)).toBe('Một triệu bốn trăm linh bốn nghìn đồng');
    expect(moneyInWords(21_000_000)).toBe('Hai mươi mốt triệu đồng');
    expect(moneyInWords(1_001_000)).toBe('Một triệu không trăm linh một nghìn đồng');
    expect(moneyInWords(2_345_000)).toBe('Hai triệu ba trăm bốn mươi lăm nghìn đồng');
    expect(moneyInWords(0)).toBe('Không đồng');
  });
});

describe('plan movements', () => {
  it('a movement the officer added, not yet named in the text, is written at the end of section II.1', async () => {
    const { PLAN_2024 } = await import('../seed/plan-2024-content');
    const { movementsSentence, renderPlanDocx } = await import('./plan-document');
    expect(movementsSentence(PLAN_2024)).toBeNull(); // the seed names all seven in 1.2
    const edited = {
      ...PLAN_2024,
      movements: [...PLAN_2024.movements, { name: 'Xanh hóa công sở', basis: 'Kế hoạch số 12/KH-UBND' }],
    };
    const paras = (await docxParagraphs(await renderPlanDocx(edited))).map(norm);
    const at = paras.indexOf(
      'Đồng thời tổ chức các phong trào thi đua: “Xanh hóa công sở” (Kế hoạch số 12/KH-UBND).',
    );
    expect(at).toBeGreaterThan(0);
    expect(paras[at + 1]).toMatch(/^2\. Nâng cao chất lượng công tác khen thưởng/);
  });
});
