import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi } from '../../contract/council';
import { decisionsApi } from '../../contract/decisions';
import { documentsApi } from '../../contract/documents';
import { type Endpoint, type Input, urlOf } from '../../contract/endpoint';
import { organisationsApi } from '../../contract/organisations';
import { plansApi } from '../../contract/plans';
import { proposalsApi } from '../../contract/proposals';
import { rewardMoney } from '../../core/law';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';
import { docxParagraphs } from './docx-text';
import { moneyInWords } from './money-words';

let w: World;
let officer: Client;
let chair: Client;
/** The 2024 plan, issued. */
let plan2024: string;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
  ({ officer, chair } = w);
  // A council of ten: the world's three and seven more (four without an account).
  for (const fullName of ['Phó Chủ Tịch Một', 'Ủy Viên Hai', 'Ủy Viên Ba'])
    await w.councilMember({ fullName, role: fullName.startsWith('Phó') ? 'PHO_CHU_TICH' : 'UY_VIEN' });
  for (const fullName of ['Ủy Viên Bốn', 'Ủy Viên Năm', 'Ủy Viên Sáu', 'Ủy Viên Bảy'])
    await w.paperMember({ fullName });
  // The 2024 targets (all met) and the issued 2024 plan.
  for (const code of ['CT01', 'CT02', 'CT03'])
    await w.target({ year: 2024, code, planned: 1 }, [{ date: '2024-12-20', value: 2 }]);
  const draft = await officer.api.call(plansApi.createPlan, { body: { year: 2024 } });
  const saved = await officer.api.call(plansApi.savePlan, {
    params: { id: draft.id },
    body: {
      version: draft.version,
      content: {
        ...draft.content,
        number: '05',
        date: '2024-01-15',
        theme: 'Đoàn kết, kỷ cương, sáng tạo, tăng tốc, hiệu quả',
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
        recipients: ['UBND tỉnh', 'Lưu: VT'],
        signer: { title: 'CHỦ TỊCH', name: 'Chủ Tịch Thử Nghiệm' },
      },
    },
  });
  await chair.api.call(plansApi.issuePlan, { params: { id: draft.id }, body: { version: saved.version } });
  plan2024 = draft.id;
});
afterAll(async () => {
  await w?.close();
});

/**
 * GET a document endpoint of the contract as `c`; returns status, headers and body bytes (the headers
 * are checked here, so not through `api.file`, which answers only the bytes and the file name).
 */
