import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urlOf } from '../../contract/endpoint';
import { organisationsApi } from '../../contract/organisations';
import { type RatingRow, ratingsApi } from '../../contract/ratings';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
let schoolHead: Client;
let viewer: Client;
let schoolId: string;
let nurseUnit: string;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
  ({ officer, unitHead: schoolHead, viewer } = w);
  schoolId = w.units.school;
  // the school's teachers (its head, 'Hiệu Trưởng Thử Nghiệm', is one of the world's people) …
  for (const fullName of ['Trần Thị Mỹ Dung', 'Mai Thị Ổn', 'Giáo Viên Một', 'Giáo Viên Hai', 'Giáo Viên Ba'])
    await w.person({ unitId: schoolId, fullName, category: 'VIEN_CHUC', gender: 'NU' });
  // … and a nurse of the health station
  nurseUnit = await w.unit({ name: 'Trạm Y tế Thử Nghiệm', kind: 'Y_TE' });
  await w.person({ unitId: nurseUnit, fullName: 'Dương Văn Sơn', category: 'VIEN_CHUC' });
});
afterAll(async () => {
  await w?.close();
});

/** The template of a year (of a unit), as `client` downloads it. */
async function template(client: Client, year: number, unitId?: string): Promise<ExcelJS.Workbook> {
  const { blob } = await client.api.file(ratingsApi.ratingsTemplate, { query: { year, unitId } });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return wb;
}

const base64 = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
const ratings = async (client: Client, year: number, unitId?: string) =>
  client.api.call(ratingsApi.listRatings, { query: { year, unitId } });
const importFile = (
  client: Client,
  body: { year: number; fileBase64: string; fileName?: string; mode?: 'all-or-nothing' | 'clean-rows-only' },
) => client.attempt(ratingsApi.importRatings, { body });
/** The details of a refused import. */
const detailsOf = (e: { details?: unknown } | null) =>
  e?.details as { rejected: { rowNumber: number; message: string }[]; rows: number };

