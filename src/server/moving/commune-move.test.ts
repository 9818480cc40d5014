/**
 * Moving a commune from its laptop to the province's server: a commune built with the test world (people,
 * proposals through decision and award, a council meeting with a closed secret ballot, a typical example,
 * history rows of migration 0015, an attachment's bytes, the signing key) is exported to one archive,
 * imported into a fresh SQLite database and a fresh PostgreSQL database, and compared table by table;
 * then the imported commune works (its officer signs in, reads a proposal, a certificate verifies).
 * The refusals write nothing. The world's own engine is the source (SQLite with `npx vitest`, PostgreSQL
 * with `node scripts/test-pg.mjs`).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificatesApi } from '../../contract/certificates';
import { councilApi } from '../../contract/council';
import { proposalsApi } from '../../contract/proposals';
import { fixedClock } from '../clock';
import { type DbHandle, openDb } from '../db/connect';
import { newId } from '../db/ids';
import { migrateToLatest } from '../db/migrate';
import { buildApp } from '../http/app';
import { client, TEST_ORIGIN } from '../http/test-app';
import { startWorld, WORLD_PASSWORD, type World } from '../testing/test-world';
import { readArchive } from './archive-format';
import { exportCommune } from './commune-export';
import { importCommune } from './commune-import';
import { communeRows } from './commune-rows';
import { MOVED_TABLES } from './commune-tables';
import { MoveError } from './move-files';

const clock = fixedClock('2026-03-01T02:00:00Z');
const PG_ADMIN = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}
const pgUp = await pgReachable();
if (!pgUp)
  console.warn(
    `commune-move.test: PostgreSQL không truy cập được tại ${PG_ADMIN} — bỏ qua phần nhập vào PostgreSQL / PostgreSQL unreachable, skipping the PostgreSQL target`,
  );

interface Target {
  handle: DbHandle;
  dir: string;
  keysDir: string;
  filesDir: string;
  close(): Promise<void>;
}

const tmpDirs: string[] = [];
const tmp = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tmpDirs.push(d);
  return d;
};

/** A fresh SQLite server: its own data folder (database file, keys, files). */
function sqliteTarget(): Target {
  const dir = tmp('thidua-move-sqlite-');
  const handle = openDb({ sqliteFile: path.join(dir, 'thidua.sqlite') });
  return {
    handle,
    dir,
    keysDir: path.join(dir, 'keys'),
    filesDir: path.join(dir, 'files'),
    close: () => handle.close(),
  };
}