async function download<E extends Endpoint>(c: Client, e: E, input: Input<E>) {
  const { params, query } = input as { params?: Record<string, string>; query?: object };
  const res = await w.t.app.inject({
    method: 'GET',
    url: urlOf(e, params, query),
    headers: c.cookie ? { cookie: c.cookie } : {},
  });
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

describe('the annual plan document', () => {
  it('refuses a plan with missing parts (422, naming them) and never returns a half-filled document', async () => {
    const plan = await w.t.handle.db
      .selectFrom('plans')
      .select(['id', 'content'])
      .where('id', '=', plan2024)
      .executeTakeFirstOrThrow();
    const broken = {
      ...JSON.parse(plan.content),
      number: '',
      signer: { title: 'CHỦ TỊCH', name: '' },
      recipients: [],
    };
    await w.t.handle.db
      .updateTable('plans')
      .set({ content: JSON.stringify(broken) })
      .where('id', '=', plan.id)
      .execute();
    try {
      const r = await download(officer, documentsApi.planDocument, { params: { id: plan.id } });
      expect(r.status).toBe(422);
      expect(r.json().code).toBe('DOCUMENT_INCOMPLETE');
      expect(r.json().message).toBe('Không thể tạo kế hoạch năm 2024: thiếu số văn bản, người ký, nơi nhận.');
    } finally {
      await w.t.handle.db
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
    const a = { fullName: 'Trần Thị Mỹ Dung', id: '', unitId: w.units.school };
    a.id = await w.person({ unitId: a.unitId, fullName: a.fullName, gender: 'NU', category: 'VIEN_CHUC' });
    const b = await w.person({ unitId: w.units.village, fullName: 'Nông Văn Bền', gender: 'NAM' });
    teacherName = a.fullName;
    const forwarded = async (spec: Parameters<World['proposal']>[0]) =>
      (await w.proposal({ ...spec, year: 2025, state: 'FORWARDED' })).id;
    individualProposal = await forwarded({
      personId: a.id,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2025, dạy giỏi cấp xã',
    });
    const second = await forwarded({ personId: b });
    collectiveProposal = await forwarded({
      subjectUnitId: a.unitId,
      achievement: 'Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025',
    });
    proposalIds = [individualProposal, second, collectiveProposal];

    const members = await officer.api.call(councilApi.listMembers, {});
    expect(members).toHaveLength(10);
    const m = await officer.attempt(councilApi.createMeeting, {
      body: {
        title: 'Xét khen thưởng năm 2025',
        meetingDate: '2025-12-15',
        place: 'Hội trường UBND xã',
        proposalIds,
      },
    });
    expect(m.status).toBe(201);
    meetingId = m.body.id;
    const meeting = { id: meetingId };
    for (const x of members.slice(0, 9))
      await officer.api.call(councilApi.setAttendance, {
        params: meeting,
        body: { memberId: x.id, present: true },
      });
    const absent = members[9];
    if (!absent) throw new Error('no member');
    await officer.api.call(councilApi.setAttendance, {
      params: meeting,
      body: { memberId: absent.id, present: false, writtenOpinion: 'Nhất trí đề nghị.' },
    });
    expect((await chair.attempt(councilApi.openMeeting, { params: meeting })).status).toBe(200);

    const early = await download(officer, documentsApi.meetingMinutes, { params: { id: meetingId } });
    expect(early.status).toBe(422);
    expect(early.json().code).toBe('DOCUMENT_INCOMPLETE');
    expect(early.json().message).toContain(`kết luận của Hội đồng cho: ${a.fullName}`);
    expect((await download(officer, documentsApi.meetingMemo, { params: { id: meetingId } })).status).toBe(
      422,
    );

    for (const pid of proposalIds) {
      const o = await chair.attempt(councilApi.recordOutcome, {
        params: { id: meetingId, proposalId: pid },
        body: {
          outcome: 'RECOMMEND',
          ...(pid === individualProposal ? { discussion: 'Thành tích nổi bật, hồ sơ đầy đủ.' } : {}),
        },
      });
      expect(o.status).toBe(200);
    }
    expect(
      (await chair.attempt(councilApi.closeMeeting, { params: { id: meetingId }, body: {} })).status,
    ).toBe(200);

    const minutes = await download(w.member, documentsApi.meetingMinutes, {
      params: { id: meetingId },
      query: { so: '3' },
    });
    expect(minutes.status).toBe(200);
    const mt = await text(minutes.body);
    const chairMember = members.find((x) => x.role === 'CHU_TICH');
    for (const s of [
      'ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'Số: 3/BB-HĐTĐKT',
      'Thử Nghiệm, ngày 15 tháng 12 năm 2025',
      'BIÊN BẢN',
      'Họp Hội đồng Thi đua - Khen thưởng xã Thử Nghiệm',
      'Địa điểm: Hội trường UBND xã.',
      `Chủ trì: ông (bà) ${chairMember?.name}, Chủ tịch Hội đồng.`,
      'có mặt 9/10 thành viên',
      `Vắng mặt: ${absent.name} (có ý kiến bằng văn bản: Nhất trí đề nghị.)`,
      'Ý kiến thảo luận: Thành tích nổi bật, hồ sơ đầy đủ.',
      'Hình thức biểu quyết: biểu quyết công khai',
      'III. KẾT QUẢ BIỂU QUYẾT',
      'Đồng ý / Tổng số',
      'IV. KẾT LUẬN',
      `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân xã Thử Nghiệm khen thưởng 3 trường hợp: ${a.fullName}`,
      'THƯ KÝ',
      'CHỦ TRÌ',
    ])
      expect(mt).toContain(s);

    const memo = await download(officer, documentsApi.meetingMemo, {
      params: { id: meetingId },
      query: { date: '2025-12-16' },
    });
    expect(memo.status).toBe(200);
    const mm = await text(memo.body);
    for (const s of [
      'Số: /TTr-HĐTĐKT',
      'Thử Nghiệm, ngày 16 tháng 12 năm 2025',
      'TỜ TRÌNH',
      'Về việc đề nghị tặng Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)',
      'Kính gửi: Chủ tịch Ủy ban nhân dân xã Thử Nghiệm.',
      'Ngày 15/12/2025, Hội đồng Thi đua - Khen thưởng xã Thử Nghiệm đã họp xét đề nghị khen thưởng, có mặt 9/10 thành viên',
      'khen thưởng cho 01 tập thể và 02 cá nhân',
      'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
      'Tóm tắt thành tích',
      'Hoàn thành xuất sắc nhiệm vụ năm 2025, dạy giỏi cấp xã',
      'TM. HỘI ĐỒNG',
      `${chairMember?.name}`,
    ])
      expect(mm).toContain(s);

    const byIds = await download(officer, documentsApi.proposalsMemo, {
      query: { ids: `${individualProposal},${second}`, date: '2025-12-16', so: '7' },
    });
    expect(byIds.status).toBe(200);
    const bi = await text(byIds.body);
    expect(bi).toContain('Số: 7/TTr-HĐTĐKT');
    expect(bi).toContain('khen thưởng cho 02 cá nhân');
    const head = await download(w.unitHead, documentsApi.proposalsMemo, {
      query: { ids: individualProposal },
    });
    expect([head.status, head.json().code]).toEqual([403, 'FORBIDDEN']);
  });

  it('the decision document, awardee list and one PDF with every certificate', async () => {
    for (const pid of proposalIds)
      expect(
        (
          await chair.api.call(proposalsApi.actOnProposal, {
            params: { id: pid, action: 'approve' },
            body: {},
          })
        ).status,
      ).toBe('APPROVED');
    const d = await chair.attempt(decisionsApi.signDecision, {
      body: { proposalIds, decisionDate: '2025-12-20' },
    });
    expect(d.status).toBe(201);
    decisionId = d.body.id;
    const r = await download(w.viewer, documentsApi.decisionDocument, { params: { id: decisionId } });
    expect(r.status).toBe(200);
    const paras = (await docxParagraphs(r.body)).map(norm).filter(Boolean);
    expect(paras.slice(0, 10)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ THỬ NGHIỆM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số: ${d.body.number}/QĐ-UBND`,
      'Thử Nghiệm, ngày 20 tháng 12 năm 2025',
      'QUYẾT ĐỊNH',
      'Về việc tặng Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    ]);
    const dt = norm(paras.join(' '));
    const money = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    for (const s of [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP',
      'Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã Thử Nghiệm tại cuộc họp ngày 15 tháng 12 năm 2025',
      'QUYẾT ĐỊNH:',
      'Điều 1. Tặng Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ) cho 01 tập thể và 02 cá nhân',
      `Tổng cộng ${money(d.body.totalAmount)}`,
      `Điều 2. Tiền thưởng kèm theo Giấy khen theo danh sách tại Điều 1, tổng số tiền: ${money(d.body.totalAmount)} đồng (Bằng chữ: ${moneyInWords(d.body.totalAmount)}), được chi từ Quỹ thi đua, khen thưởng của xã Thử Nghiệm năm 2025.`,
      'Điều 3.',
      'chịu trách nhiệm thi hành Quyết định này./.',
      'Nơi nhận: - Như Điều 3;',
      '- Lưu: VT, VP.',
      'CHỦ TỊCH',
      'Chủ Tịch Thử Nghiệm',
      teacherName,
    ])
      expect(dt).toContain(s);
    expect(d.body.totalAmount).toBe(
      2 * rewardMoney('GK_XA_REGULAR', 'INDIVIDUAL', '2025-12-20').amount +
        rewardMoney('GK_XA_REGULAR', 'COLLECTIVE', '2025-12-20').amount,
    );

    const x = await download(officer, documentsApi.decisionAwardees, { params: { id: decisionId } });
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

    const pdf = await download(officer, decisionsApi.decisionCertificates, { params: { id: decisionId } });
    expect(pdf.status).toBe(200);
    const pt = pdfText(pdf.body);
    expect(pt.split('\f').filter((p) => p.trim()).length).toBe(3);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM',
      'GIẤY KHEN',
      teacherName,
      `Quyết định số ${d.body.number}/QĐ-UBND ngày 20/12/2025`,
      'Thử Nghiệm, ngày 20 tháng 12 năm 2025',
      'Chủ Tịch Thử Nghiệm',
    ]) {
      expect(pt).toContain(s);
    }
    for (const a of d.body.awards) {
      expect(pt).toContain(`Số sổ: ${a.registerNumber}`);
      expect(pt).toContain(`Mã xác minh: ${a.verifyCode}`);
    }
    const preview = await download(w.viewer, documentsApi.certificatesPreview, {
      params: { id: decisionId },
    });
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
    const before = await w.t.handle.db
      .selectFrom('decisions')
      .select(['signer_name'])
      .where('id', '=', decisionId)
      .executeTakeFirstOrThrow();
    await w.t.handle.db
      .updateTable('decisions')
      .set({ signer_name: ' ' })
      .where('id', '=', decisionId)
      .execute();
    try {
      const r = await download(officer, documentsApi.decisionDocument, { params: { id: decisionId } });
      expect(r.status).toBe(422);
      expect(r.json()).toMatchObject({
        code: 'DOCUMENT_INCOMPLETE',
        message: 'Không thể tạo quyết định khen thưởng: thiếu người ký.',
      });
      const c = await download(officer, decisionsApi.decisionCertificates, { params: { id: decisionId } });
      expect(c.status).toBe(422);
      expect(c.json().message).toContain('người ký');
    } finally {
      await w.t.handle.db
        .updateTable('decisions')
        .set({ signer_name: before.signer_name })
        .where('id', '=', decisionId)
        .execute();
    }
  });

  it('achievement reports for an individual and a collective, from the records', async () => {
    const ind = await download(officer, documentsApi.achievementReport, {
      params: { id: individualProposal },
      query: { date: '2025-11-30' },
    });
    expect(ind.status).toBe(200);
    const it1 = await text(ind.body);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Thử Nghiệm, ngày 30 tháng 11 năm 2025',
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
    const people = await officer.api.call(organisationsApi.listPeople, {});
    const teacher = people.find((p) => p.fullName === teacherName);
    if (!teacher) throw new Error('no teacher');
    const { id: later } = await w.proposal({
      personId: teacher.id,
      year: 2026,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
      state: 'SUBMITTED',
    });
    const again = await text(
      (
        await download(officer, documentsApi.achievementReport, {
          params: { id: later },
          query: { date: '2026-11-30' },
        })
      ).body,
    );
    const dec = await w.t.handle.db
      .selectFrom('decisions')
      .select(['number'])
      .where('id', '=', decisionId)
      .executeTakeFirstOrThrow();
    expect(again).toContain(
      `2. Hình thức khen thưởng: Năm Danh hiệu / Hình thức khen thưởng Số, ngày, tháng, năm của quyết định; cơ quan ban hành 2025 Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ) Quyết định số ${dec.number}/QĐ-UBND ngày 20/12/2025; Chủ tịch UBND xã Thử Nghiệm`,
    );
    const col = await download(officer, documentsApi.achievementReport, {
      params: { id: collectiveProposal },
      query: { date: '2025-11-30' },
    });
    expect(col.status).toBe(200);
    const ct = await text(col.body);
    for (const s of [
      'BÁO CÁO THÀNH TÍCH',
      'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
      '1. Tên tập thể:',
      '- Địa chỉ: xã Thử Nghiệm',
      'Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ])
      expect(ct).toContain(s);
  });

  it('the year-end report and the statistics workbook compute their figures from the records', async () => {
    const total =
      2 * rewardMoney('GK_XA_REGULAR', 'INDIVIDUAL', '2025-12-20').amount +
      rewardMoney('GK_XA_REGULAR', 'COLLECTIVE', '2025-12-20').amount;
    const vnd = String(total).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const r = await download(chair, documentsApi.yearEndReport, {
      query: { year: 2025, date: '2025-12-28', so: '12' },
    });
    expect(r.status).toBe(200);
    const yt = await text(r.body);
    for (const s of [
      'Số: 12/BC-UBND',
      'Thử Nghiệm, ngày 28 tháng 12 năm 2025',
      'BÁO CÁO',
      'Tổng kết công tác thi đua, khen thưởng năm 2025',
      `ban hành 1 quyết định khen thưởng với tổng số tiền thưởng ${vnd} đồng; khen thưởng 3 lượt (2 cá nhân, 1 tập thể, 0 hộ gia đình)`,
      `Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ) 2 1 0 3 ${vnd}`,
      `Tổng cộng 2 1 0 3 ${vnd}`,
      'khen thưởng tập thể nhỏ 0/1 tập thể',
      'nữ 1/2 cá nhân (50%)',
      'khen thưởng người lao động trực tiếp',
      'TM. ỦY BAN NHÂN DÂN',
      'Chủ Tịch Thử Nghiệm',
    ])
      expect(yt).toContain(s);
    expect(yt).toContain('Năm 2025, Ủy ban nhân dân xã Thử Nghiệm chưa ghi nhận kế hoạch');
    const y2024 = await text(
      (await download(officer, documentsApi.yearEndReport, { query: { year: 2024, date: '2024-12-28' } }))
        .body,
    );
    expect(y2024).toContain(
      'ban hành Kế hoạch số 05/KH-UBND ngày 15/01/2024 về công tác thi đua, khen thưởng năm 2024 với chủ đề thi đua “Đoàn kết, kỷ cương, sáng tạo, tăng tốc, hiệu quả”',
    );
    expect(y2024).toContain(
      'Kết quả thực hiện các chỉ tiêu phát triển kinh tế - xã hội: 3/3 chỉ tiêu hoàn thành',
    );
    expect((await download(w.unitHead, documentsApi.yearEndReport, { query: { year: 2025 } })).status).toBe(
      403,
    );
    expect((await download(officer, documentsApi.yearEndReport, { query: { year: 'abc' } })).status).toBe(
      400,
    );

    const x = await download(officer, documentsApi.statistics, { query: { year: 2025 } });
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
