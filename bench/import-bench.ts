/**
 * Import bench: a people file of 10,000 rows and an award-history file of 50,000 rows (written as Excel
 * writes them, with shared strings), imported into a fresh SQLite database through the use case the
 * route's job runs (`runIntake`). Reports time, peak RSS and heap, and the longest event-loop stall,
 * against a floor: a bare streaming read of the same file with the same reader (no checks, no database).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { IntakeKind } from '../src/contract/intake';
import { fixedClock } from '../src/server/clock';
import { openDb } from '../src/server/db/connect';
import { newId } from '../src/server/db/ids';
import { migrateToLatest } from '../src/server/db/migrate';
import { COLUMNS } from '../src/server/intake/intake-columns';
import { runIntake } from '../src/server/intake/intake-commands';
import { INTAKE_FILE_LIMITS } from '../src/server/intake/intake-read';
import { readSheetRows } from '../src/server/ratings/xlsx-rows';
import { ORG_LEVELS } from '../src/server/seed/seed-demo';

type Cell = string | number | null;

/** An .xlsx as Excel writes it (shared strings), streamed so that the generator stays small. */
async function workbook(kind: IntakeKind, rows: Iterable<Cell[]>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(COLUMNS[kind].map((c) => c.header)).commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

const PEOPLE = 10_000;
const AWARDS_EACH = 5;
const UNITS = 20;
const citizenId = (i: number) => {
  const year = 1960 + (i % 40);
  const female = i % 2 === 1;
  return `001${female ? 1 : 0}${String(year % 100).padStart(2, '0')}${String(i).padStart(6, '0')}`;
};

function* peopleRows(): Generator<Cell[]> {
  for (let i = 0; i < PEOPLE; i++) {
    const year = 1960 + (i % 40);
    yield [
      citizenId(i),
      `Nguyễn ${i % 2 ? 'Thị' : 'Văn'} Thử ${i}`,
      `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${year}`,
      i % 2 ? 'Nữ' : 'Nam',
      'Kinh',
      i % 10 === 0 ? 'Trưởng thôn' : 'Giáo viên',
      `B-U${i % UNITS}`,
      i % 3 === 0 ? 'VIEN_CHUC - Viên chức' : 'NONG_DAN - Nông dân',
      i % 3 === 0 ? null : 'x',
      i % 10 === 0 ? 'CAP_TRUONG - Cấp trưởng' : null,
    ];
  }
}

const AWARD_CODES = ['LDTT', 'CSTDCS', 'GK_XA_REGULAR', 'BK_TINH', 'CSTT'];
function* awardRows(): Generator<Cell[]> {
  for (let i = 0; i < PEOPLE; i++) {
    for (let k = 0; k < AWARDS_EACH; k++) {
      const year = 2015 + k * 2;
      yield [
        citizenId(i),
        null,
        AWARD_CODES[k] as string,
        k === 3 ? 'TINH - Cấp tỉnh' : 'XA - Cấp xã',
        k === 3 ? 'UBND tỉnh' : 'UBND xã Thử Tải',
        `${(i % 900) + 1}/QĐ-UBND-${year}`,
        `15/01/${year + 1}`,
        year,
        null,
        i % 7 === 0 ? 'Nhập từ sổ khen thưởng' : null,
      ];
    }
  }
}

/** Peak RSS and heap while `f` runs (sampled every 10 ms), its time, and the longest event-loop stall. */
async function measured<T>(f: () => Promise<T>) {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 10);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const t = performance.now();
  const result = await f();
  const ms = performance.now() - t;
  loop.disable();
  clearInterval(sample);
  const m = process.memoryUsage();
  rss = Math.max(rss, m.rss);
  heap = Math.max(heap, m.heapUsed);
  const mb = (b: number) => b / 1024 / 1024;
  return {
    result,
    ms,
    rssPeakMb: mb(rss),
    heapPeakMb: mb(heap),
    heapGrowthMb: mb(heap - base.heapUsed),
    stallMs: loop.max / 1e6,
  };
}

