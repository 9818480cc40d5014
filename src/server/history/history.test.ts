import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentsApi } from '../../contract/attachments';
import { type AwardHistoryInput, historyApi } from '../../contract/history';
import { fixedClock } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { docxParagraphs } from '../documents/docx-text';
import { pdfBytes } from '../testing/sample-files';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let db: Db;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
  db = w.t.handle.db;
});
afterAll(async () => {
  await w?.close();
});

const award = (subjectId: string, more: Partial<AwardHistoryInput> = {}): AwardHistoryInput => ({
  subjectKind: 'INDIVIDUAL',
  subjectId,
  awardCode: 'CSTDCS',
  issuingLevel: 'HUYEN',
  issuingBody: 'Ủy ban nhân dân huyện Thử Nghiệm',
  decisionNumber: '123/QĐ-UBND',
  decisionDate: '2023-12-20',
  year: 2023,
  nature: 'THUONG_XUYEN',
  ...more,
});

const auditOf = (entityId: string) =>
  db
    .selectFrom('audit_log')
    .select(['action', 'data', 'summary'])
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();

describe('awards received before or elsewhere', () => {
  it('an officer enters, changes and deletes one, with audit rows; the lookup shows it with its issuer', async () => {
    const p = await w.person({
      unitId: w.units.association,
      fullName: 'Đỗ Thị Lịch Sử',
      category: 'CONG_CHUC',
    });
    const h = await w.officer.api.call(historyApi.createAward, { body: award(p) });
    expect(h.awards).toHaveLength(1);
    const a = h.awards[0];
    expect(a).toMatchObject({
      source: 'HISTORY',
      awardCode: 'CSTDCS',
      year: 2023,
      issuingLevel: 'HUYEN',
      decisionNumber: '123/QĐ-UBND',
    });
    const id = a?.id ?? '';
    const changed = await w.officer.api.call(historyApi.updateAward, {
      params: { id },
      body: award(p, { decisionNumber: '124/QĐ-UBND' }),
    });
    expect(changed.awards[0]?.decisionNumber).toBe('124/QĐ-UBND');
    const scan = await w.officer.api.call(attachmentsApi.uploadAttachment, {
      query: { ownerKind: 'AWARD_HISTORY', ownerId: id, purpose: 'SIGNED_ORIGINAL', name: 'quyết định.pdf' },
      body: pdfBytes(),
    });
    const short = await w.officer.attempt(historyApi.deleteAward, { params: { id }, query: { reason: 'x' } });
    expect(short.error?.code).toBe('VALIDATION');
    const gone = await w.officer.api.call(historyApi.deleteAward, {
      params: { id },
      query: { reason: 'Nhập nhầm người' },
    });
    expect(gone.awards).toEqual([]);
    const trail = await auditOf(id);
    expect(trail.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
    const last = JSON.parse(trail[2]?.data ?? '{}');
    expect(last.reason).toBe('Nhập nhầm người');
    expect(last.record.decision_number).toBe('124/QĐ-UBND');
    // its scanned decision goes with it, with the same reason (the bytes stay)
    const file = await db
      .selectFrom('attachments')
      .select(['deleted_at', 'deleted_reason'])
      .where('id', '=', scan.id)
      .executeTakeFirstOrThrow();
    expect(file.deleted_at).not.toBeNull();
    expect(file.deleted_reason).toBe('Nhập nhầm người');
  });

  it('bad input is refused naming the field; nothing is written', async () => {
    const p = await w.person({ unitId: w.units.association });
    const late = await w.officer.attempt(historyApi.createAward, {
      body: award(p, { year: 2024, decisionDate: '2023-12-20' }),
    });
    expect(late.status).toBe(400);
    expect(late.error?.code).toBe('VALIDATION');
    expect(late.error?.details).toEqual([
      { path: 'decisionDate', message: expect.stringMatching(/trước năm thành tích 2024/) },
    ]);
    const collectiveTitle = await w.officer.attempt(historyApi.createAward, {
      body: award(p, { awardCode: 'TTLDXS' }),
    });
    expect(collectiveTitle.error?.details).toEqual([
      { path: 'awardCode', message: expect.stringMatching(/không dành cho cá nhân/) },
    ]);
    const noDate = await w.officer.attempt(historyApi.createAward, {
      body: award(p, { decisionDate: '2023-02-30' }),
    });
    expect(noDate.error?.code).toBe('VALIDATION');
    const nobody = await w.officer.attempt(historyApi.createAward, { body: award('khong-co') });
    expect(nobody.error?.code).toBe('NOT_FOUND');
    const h = await w.officer.api.call(historyApi.subjectHistory, { params: { kind: 'person', id: p } });
    expect(h.awards).toEqual([]);
  });

  it('the same award and decision is one row; an award of the register is not entered again', async () => {
    const p = await w.person({ unitId: w.units.association });
    await w.officer.api.call(historyApi.createAward, { body: award(p) });
    const again = await w.officer.attempt(historyApi.createAward, { body: award(p, { year: 2022 }) });
    expect(again.status).toBe(409);
    expect(again.error?.code).toBe('HISTORY_DUPLICATE');
    expect(again.error?.message).toMatch(/123\/QĐ-UBND/);

    const decided = await w.proposal({
      personId: p,
      awardCode: 'GK_XA_REGULAR',
      year: 2025,
      state: 'DECIDED',
    });
    expect(decided.decisionId).toBeTruthy();
    const h = await w.officer.api.call(historyApi.subjectHistory, { params: { kind: 'person', id: p } });
    const own = h.awards.find((a) => a.source === 'REGISTER');
    expect(own).toMatchObject({ awardCode: 'GK_XA_REGULAR', year: 2025, issuingLevel: 'XA' });
    expect(h.awards[0]?.year).toBe(2025); // newest first
    const dup = await w.officer.attempt(historyApi.createAward, {
      body: award(p, {
        awardCode: 'GK_XA_REGULAR',
        year: 2025,
        decisionNumber: '9/QĐ-UBND',
        decisionDate: '2026-01-10',
        issuingLevel: 'XA',
      }),
    });
    expect(dup.error?.code).toBe('HISTORY_IN_REGISTER');
    expect(dup.error?.message).toContain(own?.decisionNumber ?? '?');
  });

  it('a collective, a household; a unit head only for their own unit; another commune sees nothing', async () => {
    const col = await w.officer.api.call(historyApi.createAward, {
      body: award(w.units.village, {
        subjectKind: 'COLLECTIVE',
        awardCode: 'TTLDXS',
        decisionNumber: '55/QĐ-UBND',
      }),
    });
    expect(col.subject.kind).toBe('COLLECTIVE');
    expect(col.awards[0]?.awardCode).toBe('TTLDXS');

    const teacher = await w.person({ unitId: w.units.school, category: 'VIEN_CHUC' });
    const outsider = await w.person({ unitId: w.units.association });
    const mine = await w.unitHead.api.call(historyApi.createAward, { body: award(teacher) });
    expect(mine.canManage).toBe(true);
    const theirs = await w.unitHead.attempt(historyApi.createAward, { body: award(outsider) });
    expect(theirs.error?.code).toBe('FORBIDDEN');
    const read = await w.unitHead.attempt(historyApi.subjectHistory, {
      params: { kind: 'person', id: outsider },
    });
    expect(read.error?.code).toBe('FORBIDDEN');
    const viewer = await w.viewer.api.call(historyApi.subjectHistory, {
      params: { kind: 'person', id: teacher },
    });
    expect(viewer.canManage).toBe(false);
    expect(
      (await w.viewer.attempt(historyApi.createAward, { body: award(teacher, { decisionNumber: '1' }) }))
        .error?.code,
    ).toBe('FORBIDDEN');
    const collective = await w.unitHead.attempt(historyApi.createAward, {
      body: award(w.units.collective, {
        subjectKind: 'COLLECTIVE',
        awardCode: 'TTLDTT',
        decisionNumber: '7/QĐ',
      }),
    });
    expect(collective.status).toBe(201);

    const other = await w.secondCommune();
    const look = await other.officer.attempt(historyApi.subjectHistory, {
      params: { kind: 'person', id: teacher },
    });
    expect(look.error?.code).toBe('NOT_FOUND');
    const write = await other.officer.attempt(historyApi.createAward, {
      body: award(teacher, { decisionNumber: '2' }),
    });
    expect(write.error?.code).toBe('NOT_FOUND');
    const del = await other.officer.attempt(historyApi.deleteAward, {
      params: { id: mine.awards[0]?.id ?? '' },
      query: { reason: 'Thử xóa của xã khác' },
    });
    expect(del.error?.code).toBe('NOT_FOUND');
    const found = await other.officer.api.call(historyApi.findSubjects, { query: { q: '' } });
    expect(found.some((s) => s.id === teacher)).toBe(false);
  });

  it('finds people, collectives and households ignoring diacritics', async () => {
    const p = await w.person({
      unitId: w.units.village,
      fullName: 'Nguyễn Thị Tra Cứu',
      category: 'NONG_DAN',
    });
    const found = await w.officer.api.call(historyApi.findSubjects, { query: { q: 'nguyen thi tra cuu' } });
    expect(found.map((s) => s.id)).toContain(p);
    const headFinds = await w.unitHead.api.call(historyApi.findSubjects, { query: { q: 'tra cuu' } });
    expect(headFinds.map((s) => s.id)).not.toContain(p);
  });
});

describe('initiatives, disciplines, pending matters', () => {
  it('each is entered, changed and deleted with its checks and audit rows', async () => {
    const p = await w.person({ unitId: w.units.school, category: 'VIEN_CHUC' });
    const ini = {
      personId: p,
      kind: 'DE_TAI' as const,
      title: 'Đề tài dạy học tích cực',
      year: 2024,
      recognizedOn: '2024-11-02',
      level: 'TINH' as const,
      scope: 'TINH' as const,
      recognitionRef: '45/QĐ-SKHCN',
    };
    const bad = await w.unitHead.attempt(historyApi.createInitiative, {
      body: { ...ini, recognizedOn: '2025-01-02' },
    });
    expect(bad.error?.details).toEqual([
      { path: 'recognizedOn', message: 'Ngày công nhận phải thuộc năm 2024' },
    ]);
    let h = await w.unitHead.api.call(historyApi.createInitiative, { body: ini });
    const iid = h.initiatives[0]?.id ?? '';
    expect(h.initiatives[0]).toMatchObject({ kind: 'DE_TAI', level: 'TINH', recognizedOn: '2024-11-02' });
    h = await w.officer.api.call(historyApi.updateInitiative, {
      params: { id: iid },
      body: { ...ini, title: 'Đề tài dạy học tích cực (sửa)' },
    });
    expect(h.initiatives[0]?.title).toMatch(/sửa/);

    const dis = {
      personId: p,
      kind: 'KHIEN_TRACH' as const,
      from: '2024-03-01',
      to: '2025-03-01',
      decisionRef: '3/QĐ-KL',
    };
    const backwards = await w.officer.attempt(historyApi.createDiscipline, {
      body: { ...dis, to: '2024-02-01' },
    });
    expect(backwards.error?.details).toEqual([
      { path: 'to', message: 'Thời hạn kỷ luật kết thúc trước khi bắt đầu' },
    ]);
    h = await w.officer.api.call(historyApi.createDiscipline, { body: dis });
    const did = h.disciplines[0]?.id ?? '';
    h = await w.officer.api.call(historyApi.updateDiscipline, {
      params: { id: did },
      body: { ...dis, kind: 'CANH_CAO' },
    });
    expect(h.disciplines[0]?.kind).toBe('CANH_CAO');

    const pm = {
      subjectKind: 'INDIVIDUAL' as const,
      subjectId: p,
      kind: 'THANH_TRA' as const,
      since: '2026-01-10',
    };
    const future = await w.officer.attempt(historyApi.createPendingMatter, {
      body: { ...pm, since: '2026-05-01' },
    });
    expect(future.error?.details).toEqual([
      { path: 'since', message: expect.stringMatching(/sau ngày hôm nay/) },
    ]);
    h = await w.officer.api.call(historyApi.createPendingMatter, { body: pm });
    const mid = h.pendingMatters[0]?.id ?? '';
    const early = await w.officer.attempt(historyApi.closePendingMatter, {
      params: { id: mid },
      body: { closedOn: '2026-01-01' },
    });
    expect(early.error?.details).toEqual([
      { path: 'closedOn', message: 'Ngày kết thúc trước ngày bắt đầu xem xét' },
    ]);
    h = await w.officer.api.call(historyApi.closePendingMatter, {
      params: { id: mid },
      body: { closedOn: '2026-02-01' },
    });
    expect(h.pendingMatters[0]?.closedOn).toBe('2026-02-01');
    const twice = await w.officer.attempt(historyApi.closePendingMatter, {
      params: { id: mid },
      body: { closedOn: '2026-02-02' },
    });
    expect(twice.error?.code).toBe('ALREADY_CLOSED');

    const outsider = await w.person({ unitId: w.units.association });
    expect(
      (await w.unitHead.attempt(historyApi.createDiscipline, { body: { ...dis, personId: outsider } })).error
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await w.unitHead.attempt(historyApi.deleteInitiative, {
          params: { id: iid },
          query: { reason: 'Không đúng' },
        })
      ).status,
    ).toBe(200);
    await w.officer.api.call(historyApi.deleteDiscipline, {
      params: { id: did },
      query: { reason: 'Nhập nhầm' },
    });
    h = await w.officer.api.call(historyApi.deletePendingMatter, {
      params: { id: mid },
      query: { reason: 'Nhập nhầm' },
    });
    expect([h.initiatives, h.disciplines, h.pendingMatters]).toEqual([[], [], []]);
    for (const [id, actions] of [
      [iid, ['create', 'update', 'delete']],
      [did, ['create', 'update', 'delete']],
      [mid, ['create', 'close', 'delete']],
    ] as const)
      expect((await auditOf(id)).map((r) => r.action)).toEqual(actions);

    const other = await w.secondCommune();
    expect((await other.officer.attempt(historyApi.createInitiative, { body: ini })).error?.code).toBe(
      'NOT_FOUND',
    );
    expect((await other.officer.attempt(historyApi.createDiscipline, { body: dis })).error?.code).toBe(
      'NOT_FOUND',
    );
    expect((await other.officer.attempt(historyApi.createPendingMatter, { body: pm })).error?.code).toBe(
      'NOT_FOUND',
    );
    const peek = await other.officer.attempt(historyApi.eligibility, { params: { kind: 'person', id: p } });
    expect(peek.error?.code).toBe('NOT_FOUND');
  });

  it('a household shows its contributions and violations', async () => {
    const hh = newId();
    await db
      .insertInto('households')
      .values({
        id: hh,
        tenant_id: w.tenantId,
        unit_id: w.units.village,
        head_name: 'Lê Văn Hộ',
        address: 'Thôn Thử',
        search_text: 'le van ho',
        created_at: '2026-01-01T00:00:00Z',
      })
      .execute();
    await db
      .insertInto('household_contributions')
      .values({
        id: newId(),
        tenant_id: w.tenantId,
        household_id: hh,
        year: 2025,
        amount: 5_000_000,
        description: 'Hiến đất làm đường',
        created_at: '2026-01-01T00:00:00Z',
      })
      .execute();
    const h = await w.viewer.api.call(historyApi.subjectHistory, { params: { kind: 'household', id: hh } });
    expect(h.subject.name).toMatch(/Lê Văn Hộ/);
    expect(h.contributions).toEqual([{ year: 2025, amount: 5_000_000, description: 'Hiến đất làm đường' }]);
  });
});

