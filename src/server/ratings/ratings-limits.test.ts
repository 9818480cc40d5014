import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratingsApi } from '../../contract/ratings';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';
import { withImportSlot } from './import-slots';
import { ERRORS_SHOWN, RATING_FILE_LIMITS } from './ratings-import';
import { HEADER_ROW, rowXml, xlsxOf } from './xlsx-test-files';
import { inflateEntry, readZipDirectory, type ZipEntry } from './zip-directory';

let w: World;
let officer: Client;
/** People the officer may rate (id and name as the template has them). */
let people: { id: string; fullName: string }[];
beforeAll(async () => {
  w = await startWorld();
  officer = w.officer;
  const rated = (await officer.api.call(ratingsApi.listRatings, { query: { year: 2025 } })).rows;
  people = rated.map((r) => ({ id: r.personId, fullName: r.fullName }));
});
afterAll(async () => {
  await w?.close();
});

const post = (file: Buffer, mode: 'all-or-nothing' | 'clean-rows-only' = 'all-or-nothing') =>
  officer.attempt(ratingsApi.importRatings, {
    body: { year: 2025, fileBase64: file.toString('base64'), fileName: 'x.xlsx', mode },
  });

/** `bytes` of `piece` over and over, in 1 MB strings. */
function* repeated(piece: string, bytes: number) {
  const mb = piece.repeat(Math.ceil((1024 * 1024) / piece.length));
  for (let n = 0; n < bytes; n += mb.length) yield mb;
}

/** Peak growth of resident memory while `work` runs, in MB, sampled every 5 ms. */
async function peakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number; ms: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: (peak - base) / 1024 / 1024, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

