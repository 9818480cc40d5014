import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IntakeJobView, type IntakeKind, intakeApi } from '../../contract/intake';
import type { ImportMode } from '../../contract/ratings';
import { getAward } from '../../core/law/catalogue';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { readSheetRows } from '../ratings/xlsx-rows';
import { rowXml, xlsxOf } from '../ratings/xlsx-test-files';
import { inflateEntry, readZipDirectory, type ZipEntry } from '../ratings/zip-directory';
import { startWorld, type World } from '../testing/test-world';
import { COLUMNS } from './intake-columns';
import { intakeJobsSettled } from './intake-jobs';
import { INTAKE_FILE_LIMITS } from './intake-read';

let w: World;
let officer: Client;
let schoolCode: string;
let villageCode: string;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
  officer = w.officer;
  const code = async (id: string) =>
    (
      await w.t.handle.db
        .selectFrom('organisations')
        .select('code')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).code;
  schoolCode = await code(w.units.school);
  villageCode = await code(w.units.village);
});
afterAll(async () => {
  await intakeJobsSettled();
  await w?.close();
});

type Cell = string | number | null;
const fileOf = async (kind: IntakeKind, rows: Cell[][]) =>
  (
    await xlsxOf([
      rowXml(
        1,
        COLUMNS[kind].map((c) => c.header),
      ),
      ...rows.map((r, i) => rowXml(i + 2, r)),
    ])
  ).toString('base64');

/** Import `rows` as `client` and wait for the job's end; the job's view with all its bad rows. */
async function importRows(
  kind: IntakeKind,
  rows: Cell[][],
  mode: ImportMode = 'all-or-nothing',
  client: Client = officer,
): Promise<IntakeJobView> {
  const { jobId } = await client.api.call(intakeApi.startIntake, {
    params: { kind },
    body: { fileBase64: await fileOf(kind, rows), fileName: `${kind}.xlsx`, mode },
  });
  for (;;) {
    const v = await client.api.call(intakeApi.intakeJob, { params: { id: jobId }, query: { limit: 500 } });
    if (v.state !== 'RUNNING') return v;
    await new Promise((r) => setTimeout(r, 5));
  }
}
const errorsOf = (v: IntakeJobView) => v.errors.map((e) => `${e.rowNumber} ${e.field}: ${e.message}`);
const count = async (table: 'people' | 'award_history' | 'disciplines' | 'initiatives' | 'audit_log') =>
  Number(
    (
      await w.t.handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('tenant_id', '=', w.tenantId)
        .executeTakeFirstOrThrow()
    ).n,
  );

// citizen IDs: province 001, 4th digit gender and century (0 = man of the 1900s, 1 = woman of the 1900s)
const AN = '001085000001'; // a man born in 1985
const BINH = '001190000002'; // a woman born in 1990
const CUONG = '001078000003'; // a man born in 1978