describe('the award card', () => {
  const get = async (c: World['officer'], path: string) => {
    const res = await w.t.app.inject({
      method: 'GET',
      url: path,
      headers: c.cookie ? { cookie: c.cookie } : {},
    });
    return { status: res.statusCode, body: res.rawPayload, headers: res.headers };
  };

  it("a person's card in Word and Excel holds identity, awards, initiatives and disciplines", async () => {
    const p = await w.person({
      unitId: w.units.school,
      fullName: 'Hoàng Thị Thẻ',
      category: 'VIEN_CHUC',
      position: 'Giáo viên',
      birthYear: 1985,
    });
    await w.officer.api.call(historyApi.createAward, { body: award(p) });
    await w.officer.api.call(historyApi.createAward, {
      body: award(p, {
        awardCode: 'BK_TINH',
        issuingLevel: 'TINH',
        issuingBody: 'UBND tỉnh Thử',
        decisionNumber: '77/QĐ-UBND',
        year: 2024,
        decisionDate: '2025-02-03',
      }),
    });
    await w.officer.api.call(historyApi.createInitiative, {
      body: { personId: p, kind: 'SANG_KIEN', title: 'Sáng kiến thư viện số', year: 2024, level: 'CO_SO' },
    });
    await w.officer.api.call(historyApi.createDiscipline, {
      body: {
        personId: p,
        kind: 'KHIEN_TRACH',
        from: '2021-05-01',
        to: '2022-05-01',
        decisionRef: '5/QĐ-KL',
      },
    });

    const docx = await get(w.unitHead, `/api/history/person/${p}/card.docx`);
    expect(docx.status).toBe(200);
    expect(String(docx.headers['content-disposition'])).toMatch(/\.docx/);
    const text = (await docxParagraphs(docx.body)).join('\n');
    for (const s of [
      'THẺ/ PHIẾU THEO DÕI KHEN THƯỞNG',
      'Họ và tên: Hoàng Thị Thẻ',
      'Ngày sinh: 1985',
      'Chức vụ: Giáo viên',
      '123/QĐ-UBND',
      '20/12/2023',
      '77/QĐ-UBND',
      'UBND tỉnh Thử (Cấp tỉnh)',
      'Sáng kiến: Sáng kiến thư viện số',
      'Khiển trách',
    ])
      expect(text).toContain(s);
    // newest first: the 2024 provincial award before the 2023 one
    expect(text.indexOf('77/QĐ-UBND')).toBeLessThan(text.indexOf('123/QĐ-UBND'));

    const xlsx = await get(w.officer, `/api/history/person/${p}/card.xlsx`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Theo dõi khen thưởng');
    const rows: string[] = [];
    ws?.eachRow((r) => {
      rows.push(
        (r.values as unknown[])
          .slice(1)
          .map((v) => String(v ?? ''))
          .join(' | '),
      );
    });
    expect(rows).toContain('Họ và tên | Hoàng Thị Thẻ');
    expect(rows).toContain(
      '2024 | Bằng khen của Chủ tịch UBND tỉnh | 77/QĐ-UBND | 03/02/2025 | UBND tỉnh Thử (Cấp tỉnh)',
    );
    expect(rows.some((r) => r.startsWith('2023 | Danh hiệu "Chiến sĩ thi đua cơ sở" | 123/QĐ-UBND'))).toBe(
      true,
    );
    expect(rows.some((r) => r.startsWith('Khiển trách | 01/05/2021'))).toBe(true);

    const other = await w.secondCommune();
    expect((await get(other.officer, `/api/history/person/${p}/card.xlsx`)).status).toBe(404);
    const outsider = await w.person({ unitId: w.units.association });
    expect((await get(w.unitHead, `/api/history/person/${outsider}/card.docx`)).status).toBe(403);
  });

  it("a collective's card lists its awards", async () => {
    await w.officer.api.call(historyApi.createAward, {
      body: award(w.units.association, {
        subjectKind: 'COLLECTIVE',
        awardCode: 'TTLDTT',
        decisionNumber: '31/QĐ-UBND',
      }),
    });
    const docx = await get(w.officer, `/api/history/unit/${w.units.association}/card.docx`);
    const text = (await docxParagraphs(docx.body)).join('\n');
    expect(text).toContain('Tên tập thể:');
    expect(text).toContain('31/QĐ-UBND');
    expect(text).not.toContain('KỶ LUẬT');
  });
});