/** A fresh PostgreSQL database, as `scripts/test-pg.mjs` makes one, dropped at the end. */
async function pgTarget(): Promise<Target> {
  const name = `thidua_move_${Date.now()}_${Math.random().toString(36).slice(2, 6)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  const handle = openDb({ databaseUrl: url.toString() });
  const dir = tmp('thidua-move-pg-');
  return {
    handle,
    dir,
    keysDir: path.join(dir, 'keys'),
    filesDir: path.join(dir, 'files'),
    close: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

let w: World;
let srcFiles: string;
let archive: string;
let decided: { id: string; verifyCode: string };
const attachmentBytes = Buffer.from('Bản chụp quyết định khen thưởng năm 2019 — thử nghiệm chuyển xã.\n');
const attachmentSha = createHash('sha256').update(attachmentBytes).digest('hex');
const targets: Target[] = [];

/** History rows of migration 0015 (no route writes them yet): inserted directly. */
async function historyRows(personId: string): Promise<void> {
  const db = w.t.handle.db;
  const now = '2026-02-20T03:00:00.000Z';
  const householdId = newId();
  await db
    .insertInto('households')
    .values({
      id: householdId,
      tenant_id: w.tenantId,
      unit_id: w.units.village,
      head_name: 'Lê Văn Hộ',
      address: 'Xóm Đông',
      search_text: 'le van ho',
      created_at: now,
    })
    .execute();
  // the first-run setup wrote a default profile: replace it with one whose every column is set
  await db.deleteFrom('commune_profiles').where('tenant_id', '=', w.tenantId).execute();
  await db
    .insertInto('commune_profiles')
    .values({
      tenant_id: w.tenantId,
      agency_name: 'UBND xã Thử Nghiệm',
      parent_agency_name: 'UBND tỉnh Thử',
      place_name: 'Thử Nghiệm',
      province_name: 'Tỉnh Thử',
      address: null,
      phone: '0200 123 456',
      email: null,
      chairman_name: 'Chủ Tịch Thử Nghiệm',
      chairman_title: 'Chủ tịch',
      updated_at: now,
    })
    .execute();
  const historyId = newId();
  await db
    .insertInto('award_history')
    .values({
      id: historyId,
      tenant_id: w.tenantId,
      subject_kind: 'INDIVIDUAL',
      person_id: personId,
      subject_unit_id: null,
      household_id: null,
      award_code: 'GK_CT_XA',
      issuing_level: 'HUYEN',
      issuing_body: 'UBND huyện Thử',
      decision_number: '123/QĐ-UBND',
      decision_date: '2019-12-20',
      year: 2019,
      nature: 'THUONG_XUYEN',
      note: 'Nhập từ sổ cũ',
      source: 'IMPORT',
      created_by: w.ids.officer,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('pending_matters')
    .values({
      id: newId(),
      tenant_id: w.tenantId,
      person_id: personId,
      subject_unit_id: null,
      kind: 'KIEM_TRA',
      since: '2026-01-05',
      closed_on: null,
      note: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('household_contributions')
    .values({
      id: newId(),
      tenant_id: w.tenantId,
      household_id: householdId,
      year: 2025,
      amount: 5_000_000,
      description: 'Hiến đất làm đường',
      created_at: now,
    })
    .execute();
  await db
    .insertInto('household_violations')
    .values({
      id: newId(),
      tenant_id: w.tenantId,
      household_id: householdId,
      person_id: null,
      year: 2024,
      description: 'Vi phạm trật tự xây dựng',
      created_at: now,
    })
    .execute();
  await db
    .insertInto('attachments')
    .values({
      id: newId(),
      tenant_id: w.tenantId,
      owner_kind: 'AWARD_HISTORY',
      owner_id: historyId,
      purpose: 'SIGNED_ORIGINAL',
      sha256: attachmentSha,
      size: attachmentBytes.length,
      mime: 'text/plain',
      original_name: 'quyet-dinh-2019.txt',
      note: null,
      uploaded_by: w.ids.officer,
      created_at: now,
      deleted_at: null,
      deleted_by: null,
      deleted_reason: null,
    })
    .execute();
  const file = path.join(srcFiles, attachmentSha.slice(0, 2), attachmentSha);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, attachmentBytes);
}

const exportTo = (out: string, tenantCode?: string) =>
  exportCommune(w.t.handle, { out, tenantCode, keysDir: w.t.keysDir, filesDir: srcFiles, clock });
const importInto = (t: Target, file = archive) =>
  importCommune(t.handle, { file, keysDir: t.keysDir, filesDir: t.filesDir, clock });

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof MoveError) return e.message;
    throw e;
  }
  throw new Error('not refused');
}

beforeAll(async () => {
  w = await startWorld({ clock });
  srcFiles = path.join(tmp('thidua-move-src-'), 'files');
  const person = await w.person({ fullName: 'Trần Thị Lịch Sử', gender: 'NU' });
  await w.rating(person, 2025, 'HTXSNV');
  await w.initiative(person, 2025);
  const p = await w.proposal({ personId: person, state: 'DECIDED' });
  const award = await w.t.handle.db
    .selectFrom('awards')
    .select('verify_code')
    .where('proposal_id', '=', p.id)
    .executeTakeFirstOrThrow();
  decided = { id: p.id, verifyCode: award.verify_code };
  await w.example({ stage: 'SUMMED_UP' });
  await historyRows(person);
  await w.secondCommune();
}, 60_000);

afterAll(async () => {
  for (const t of targets) await t.close();
  await w?.close();
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('exporting a commune', () => {
  it('is refused while a secret ballot is open, then holds the closed ballot without any key', async () => {
    const forwarded = await w.proposal({ state: 'FORWARDED' });
    const m = await w.officer.api.call(councilApi.createMeeting, {
      body: {
        title: 'Họp Hội đồng',
        meetingDate: '2026-02-25',
        place: 'Hội trường',
        proposalIds: [forwarded.id],
      },
    });
    const params = { id: m.id };
    const members = await w.officer.api.call(councilApi.listMembers, { query: { date: '2026-02-25' } });
    for (const x of members)
      await w.officer.api.call(councilApi.setAttendance, { params, body: { memberId: x.id, present: true } });
    await w.chair.api.call(councilApi.openMeeting, { params });
    const ballot = await w.chair.api.call(councilApi.openBallot, {
      params,
      body: { proposalId: forwarded.id },
    });
    const ballotId = ballot.id;
    const dir = tmp('thidua-move-out-');
    const open = await refusal(exportTo(path.join(dir, 'xa.thidua.gz'), 'X-THUNGHIEM'));
    expect(open).toMatch(/bỏ phiếu kín chưa kết thúc/);
    expect(fs.readdirSync(dir)).toEqual([]);
    const first = members[0];
    if (!first) throw new Error('no council member');
    await w.officer.api.call(councilApi.markPaperVoter, {
      params: { id: ballotId },
      body: { memberId: first.id },
    });
    await w.officer.api.call(councilApi.enterPaperVote, {
      params: { id: ballotId },
      body: { choice: 'DONG_Y' },
    });
    await w.chair.api.call(councilApi.closeBallot, { params: { id: ballotId } });

    // Two communes in this database: the code must be named.
    expect(await refusal(exportTo(path.join(dir, 'x.gz')))).toMatch(/--tenant/);
    archive = path.join(dir, 'xa-thu-nghiem.thidua.gz');
    const manifest = await exportTo(archive, 'x-thunghiem');
    expect(manifest.tenant).toMatchObject({ id: w.tenantId, code: 'X-THUNGHIEM' });
    for (const table of [
      'ballots',
      'ballot_tokens',
      'ballot_votes',
      'meeting_items',
      'awards',
      'award_history',
    ])
      expect(manifest.tables[table], table).toBeGreaterThan(0);
    expect(manifest.missingFiles).toEqual([]);
    const names = manifest.parts.map((p) => p.name);
    expect(names).toContain(`file/attachments/${attachmentSha}`);
    expect(names).toContain('file/keys/signing-key.pem');
    expect(names.filter((n) => /ballot-box|\.key$/.test(n))).toEqual([]);

    // Only this commune's rows; no ballot private key.
    let table = '';
    let columns: string[] = [];
    for await (const ev of readArchive(archive)) {
      if (ev.kind === 'rows') ({ table, columns } = ev);
      if (ev.kind !== 'row') continue;
      const tenantAt = columns.indexOf('tenant_id');
      if (tenantAt >= 0) expect(ev.values[tenantAt], table).toBe(w.tenantId);
      if (table === 'ballots') expect(ev.values[columns.indexOf('key_d')]).toBeNull();
    }
    expect(manifest.tables.ballot_pool).toBe(0);
  }, 60_000);
});

/** Every moved table's rows of the commune, values normalised across engines, as sorted JSON lines. */
async function snapshot(handle: DbHandle): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of MOVED_TABLES) {
    const rows: string[] = [];
    for await (const r of communeRows(handle.db, t, w.tenantId)) {
      const norm = Object.keys(r)
        .filter((k) => k !== t.renumbered)
        .sort()
        .map((k) => {
          const v = r[k];
          if (typeof v === 'number' && !Number.isInteger(v)) return [k, Math.fround(v)];
          return [k, v ?? null];
        });
      rows.push(JSON.stringify(norm));
    }
    out[t.table] = t.renumbered ? rows : rows.sort();
  }
  return out;
}

async function importAndCompare(target: Target) {
  targets.push(target);
  const summary = await importInto(target);
  expect(summary.tenant.id).toBe(w.tenantId);
  expect(summary.files).toBe(1);
  const source = await snapshot(w.t.handle);
  const moved = await snapshot(target.handle);
  for (const t of MOVED_TABLES) expect(moved[t.table], t.table).toEqual(source[t.table]);
  expect(Object.values(source).flat().length).toBeGreaterThan(80);
  const file = path.join(target.filesDir, attachmentSha.slice(0, 2), attachmentSha);
  expect(fs.readFileSync(file)).toEqual(attachmentBytes);
  const key = path.join(target.keysDir, `${w.tenantId}.key.pem`);
  expect(fs.readFileSync(key, 'utf8')).toBe(
    fs.readFileSync(path.join(w.t.keysDir, `${w.tenantId}.key.pem`), 'utf8'),
  );
  expect(fs.statSync(key).mode & 0o777).toBe(0o600);
  // The other commune of the old database did not come along.
  const communes = await target.handle.db
    .selectFrom('organisations')
    .select('id')
    .whereRef('id', '=', 'tenant_id')
    .execute();
  expect(communes.map((c) => c.id)).toEqual([w.tenantId]);
}

/** The moved commune on its new server: the officer signs in, reads a proposal; the certificate verifies. */
async function works(target: Target) {
  const app = await buildApp({
    db: target.handle.db,
    clock,
    config: {
      publicUrl: TEST_ORIGIN,
      secureCookies: false,
      ballotBoxDir: path.join(target.dir, 'ballot-box'),
      keysDir: target.keysDir,
    },
  });
  await app.ready();
  try {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'canbo-tn', password: WORLD_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const officer = client(app, String(res.headers['set-cookie'] ?? '').split(';')[0]);
    const p = await officer.api.call(proposalsApi.getProposal, { params: { id: decided.id } });
    expect(p.status).toBe('DECIDED');
    const v = await client(app).api.call(certificatesApi.verify, { params: { code: decided.verifyCode } });
    expect(v).toMatchObject({ status: 'VALID', signatureValid: true });
  } finally {
    await app.close();
  }
}

describe('importing a commune', () => {
  it('into a fresh SQLite database: every table equal, files and key restored, the commune works', async () => {
    const t = sqliteTarget();
    await importAndCompare(t);
    await works(t);
  }, 60_000);

  it.skipIf(!pgUp)(
    'into a fresh PostgreSQL database: every table equal, files and key restored, the commune works',
    async () => {
      const t = await pgTarget();
      await importAndCompare(t);
      await works(t);
    },
    60_000,
  );

  it('refuses a commune already on the server, writing nothing', async () => {
    const t = targets[0];
    if (!t) throw new Error('no target');
    const before = await t.handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(await refusal(importInto(t))).toMatch(/đã có trên máy chủ này/);
    const after = await t.handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  /** The archive with its lines changed by `edit` (re-compressed). */
  const edited = (name: string, edit: (lines: string[]) => string[]) => {
    const lines = gunzipSync(fs.readFileSync(archive)).toString('utf8').split('\n');
    const out = path.join(path.dirname(archive), name);
    fs.writeFileSync(out, gzipSync(edit(lines).join('\n')));
    return out;
  };

  const nothingWritten = async (t: Target) => {
    expect(await t.handle.db.selectFrom('organisations').select('id').execute()).toEqual([]);
    expect(fs.existsSync(t.keysDir)).toBe(false);
  };

  it('refuses a commune whose user name another commune of the server has, writing nothing', async () => {
    const t = sqliteTarget();
    targets.push(t);
    await migrateToLatest(t.handle.db);
    const other = newId();
    const now = '2026-02-01T00:00:00.000Z';
    await t.handle.db
      .insertInto('org_levels')
      .values({ code: 'XA', name: 'Xã', rank: 3 })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await t.handle.db
      .insertInto('organisations')
      .values({
        id: other,
        tenant_id: other,
        parent_id: null,
        level: 'XA',
        kind: 'XA',
        code: 'XA-KHAC',
        name: 'Xã Khác',
        short_name: null,
        search_text: 'xa khac',
        member_count: null,
        active_from: null,
        active_to: null,
        created_at: now,
      })
      .execute();
    await t.handle.db
      .insertInto('users')
      .values({
        id: newId(),
        tenant_id: other,
        username: 'canbo-tn',
        password_hash: 'x',
        display_name: 'Cán bộ xã khác',
        role: 'CAN_BO_TDKT',
        unit_id: null,
        person_id: null,
        active: 1,
        created_at: now,
      })
      .execute();
    expect(await refusal(importInto(t))).toMatch(/tên đăng nhập canbo-tn/);
    expect(await t.handle.db.selectFrom('organisations').select('id').execute()).toEqual([{ id: other }]);
    expect(fs.existsSync(t.keysDir)).toBe(false);
  });

  it('refuses an archive whose part does not match its checksum, writing nothing', async () => {
    const t = sqliteTarget();
    targets.push(t);
    const file = edited('sua.gz', (lines) =>
      lines.map((l) =>
        l.includes('Trần Thị Lịch Sử') ? l.replace('Trần Thị Lịch Sử', 'Trần Thị Đã Sửa') : l,
      ),
    );
    expect(await refusal(importInto(t, file))).toMatch(/sha256.*rows\/people.*không khớp/);
    await nothingWritten(t);
  });

  it('refuses an archive from a newer version of the schema, and a cut archive, writing nothing', async () => {
    const t = sqliteTarget();
    targets.push(t);
    const newer = edited('moi.gz', (lines) =>
      lines.map((l) => l.replace(/"schemaLevel":"[^"]+"/, '"schemaLevel":"9999-tuong-lai"')),
    );
    expect(await refusal(importInto(t, newer))).toMatch(/phiên bản mới hơn máy chủ/);
    const cut = edited('cut.gz', (lines) => lines.slice(0, Math.floor(lines.length / 2)));
    expect(await refusal(importInto(t, cut))).toMatch(/cắt cụt/);
    const half = path.join(path.dirname(archive), 'half.gz');
    const bytes = fs.readFileSync(archive);
    fs.writeFileSync(half, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await refusal(importInto(t, half))).toMatch(/hỏng/);
    await nothingWritten(t);
  });
});