describe('templates', () => {
  it('each kind has its header row, instructions and drop-downs on its coded columns', async () => {
    for (const kind of ['units', 'people', 'awards', 'initiatives', 'disciplines'] as const) {
      const { blob } = await officer.api.file(intakeApi.intakeTemplate, { params: { kind } });
      const buf = Buffer.from(await blob.arrayBuffer());
      const rows = [];
      for await (const r of readSheetRows(buf, INTAKE_FILE_LIMITS)) rows.push(r);
      expect([...(rows[0]?.cells.values() ?? [])]).toEqual(COLUMNS[kind].map((c) => c.header));
      // the drop-downs: one list validation per coded column, down the data rows
      const dir = readZipDirectory(buf, INTAKE_FILE_LIMITS);
      const parts: Buffer[] = [];
      for await (const c of inflateEntry(buf, dir.get('xl/worksheets/sheet1.xml') as ZipEntry, 1e8))
        parts.push(c);
      const sqrefs = [
        ...Buffer.concat(parts)
          .toString()
          .matchAll(/<dataValidation [^>]*sqref="([A-Z]+)2:[A-Z]+60001"/g),
      ].map((m) => m[1]);
      const letters = COLUMNS[kind].flatMap((c, i) => (c.list ? [String.fromCharCode(65 + i)] : []));
      expect(sqrefs.sort()).toEqual(letters);
      if (kind === 'awards') {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
        expect(wb.worksheets.map((s) => s.name)).toEqual(['Dữ liệu', 'Hướng dẫn', 'Danh mục']);
        const lists = wb.getWorksheet('Danh mục');
        const values = lists?.getColumn(2).values.map(String) ?? [];
        expect(values).toContain(`CSTDCS - ${getAward('CSTDCS')?.name}`);
        expect(lists?.getColumn(1).values.map(String)).toContain(`${schoolCode} - ${await schoolName()}`);
      }
    }
  });

  it('is for officers only: a unit head and a viewer are refused', async () => {
    for (const c of [w.unitHead, w.viewer, w.member]) {
      expect((await c.attempt(intakeApi.intakeTemplate, { params: { kind: 'people' } })).error?.code).toBe(
        'FORBIDDEN',
      );
      const refused = await c.attempt(intakeApi.startIntake, {
        params: { kind: 'people' },
        body: {
          fileBase64: await fileOf('people', [
            [AN, 'Nguyễn Văn An', 1985, 'Nam', null, null, schoolCode, 'VIEN_CHUC'],
          ]),
        },
      });
      expect(refused.error?.code).toBe('FORBIDDEN');
    }
  });
});

const schoolName = async () =>
  (
    await w.t.handle.db
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', w.units.school)
      .executeTakeFirstOrThrow()
  ).name;

describe('units', () => {
  it('imports units under the commune or a unit of the same file, then updates them by code', async () => {
    const rows: Cell[][] = [
      ['TO-TOAN', 'Tổ Toán', null, 'TO - Tổ, nhóm', 'THCS-NK', 8, 'x', 'x'],
      ['THCS-NK', 'Trường THCS Nhập Khẩu', 'THCS NK', 'Trường học', null, 40, null, 'x'],
    ];
    const v = await importRows('units', rows);
    expect(errorsOf(v)).toEqual([]);
    expect(v.report).toMatchObject({ rows: 2, created: 2, updated: 0 });
    const db = w.t.handle.db;
    const got = await db
      .selectFrom('organisations as o')
      .innerJoin('organisations as p', 'p.id', 'o.parent_id')
      .select([
        'o.code',
        'o.kind',
        'o.level',
        'p.code as parent',
        'o.small_collective',
        'o.direct_work',
        'o.member_count',
      ])
      .where('o.code', 'in', ['TO-TOAN', 'THCS-NK'])
      .orderBy('o.code')
      .execute();
    expect(got).toEqual([
      {
        code: 'THCS-NK',
        kind: 'TRUONG',
        level: 'DON_VI',
        parent: 'X-THUNGHIEM',
        small_collective: 0,
        direct_work: 1,
        member_count: 40,
      },
      {
        code: 'TO-TOAN',
        kind: 'TO',
        level: 'TO',
        parent: 'THCS-NK',
        small_collective: 1,
        direct_work: 1,
        member_count: 8,
      },
    ]);
    (rows[0] as Cell[])[1] = 'Tổ Toán - Tin';
    const again = await importRows('units', rows);
    expect(again.report).toMatchObject({ created: 0, updated: 2 });
    expect(
      (
        await db
          .selectFrom('organisations')
          .select('name')
          .where('code', '=', 'TO-TOAN')
          .executeTakeFirstOrThrow()
      ).name,
    ).toBe('Tổ Toán - Tin');
  });

  it("refuses a parent that does not exist, a cycle, the commune's own code and an unknown kind", async () => {
    const v = await importRows('units', [
      ['U-A', 'Đơn vị A', null, 'NGANH', 'U-B', null, null, null],
      ['U-B', 'Đơn vị B', null, 'NGANH', 'U-A', null, null, null],
      ['U-C', 'Đơn vị C', null, 'NGANH', 'KHONG-CO', null, null, null],
      ['X-THUNGHIEM', 'Xã', null, 'NGANH', null, null, null, null],
      ['U-D', 'Đơn vị D', null, 'Hợp tác xã', null, -1, 'có lẽ', null],
    ]);
    expect(v.state).toBe('REFUSED');
    expect(v.error?.code).toBe('IMPORT_HAS_ERRORS');
    expect(errorsOf(v)).toEqual([
      '2 parentCode: đơn vị cấp trên U-B lại nằm dưới đơn vị này (vòng lặp)',
      '3 parentCode: đơn vị cấp trên U-A lại nằm dưới đơn vị này (vòng lặp)',
      '4 parentCode: không có đơn vị mã KHONG-CO trong xã hay trong tệp (hoặc dòng của nó bị lỗi)',
      '5 code: X-THUNGHIEM là mã của xã, không phải mã một đơn vị',
      '6 kind: "Hợp tác xã" không có trong danh sách',
      '6 memberCount: Số thành viên không được âm',
      '6 smallCollective: chỉ đánh "x" hoặc để trống',
    ]);
    expect(
      await w.t.handle.db.selectFrom('organisations').select('id').where('code', 'like', 'U-%').execute(),
    ).toEqual([]);
  });
});