describe('ratings import: limits against hostile spreadsheets', () => {
  it('refuses a spreadsheet bomb (0.4 MB that expands to 400 MB) from its directory, before expanding it', async () => {
    // 400 MB of blanks between two rows: valid XML, and deflate shrinks it a thousandfold
    const bomb = await xlsxOf([
      HEADER_ROW,
      ...repeated(' ', 400 * 1024 * 1024),
      rowXml(5, ['x', 'y', null, null, 2025, 'HTNV']),
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { result, peakMb, ms } = await peakMemory(() => post(bomb));
    console.info(
      `[ratings bomb] ${(bomb.length / 1024).toFixed(0)} KB file, refused in ${ms.toFixed(0)} ms, memory +${peakMb.toFixed(0)} MB`,
    );
    expect(result.status).toBe(413);
    expect(result.error?.code).toBe('FILE_EXPANDS_TOO_MUCH');
    expect(result.error?.message).toMatch(/^Tệp quá lớn khi giải nén: .* \(tối đa 40 MB\)/);
    expect(peakMb).toBeLessThan(150);
  });

  it('stops expanding a bomb whose directory lies about its size, at the real limit', async () => {
    const liar = await xlsxOf([HEADER_ROW, ...repeated(' ', 100 * 1024 * 1024)], {
      declare: { 'xl/worksheets/sheet1.xml': 900_000 },
    });
    const entry = readZipDirectory(liar, RATING_FILE_LIMITS).get('xl/worksheets/sheet1.xml') as ZipEntry;
    expect(entry.uncompressedSize).toBe(900_000);
    let expanded = 0;
    const { result, peakMb, ms } = await peakMemory(async () => {
      try {
        for await (const chunk of inflateEntry(liar, entry, RATING_FILE_LIMITS.maxSheetBytes))
          expanded += chunk.length;
        return null;
      } catch (e) {
        return e;
      }
    });
    console.info(
      `[ratings bomb, lying directory] stopped after ${(expanded / 1024 / 1024).toFixed(0)} MB in ${ms.toFixed(0)} ms, memory +${peakMb.toFixed(0)} MB`,
    );
    expect(result).toMatchObject({
      status: 413,
      code: 'FILE_EXPANDS_TOO_MUCH',
      message: expect.stringContaining('tối đa 30 MB'),
    });
    expect(expanded).toBeLessThanOrEqual(RATING_FILE_LIMITS.maxSheetBytes);
    expect(peakMb).toBeLessThan(150);
    // the whole import refuses it too
    expect((await post(liar)).error?.code).toMatch(/^(FILE_EXPANDS_TOO_MUCH|CELL_TOO_LONG)$/);
  });

  it('refuses a 250 000-row file at the row limit, quickly', async () => {
    function* rows() {
      yield HEADER_ROW;
      for (let n = 5; n < 250_005; n++) yield `<row r="${n}"><c r="A${n}"><v>${n}</v></c></row>`;
    }
    const big = await xlsxOf(rows());
    const cpu = process.cpuUsage();
    const { result, ms } = await peakMemory(() => post(big));
    const used = process.cpuUsage(cpu);
    console.info(
      `[ratings 250k rows] ${(big.length / 1024 / 1024).toFixed(1)} MB file, refused in ${ms.toFixed(0)} ms (${((used.user + used.system) / 1000).toFixed(0)} ms CPU)`,
    );
    expect(result.status).toBe(413);
    expect(result.error).toMatchObject({
      code: 'TOO_MANY_ROWS',
      message: expect.stringMatching(
        /^Tệp quá lớn: trang tính có hơn 5\.000 dòng có dữ liệu \(tối đa 5\.000\)/,
      ),
    });
    expect((used.user + used.system) / 1000).toBeLessThan(3000);
  });

  it('does not count rows that carry only formatting (a column formatted down to row 20 000)', async () => {
    const person = people[0] as { id: string; fullName: string };
    function* rows() {
      yield HEADER_ROW;
      yield rowXml(5, [person.id, person.fullName, null, null, 2025, 'HTNV']);
      for (let n = 6; n < 20_000; n++) yield `<row r="${n}"><c r="F${n}" s="2"/></row>`;
    }
    const res = await post(await xlsxOf(rows()));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 1, imported: 1 });
  });

  it('refuses data beyond the column limit', async () => {
    const wide = await xlsxOf([
      HEADER_ROW,
      `<row r="5"><c r="A5" t="inlineStr"><is><t>a</t></is></c><c r="AF5"><v>1</v></c></row>`,
    ]);
    const res = await post(wide);
    expect(res.status).toBe(413);
    expect(res.error).toMatchObject({
      code: 'TOO_MANY_COLUMNS',
      message: 'Tệp có dữ liệu ở cột thứ 32 (tối đa 30 cột). Hãy dùng tệp mẫu tải từ phần mềm.',
    });
  });

  it('summarises a long error list: the first 100 errors and counts by kind', async () => {
    function* rows() {
      yield HEADER_ROW;
      for (let n = 5; n < 305; n++)
        yield rowXml(n, [`khong-co-${n}`, 'Nguyễn Văn Lạ', null, null, 2025, 'HTNV']);
      for (let n = 305; n < 355; n++)
        yield rowXml(n, [people[0]?.id ?? '', people[0]?.fullName ?? '', null, null, 2025, 'Giỏi']);
    }
    const res = await post(await xlsxOf(rows()));
    expect(res.status).toBe(422);
    expect(res.error?.code).toBe('IMPORT_HAS_ERRORS');
    expect((res.error?.details as { rejected: unknown[] } | undefined)?.rejected).toHaveLength(ERRORS_SHOWN);
    // 300 unknown codes; 50 rows of one person: a bad rating each, and the same person 49 times more
    expect(res.error?.details).toMatchObject({
      rejectedTotal: 399,
      rejectedByField: { personCode: 349, rating: 50 },
      rows: 350,
    });
    expect(res.error?.message).toBe(
      'Tệp có 350/350 dòng lỗi, chưa nhập dòng nào. Sửa các dòng lỗi rồi nhập lại, hoặc chọn chỉ nhập các dòng đúng.',
    );
    expect(JSON.stringify(res.error).length).toBeLessThan(20_000);
  });

  it('keeps serving other requests while a 5 000-row import runs', async () => {
    const person = people[0] as { id: string; fullName: string };
    function* rows() {
      yield HEADER_ROW;
      for (let n = 5; n < 5000; n++)
        yield rowXml(n, [person.id, person.fullName, null, null, 2025, 'Hoàn thành nhiệm vụ']);
    }
    const file = await xlsxOf(rows());
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const importing = post(file, 'clean-rows-only');
    await new Promise((r) => setTimeout(r, 20));
    const started = performance.now();
    const other = await officer.get('/api/auth/me');
    const otherMs = performance.now() - started;
    const done = await importing;
    loop.disable();
    console.info(
      `[ratings 5k rows] other request answered in ${otherMs.toFixed(0)} ms; longest event-loop stall ${(loop.max / 1e6).toFixed(0)} ms`,
    );
    expect(other.status).toBe(200);
    expect(done.status).toBe(200);
    expect(loop.max / 1e6).toBeLessThan(1000);
  });

  it('runs one import per commune at a time (429 for the next), two on the server', async () => {
    let release = () => {};
    const held = withImportSlot(
      'xa-a',
      () =>
        new Promise<void>((r) => {
          release = r;
        }),
    );
    await expect(withImportSlot('xa-a', async () => 1)).rejects.toMatchObject({
      status: 429,
      code: 'IMPORT_BUSY',
    });
    const heldB = withImportSlot('xa-b', () => new Promise<void>((r) => setTimeout(r, 20)));
    await expect(withImportSlot('xa-c', async () => 1)).rejects.toMatchObject({
      status: 429,
      message: expect.stringContaining('thử lại sau'),
    });
    release();
    await Promise.all([held, heldB]);
    await expect(withImportSlot('xa-a', async () => 1)).resolves.toBe(1);
  });
});