describe('annual performance ratings (đánh giá, xếp loại)', () => {
  it('lists a unit with its ratings; entry by the officer and by the unit head of that unit only', async () => {
    const list = await ratings(officer, 2025, schoolId);
    expect(list.canEdit).toBe(true);
    expect(list.rows.map((r) => r.fullName)).toContain('Trần Thị Mỹ Dung');
    expect(list.rows.every((r) => r.rating === null)).toBe(true);
    const dung = list.rows.find((r) => r.fullName === 'Trần Thị Mỹ Dung') as RatingRow;
    const rate = (client: Client, personId: string, rating: 'HTXSNV' | 'HTNV') =>
      client.attempt(ratingsApi.setRating, { body: { year: 2025, personId, rating } });
    const rated = await rate(schoolHead, dung.personId, 'HTXSNV');
    expect(rated.status).toBe(200);
    // the answer is the person's row as the list shows it
    expect(rated.body).toMatchObject({ personId: dung.personId, rating: 'HTXSNV', source: 'MANUAL' });
    expect((await rate(viewer, dung.personId, 'HTNV')).status).toBe(403);
    expect((await ratings(viewer, 2025, schoolId)).canEdit).toBe(false);
    const people = await officer.api.call(organisationsApi.listPeople, {});
    const nurse = people.find((p) => p.fullName === 'Dương Văn Sơn') as { id: string };
    expect((await rate(schoolHead, nurse.id, 'HTNV')).status).toBe(403);
    expect(
      (await schoolHead.attempt(ratingsApi.listRatings, { query: { year: 2025, unitId: nurseUnit } })).status,
    ).toBe(403);
    const bad = await officer.attempt(ratingsApi.setRating, {
      body: { year: 2025, personId: dung.personId, rating: 'XUAT_SAC' as 'HTNV' },
    });
    expect(bad.error?.code).toBe('VALIDATION');
    const after = await ratings(schoolHead, 2025);
    expect(after.rows.find((r) => r.personId === dung.personId)).toMatchObject({
      rating: 'HTXSNV',
      ratingLabel: 'Hoàn thành xuất sắc nhiệm vụ',
      source: 'MANUAL',
    });
    expect(new Set(after.rows.map((r) => r.unitName))).toEqual(new Set(['Trường Tiểu học Thử Nghiệm']));
  });

  it('gives a template pre-filled with the unit people and a drop-down of the four ratings', async () => {
    const res = await officer.request(
      'GET',
      urlOf(ratingsApi.ratingsTemplate, {}, { year: 2025, unitId: schoolId }),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const { fileName } = await officer.api.file(ratingsApi.ratingsTemplate, {
      query: { year: 2025, unitId: schoolId },
    });
    expect(fileName).toBe('Xếp loại 2025 - Trường Tiểu học Thử Nghiệm.xlsx');
    const wb = await template(officer, 2025, schoolId);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getRow(4).values).toEqual([
      undefined,
      'Mã cán bộ',
      'Họ và tên',
      'Chức vụ',
      'Đơn vị',
      'Năm',
      'Kết quả xếp loại',
    ]);
    const names: string[] = [];
    for (let n = 5; ws.getCell(`A${n}`).value; n++) names.push(String(ws.getCell(`B${n}`).value));
    expect(names).toContain('Hiệu Trưởng Thử Nghiệm');
    expect(names).toContain('Mai Thị Ổn');
    expect(names).not.toContain('Dương Văn Sơn');
    const dungRow = names.indexOf('Trần Thị Mỹ Dung') + 5;
    expect(ws.getCell(`F${dungRow}`).value).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(ws.getCell('E5').value).toBe(2025);
    expect(ws.getCell('F5').dataValidation).toMatchObject({
      type: 'list',
      formulae: [
        '"Hoàn thành xuất sắc nhiệm vụ,Hoàn thành tốt nhiệm vụ,Hoàn thành nhiệm vụ,Không hoàn thành nhiệm vụ"',
      ],
    });
  });

  it('reports every bad row with its number and imports nothing; clean-rows-only imports the rest', async () => {
    const wb = await template(officer, 2025, schoolId);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const rows: number[] = [];
    for (let n = 5; ws.getCell(`A${n}`).value; n++) rows.push(n);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const [r1, r2, r3, r4, r5, r6] = rows as [number, number, number, number, number, number];
    ws.getCell(`F${r1}`).value = 'Hoàn thành tốt nhiệm vụ';
    ws.getCell(`F${r2}`).value = 'httnv';
    ws.getCell(`F${r3}`).value = 'Xuất sắc lắm'; // not a rating
    ws.getCell(`E${r4}`).value = 2024; // wrong year
    ws.getCell(`F${r4}`).value = 'HTNV';
    ws.getCell(`B${r5}`).value = 'Người Khác'; // name does not match the code
    ws.getCell(`F${r5}`).value = 'HTNV';
    ws.getCell(`F${r6}`).value = ''; // missing rating
    const extra = (rows.at(-1) as number) + 1;
    ws.getRow(extra).values = ['khong-co-ma-nay', 'Nguyễn Văn Lạ', '', '', 2025, 'HTNV'];
    for (const n of rows.slice(6)) ws.getCell(`F${n}`).value = 'Hoàn thành nhiệm vụ';
    const file = await base64(wb);

    const refused = await importFile(schoolHead, { year: 2025, fileBase64: file, fileName: 'xep-loai.xlsx' });
    expect(refused.status).toBe(422);
    expect(refused.error?.code).toBe('IMPORT_HAS_ERRORS');
    expect(detailsOf(refused.error).rejected.map((e) => e.rowNumber)).toEqual([r3, r4, r5, r6, extra]);
    expect(detailsOf(refused.error).rejected.map((e) => e.message)).toEqual([
      expect.stringMatching(new RegExp(`^Dòng ${r3}: xếp loại "Xuất sắc lắm" không hợp lệ`)),
      `Dòng ${r4}: năm đánh giá phải là 2025 (tệp nhập cho năm 2025), đang ghi 2024.`,
      expect.stringMatching(new RegExp(`^Dòng ${r5}: họ tên "Người Khác" không khớp với mã cán bộ`)),
      `Dòng ${r6}: thiếu kết quả xếp loại.`,
      `Dòng ${extra}: mã cán bộ khong-co-ma-nay không có trong danh sách của xã.`,
    ]);
    expect(refused.error?.message).toBe(
      `Tệp có 5/${rows.length + 1} dòng lỗi, chưa nhập dòng nào. Sửa các dòng lỗi rồi nhập lại, hoặc chọn chỉ nhập các dòng đúng.`,
    );
    const untouched = (await ratings(officer, 2025, schoolId)).rows;
    expect(untouched.filter((r) => r.rating !== null).map((r) => r.fullName)).toEqual(['Trần Thị Mỹ Dung']);

    const partial = await importFile(schoolHead, {
      year: 2025,
      fileBase64: file,
      fileName: 'xep-loai.xlsx',
      mode: 'clean-rows-only',
    });
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({
      mode: 'clean-rows-only',
      rows: rows.length + 1,
      imported: rows.length - 4,
    });
    expect(partial.body.rejected.map((e) => e.rowNumber)).toEqual([r3, r4, r5, r6, extra]);
    const now = (await ratings(officer, 2025, schoolId)).rows;
    const byRow = (n: number) => now.find((r) => r.personId === ws.getCell(`A${n}`).value);
    expect(byRow(r1)).toMatchObject({ rating: 'HTTNV', source: 'IMPORT' });
    expect(byRow(r2)).toMatchObject({ rating: 'HTTNV' });
    const before = (n: number) => untouched.find((r) => r.personId === ws.getCell(`A${n}`).value)?.rating;
    for (const n of [r3, r4, r5, r6]) expect(byRow(n)?.rating).toBe(before(n));
    const audit = await w.t.handle.db
      .selectFrom('audit_log')
      .select(['summary'])
      .where('action', '=', 'import')
      .execute();
    expect(audit.map((a) => a.summary)).toEqual([
      `Nhập xếp loại năm 2025 từ tệp "xep-loai.xlsx": ${rows.length - 4} người, bỏ qua 5 dòng lỗi`,
    ]);

    // re-importing updates (one rating per person and year), never duplicates
    const clean = await template(officer, 2025, schoolId);
    const cws = clean.worksheets[0] as ExcelJS.Worksheet;
    for (const n of rows) cws.getCell(`F${n}`).value = 'HTNV';
    const rated = (await ratings(officer, 2025, schoolId)).rows.filter((r) => r.rating).length;
    const again = await importFile(officer, {
      year: 2025,
      fileBase64: await base64(clean),
      fileName: 'lan-2.xlsx',
    });
    expect(again.body).toMatchObject({ imported: rows.length, updated: rated, rejected: [] });
    expect(rated).toBe(rows.length - 4 + 1); // the clean rows of the first import and the manual entry
    const count = await w.t.handle.db
      .selectFrom('ratings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('year', '=', 2025)
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(rows.length);
  });

  it('refuses a file that is not the template, and people outside the unit head’s unit', async () => {
    const notExcel = await importFile(officer, {
      year: 2025,
      fileBase64: Buffer.from('hello').toString('base64'),
    });
    expect(notExcel.error?.code).toBe('BAD_FILE');
    const other = new ExcelJS.Workbook();
    other.addWorksheet('A').addRow(['STT', 'Tên']);
    expect((await importFile(officer, { year: 2025, fileBase64: await base64(other) })).error?.code).toBe(
      'BAD_TEMPLATE',
    );
    const commune = await template(officer, 2025);
    const ws = commune.worksheets[0] as ExcelJS.Worksheet;
    let nurseRow = 0;
    for (let n = 5; ws.getCell(`A${n}`).value; n++)
      if (ws.getCell(`B${n}`).value === 'Dương Văn Sơn') nurseRow = n;
    expect(nurseRow).toBeGreaterThan(0);
    ws.getCell(`F${nurseRow}`).value = 'HTNV';
    const r = await importFile(schoolHead, {
      year: 2025,
      fileBase64: await base64(commune),
      mode: 'clean-rows-only',
    });
    expect(r.status).toBe(200);
    expect(r.body.rejected).toContainEqual(
      expect.objectContaining({
        rowNumber: nurseRow,
        message: `Dòng ${nurseRow}: Dương Văn Sơn không thuộc đơn vị của bạn.`,
      }),
    );
    expect((await importFile(viewer, { year: 2025, fileBase64: await base64(commune) })).status).toBe(403);
  });
});