const people = (): Cell[][] => [
  [AN, 'Nguyễn Văn An', '15/04/1985', 'Nam', 'Kinh', 'Giáo viên', schoolCode, 'VIEN_CHUC', null, null],
  [
    BINH,
    'Lê Thị Bình',
    1990,
    'Nữ',
    'Tày',
    'Chủ tịch Hội',
    `${villageCode} - thôn`,
    'Cán bộ',
    null,
    'CAP_TRUONG - Cấp trưởng',
  ],
];

describe('people and their history', () => {
  it('imports people keyed by citizen ID, then updates them on a re-import', async () => {
    const before = await count('audit_log');
    const v = await importRows('people', people());
    expect(errorsOf(v)).toEqual([]);
    expect(v.report).toEqual({ rows: 2, imported: 2, created: 2, updated: 0, rejectedRows: 0 });
    expect(await count('audit_log')).toBe(before + 1);
    const db = w.t.handle.db;
    const an = await db
      .selectFrom('people')
      .selectAll()
      .where('citizen_id', '=', AN)
      .executeTakeFirstOrThrow();
    expect(an).toMatchObject({
      tenant_id: w.tenantId,
      unit_id: w.units.school,
      full_name: 'Nguyễn Văn An',
      search_text: 'nguyen van an',
      birth_date: '1985-04-15',
      birth_year: 1985,
      gender: 'NAM',
      category: 'VIEN_CHUC',
      leader_tier: 'KHONG',
    });
    const binh = await db
      .selectFrom('people')
      .selectAll()
      .where('citizen_id', '=', BINH)
      .executeTakeFirstOrThrow();
    expect(binh).toMatchObject({
      birth_date: null,
      birth_year: 1990,
      leader_tier: 'CAP_TRUONG',
      is_leader: 1,
      unit_id: w.units.village,
    });

    const peopleBefore = await count('people');
    const again = await importRows('people', [
      [...(people()[0] as Cell[]).slice(0, 5), 'Tổ trưởng', ...(people()[0] as Cell[]).slice(6)],
      people()[1] as Cell[],
    ]);
    expect(again.report).toMatchObject({ created: 0, updated: 2 });
    expect(await count('people')).toBe(peopleBefore);
    expect(
      (await db.selectFrom('people').select('position').where('id', '=', an.id).executeTakeFirstOrThrow())
        .position,
    ).toBe('Tổ trưởng');
  });

  it('lists every bad row with its column and writes nothing', async () => {
    const people = await count('people');
    const audits = await count('audit_log');
    const v = await importRows('people', [
      ['12345', 'Sai Số', 1980, 'Nam', null, null, schoolCode, 'VIEN_CHUC', null, null],
      [CUONG, 'Trần Văn Cường', '31/02/1978', 'Nam', null, null, 'KHONG-CO', 'VIEN_CHUC', null, null],
      [CUONG, 'Trần Văn Cường', 1978, 'Nam', null, null, schoolCode, 'VIEN_CHUC', null, null],
      [CUONG, 'Trần Văn Cường', 1978, 'Nam', null, null, schoolCode, 'VIEN_CHUC', null, null],
      [BINH, 'Lê Thị Bình', 1990, 'Nam', null, null, schoolCode, 'CAN_BO', null, null],
    ]);
    expect(v.state).toBe('REFUSED');
    expect(v.report).toMatchObject({ rows: 5, imported: 0, rejectedRows: 4 });
    expect(errorsOf(v)).toEqual([
      '2 citizenId: Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số',
      '3 birth: ngày 31/02/1978 không có thật',
      '3 unitCode: không có đơn vị mã KHONG-CO trong xã',
      '5 citizenId: trùng với dòng 4 (cùng số CCCD)',
      '6 citizenId: Số CCCD này của người nữ (chữ số thứ 4 là 1), không khớp giới tính đã chọn',
    ]);
    expect(v.errors[0]?.column).toBe('Số CCCD');
    expect(await count('people')).toBe(people);
    expect(await count('audit_log')).toBe(audits);
  });

  it('imports the clean rows only when the officer chooses so', async () => {
    const people = await count('people');
    const v = await importRows(
      'people',
      [
        [CUONG, 'Trần Văn Cường', 1978, 'Nam', null, null, schoolCode, 'VIEN_CHUC', 'x', null],
        ['001085', 'Sai Số', 1985, 'Nam', null, null, schoolCode, 'VIEN_CHUC', null, null],
      ],
      'clean-rows-only',
    );
    expect(v.state).toBe('DONE');
    expect(v.report).toEqual({ rows: 2, imported: 1, created: 1, updated: 0, rejectedRows: 1 });
    expect(v.errorsTotal).toBe(1);
    expect(await count('people')).toBe(people + 1);
  });

  it('imports award history for a person and a unit, refuses a decision before its achievement, and re-imports without duplicates', async () => {
    const rows: Cell[][] = [
      [
        AN,
        null,
        'CSTDCS - Chiến sĩ thi đua cơ sở',
        'XA - Cấp xã',
        'UBND xã',
        '12/QĐ-UBND',
        '20/12/2023',
        2023,
        null,
        null,
      ],
      [
        null,
        schoolCode,
        'TTLDTT',
        'XA',
        'UBND xã',
        '13/QĐ-UBND',
        '20/12/2023',
        2023,
        'Thường xuyên (hằng năm)',
        'Ghi chú',
      ],
    ];
    const v = await importRows('awards', rows);
    expect(errorsOf(v)).toEqual([]);
    expect(v.report).toMatchObject({ created: 2, updated: 0 });
    const again = await importRows('awards', rows);
    expect(again.report).toMatchObject({ created: 0, updated: 2 });
    expect(await count('award_history')).toBe(2);
    const got = await w.t.handle.db
      .selectFrom('award_history')
      .selectAll()
      .orderBy('decision_number')
      .execute();
    expect(got.map((a) => [a.subject_kind, a.award_code, a.source, a.version])).toEqual([
      ['INDIVIDUAL', 'CSTDCS', 'IMPORT', 2],
      ['COLLECTIVE', 'TTLDTT', 'IMPORT', 2],
    ]);

    const bad = await importRows('awards', [
      [AN, null, 'CSTDCS', 'XA', 'UBND xã', '14/QĐ-UBND', '20/12/2022', 2023, null, null],
      ['001099000009', null, 'CSTDCS', 'XA', 'UBND xã', '15/QĐ-UBND', '20/12/2023', 2023, null, null],
      [AN, schoolCode, 'CSTDCS', 'XA', 'UBND xã', '16/QĐ-UBND', '20/12/2023', 2023, null, null],
      [AN, null, 'CSTDCS', 'XA', 'UBND xã', '12/QĐ-UBND', '20/12/2023', 2023, null, null],
      [AN, null, 'CSTDCS', 'XA', 'UBND xã', '12/QĐ-UBND', '20/12/2023', 2023, null, null],
    ]);
    expect(errorsOf(bad)).toEqual([
      '2 decisionDate: Quyết định ngày 20/12/2022 có trước năm thành tích 2023: khen thưởng không thể trước thành tích',
      '3 citizenId: không có người nào mang số CCCD 001099000009 trong xã (hãy nhập cá nhân trước)',
      '4 unitCode: chỉ điền một trong hai cột: Số CCCD (cá nhân) hoặc Mã đơn vị (tập thể)',
      '6 decisionNumber: trùng với dòng 5 (cùng người (đơn vị), danh hiệu và số quyết định)',
    ]);
    expect(await count('award_history')).toBe(2);
  });

  it('imports initiatives and disciplines, refuses a discipline ending before it starts, and re-imports by key', async () => {
    const ini: Cell[][] = [
      [AN, 'Sáng kiến', 'Dạy học theo dự án', 2024, '15/06/2024', 'CO_SO', null, '5/QĐ-HĐSK'],
    ];
    expect((await importRows('initiatives', ini)).report).toMatchObject({ created: 1, updated: 0 });
    expect((await importRows('initiatives', ini)).report).toMatchObject({ created: 0, updated: 1 });
    expect(await count('initiatives')).toBe(1);
    const badIni = await importRows('initiatives', [
      [AN, null, 'Khác', 2024, '15/06/2023', 'Cấp huyện', null, null],
    ]);
    expect(errorsOf(badIni)).toEqual([
      '2 level: "Cấp huyện" không có trong danh sách',
      '2 recognizedOn: Ngày công nhận phải thuộc năm 2024',
    ]);

    const dis: Cell[][] = [[BINH, 'KHIEN_TRACH - Khiển trách', '01/03/2024', '01/03/2025', '7/QĐ-KL', null]];
    expect((await importRows('disciplines', dis)).report).toMatchObject({ created: 1 });
    expect((await importRows('disciplines', dis)).report).toMatchObject({ created: 0, updated: 1 });
    const badDis = await importRows('disciplines', [
      [BINH, 'Cảnh cáo', '01/03/2024', '01/02/2024', null, null],
    ]);
    expect(errorsOf(badDis)).toEqual(['2 to: Thời hạn kỷ luật kết thúc trước khi bắt đầu']);
    expect(await count('disciplines')).toBe(1);
  });

  it('another commune sees neither the jobs nor the people of the first', async () => {
    const other = await w.secondCommune();
    const v = await importRows('people', people().slice(0, 1));
    expect(
      (await other.officer.attempt(intakeApi.intakeJob, { params: { id: v.id }, query: {} })).error?.code,
    ).toBe('NOT_FOUND');
    const { jobId } = await other.officer.api.call(intakeApi.startIntake, {
      params: { kind: 'awards' },
      body: {
        fileBase64: await fileOf('awards', [
          [AN, null, 'CSTDCS', 'XA', 'UBND xã', '99/QĐ', '20/12/2023', 2023, null, null],
        ]),
      },
    });
    await intakeJobsSettled();
    const theirs = await other.officer.api.call(intakeApi.intakeJob, { params: { id: jobId }, query: {} });
    expect(theirs.errors.map((e) => e.field)).toEqual(['citizenId']);
    expect(await count('award_history')).toBe(2);
  });

  it('answers a file that is no .xlsx at once', async () => {
    const r = await officer.attempt(intakeApi.startIntake, {
      params: { kind: 'people' },
      body: { fileBase64: Buffer.from('not a workbook at all').toString('base64') },
    });
    expect(r.error?.code).toBe('BAD_FILE');
  });
});