async function bareRead(file: Buffer): Promise<number> {
  let cells = 0;
  for await (const r of readSheetRows(file, INTAKE_FILE_LIMITS)) cells += r.cells.size;
  return cells;
}

export async function runImportBench(): Promise<Record<string, number | string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-import-bench-'));
  const h = openDb({ sqliteFile: path.join(dir, 'bench.sqlite') });
  try {
    await migrateToLatest(h.db);
    const clock = fixedClock('2026-03-01T02:00:00Z');
    const now = clock.now().toISOString();
    const tenantId = newId();
    await h.db
      .insertInto('org_levels')
      .values(ORG_LEVELS)
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const org = (id: string, code: string, name: string, parent: string | null) => ({
      id,
      tenant_id: tenantId,
      parent_id: parent,
      level: parent ? 'DON_VI' : 'XA',
      kind: parent ? ('THON' as const) : ('XA' as const),
      code,
      name,
      short_name: null,
      search_text: name.toLowerCase(),
      member_count: null,
      active_from: null,
      active_to: null,
      created_at: now,
    });
    await h.db
      .insertInto('organisations')
      .values(org(tenantId, 'B-XA', 'Xã Thử Tải', null))
      .execute();
    await h.db
      .insertInto('organisations')
      .values(Array.from({ length: UNITS }, (_, i) => org(newId(), `B-U${i}`, `Thôn ${i}`, tenantId)))
      .execute();
    const user = {
      id: newId(),
      tenantId,
      username: 'canbo',
      displayName: 'Cán bộ thử tải',
      role: 'CAN_BO_TDKT' as const,
      unitId: null,
    };
    const actor = { id: null, displayName: user.displayName, tenantId };

    const tg = performance.now();
    const peopleFile = await workbook('people', peopleRows());
    const awardsFile = await workbook('awards', awardRows());
    const genMs = performance.now() - tg;

    const out: Record<string, number | string> = { 'generate both files (ms)': Math.round(genMs) };
    for (const [kind, file, rows] of [
      ['people', peopleFile, PEOPLE],
      ['awards', awardsFile, PEOPLE * AWARDS_EACH],
    ] as const) {
      const floor = await measured(() => bareRead(file));
      const run = await measured(() =>
        runIntake(h.db, clock, user, actor, { kind, file, fileName: `${kind}.xlsx`, mode: 'all-or-nothing' }),
      );
      if (run.result.state !== 'DONE' || run.result.report.created !== rows)
        throw new Error(
          `${kind}: ${run.result.state} ${JSON.stringify(run.result.report)} ${JSON.stringify(run.result.errors.slice(0, 3))}`,
        );
      const again = await measured(() =>
        runIntake(h.db, clock, user, actor, { kind, file, fileName: `${kind}.xlsx`, mode: 'all-or-nothing' }),
      );
      if (again.result.report.updated !== rows)
        throw new Error(`${kind}: re-import did not update every row`);
      const k = `${kind} ${rows.toLocaleString('en-US')} rows`;
      out[`${k}: file (KB)`] = Math.round(file.length / 1024);
      out[`${k}: bare read (ms)`] = Math.round(floor.ms);
      out[`${k}: import (ms)`] = Math.round(run.ms);
      out[`${k}: re-import, all updates (ms)`] = Math.round(again.ms);
      out[`${k}: rows/s`] = Math.round(rows / (run.ms / 1000)).toLocaleString('en-US');
      out[`${k}: ratio to bare read (time)`] = (floor.ms / run.ms).toFixed(3);
      out[`${k}: peak RSS bare / import (MB)`] =
        `${floor.rssPeakMb.toFixed(0)} / ${run.rssPeakMb.toFixed(0)}`;
      out[`${k}: heap growth bare / import (MB)`] =
        `${floor.heapGrowthMb.toFixed(0)} / ${run.heapGrowthMb.toFixed(0)}`;
      out[`${k}: longest event-loop stall (ms)`] = run.stallMs.toFixed(0);
    }
    return out;
  } finally {
    await h.db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
