import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Transaction } from 'kysely';
import type { Clock } from '../clock';
import { isoNow } from '../clock';
import type { DbHandle } from '../db/connect';
import { latestMigrationName, migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import {
  ARCHIVE_FORMAT_VERSION,
  ArchiveError,
  type ArchiveHeader,
  type Manifest,
  type RowValue,
  readArchive,
} from './archive-format';
import { anyDb, forColumn, tableColumns } from './commune-rows';
import { GLOBAL_UNIQUE, MOVED_TABLES, type MovedTable } from './commune-tables';
import { attachmentFile, keyParts, MoveError } from './move-files';

export interface ImportOptions {
  file: string;
  keysDir: string;
  filesDir: string;
  clock: Clock;
}

export interface ImportSummary {
  tenant: ArchiveHeader['tenant'];
  tables: Record<string, number>;
  files: number;
  keys: number;
}

const BY_NAME = new Map(MOVED_TABLES.map((t) => [t.table, t]));

/** What the first pass learns: the manifest (checked against every part) and the values that must not clash. */
interface Checked {
  manifest: Manifest;
  unique: Map<string, Set<string>>;
}

/**
 * Pass 1, nothing written: read the whole archive, recompute each part's sha256 and count, compare with the
 * manifest (a damaged, cut or edited archive is refused), and collect the values that are unique across
 * every commune of a server (unit codes, user names, certificate codes).
 */
async function check(file: string): Promise<Checked> {
  const seen: { name: string; hash: Hash; rows: number; bytes: number }[] = [];
  const unique = new Map(GLOBAL_UNIQUE.map((u) => [`${u.table}.${u.column}`, new Set<string>()]));
  let header: ArchiveHeader | null = null;
  let manifest: Manifest | null = null;
  let uniqueAt: { key: string; index: number }[] = [];
  for await (const ev of readArchive(file)) {
    const cur = seen.at(-1);
    switch (ev.kind) {
      case 'header':
        header = ev.header;
        if (header.formatVersion !== ARCHIVE_FORMAT_VERSION)
          throw new MoveError(
            `Bản lưu theo định dạng phiên bản ${header.formatVersion}; phần mềm này đọc phiên bản ${ARCHIVE_FORMAT_VERSION}.`,
          );
        checkLevel(header.schemaLevel); // before its tables are read: a newer version may have new ones
        break;
      case 'rows':
        if (!BY_NAME.has(ev.table)) throw new MoveError(`Bản lưu có bảng lạ: ${ev.table}.`);
        seen.push({ name: `rows/${ev.table}`, hash: createHash('sha256'), rows: 0, bytes: 0 });
        uniqueAt = GLOBAL_UNIQUE.filter((u) => u.table === ev.table).map((u) => ({
          key: `${u.table}.${u.column}`,
          index: ev.columns.indexOf(u.column),
        }));
        break;
      case 'row':
        if (!cur?.name.startsWith('rows/')) throw new ArchiveError('Bản lưu hỏng: dòng dữ liệu ngoài bảng.');
        cur.hash.update(`${ev.line}\n`);
        cur.rows++;
        for (const u of uniqueAt) {
          const v = ev.values[u.index];
          if (v !== null && v !== undefined) unique.get(u.key)?.add(String(v));
        }
        break;
      case 'file':
        seen.push({ name: `file/${ev.name}`, hash: createHash('sha256'), rows: 0, bytes: 0 });
        uniqueAt = [];
        break;
      case 'bytes':
        if (!cur?.name.startsWith('file/')) throw new ArchiveError('Bản lưu hỏng: dữ liệu tệp ngoài tệp.');
        cur.hash.update(ev.bytes);
        cur.bytes += ev.bytes.length;
        break;
      case 'manifest':
        manifest = ev.manifest;
        break;
    }
  }
  if (!header || !manifest)
    throw new MoveError('Bản lưu bị cắt cụt (không có bảng kê ở cuối tệp); hãy xuất lại.');
  const listed = new Map(manifest.parts.map((p) => [p.name, p]));
  if (listed.size !== seen.length)
    throw new MoveError('Bảng kê của bản lưu không khớp các phần trong tệp; hãy xuất lại.');
  for (const s of seen) {
    const p = listed.get(s.name);
    const count = s.name.startsWith('rows/') ? p?.rows : p?.bytes;
    const actual = s.name.startsWith('rows/') ? s.rows : s.bytes;
    if (!p || p.sha256 !== s.hash.digest('hex') || count !== actual)
      throw new MoveError(
        `Mã kiểm tra (sha256) của phần ${s.name} không khớp bảng kê: bản lưu đã bị sửa hoặc hỏng. Không ghi gì.`,
      );
  }
  return { manifest, unique };
}

/** The archive must come from the same schema level as this server's code. */
function checkLevel(level: string): void {
  const server = latestMigrationName();
  if (level > server)
    throw new MoveError(
      `Bản lưu được tạo bởi phiên bản mới hơn máy chủ này (lược đồ ${level}, máy chủ ${server}). Hãy cập nhật phần mềm trên máy chủ trước. Không ghi gì.`,
    );
  if (level < server)
    throw new MoveError(
      `Bản lưu được tạo bởi phiên bản cũ hơn máy chủ này (lược đồ ${level}, máy chủ ${server}). Hãy cập nhật phần mềm trên máy cũ, khởi động một lần, rồi xuất lại. Không ghi gì.`,
    );
}

/** Refusals that need the target database: the commune already there, a newer or older schema, clashes. */
async function checkTarget(handle: DbHandle, c: Checked, keysDir: string): Promise<void> {
  const { manifest } = c;
  checkLevel(manifest.schemaLevel);
  const t = manifest.tenant;
  const there = await handle.db
    .selectFrom('organisations')
    .select(['id', 'code', 'name'])
    .where((eb) => eb.or([eb('id', '=', t.id), eb('tenant_id', '=', t.id), eb('code', '=', t.code)]))
    .executeTakeFirst();
  const users = await handle.db
    .selectFrom('users')
    .select('id')
    .where('tenant_id', '=', t.id)
    .executeTakeFirst();
  if (there || users)
    throw new MoveError(
      `${t.name} (mã ${t.code}) đã có trên máy chủ này${there && there.id !== t.id ? ` (trùng mã với ${there.name})` : ''}. Không ghi gì.`,
    );
  for (const u of GLOBAL_UNIQUE) {
    const values = [...(c.unique.get(`${u.table}.${u.column}`) ?? [])];
    for (let i = 0; i < values.length; i += 500) {
      const clash = await anyDb(handle.db)
        .selectFrom(u.table)
        .select(u.column)
        .where(u.column, 'in', values.slice(i, i + 500))
        .limit(5)
        .execute();
      if (clash.length)
        throw new MoveError(
          `Máy chủ đã có ${u.what} ${clash.map((r) => String(r[u.column])).join(', ')} của một xã khác. Hãy đổi trên máy cũ rồi xuất lại. Không ghi gì.`,
        );
    }
  }
  const [signing] = keyParts(keysDir, t.id);
  if (signing && fs.existsSync(signing.file))
    throw new MoveError(
      `Thư mục khóa của máy chủ đã có tệp khóa ký số của xã này (${signing.file}). Hãy kiểm tra trước khi nhập. Không ghi gì.`,
    );
}

/** Insert one table's rows, converting each value to the target column's type. */
async function insertRows(
  trx: Transaction<Database>,
  t: MovedTable,
  columns: string[],
  types: Map<string, string>,
  rows: RowValue[][],
): Promise<void> {
  if (!rows.length) return;
  const keep = columns.filter((c) => c !== t.renumbered);
  for (const c of keep)
    if (!types.has(c)) throw new MoveError(`Cột ${t.table}.${c} của bản lưu không có trên máy chủ này.`);
  const values = rows.map((r) =>
    Object.fromEntries(
      keep.map((c) => {
        const v = (r[columns.indexOf(c)] ?? null) as RowValue;
        return [c, c === t.selfRef ? null : forColumn(types.get(c) ?? 'text', v)];
      }),
    ),
  );
  const q = anyDb(trx as never)
    .insertInto(t.table)
    .values(values);
  if (t.scope.kind === 'reference') await q.onConflict((oc) => oc.doNothing()).execute();
  else await q.execute();
}

const BATCH = 400;

/**
 * Import one commune from an archive into the configured database (migrated first). Everything is
 * checked before anything is written; the rows go in in one transaction, in the order of the archive
 * (foreign keys first); the files and key files are written inside it (a failure rolls the rows back and
 * removes the key files written).
 */
export async function importCommune(handle: DbHandle, opts: ImportOptions): Promise<ImportSummary> {
  if (!fs.existsSync(opts.file)) throw new MoveError(`Không tìm thấy tệp ${opts.file}.`);
  await migrateToLatest(handle.db);
  let checked: Checked;
  try {
    checked = await check(opts.file);
  } catch (e) {
    if (e instanceof ArchiveError) throw new MoveError(e.message);
    throw e;
  }
  await checkTarget(handle, checked, opts.keysDir);
  const { manifest } = checked;
  const types = new Map(
    [...(await tableColumns(handle.db))].map(([t, cols]) => [
      t,
      new Map(cols.map((c) => [c.name, c.dataType])),
    ]),
  );
  const written: string[] = [];
  const summary: ImportSummary = { tenant: manifest.tenant, tables: {}, files: 0, keys: 0 };
  try {
    await handle.db.transaction().execute(async (trx) => {
      let table: MovedTable | null = null;
      let columns: string[] = [];
      let batch: RowValue[][] = [];
      let selfRefs: [string, RowValue][] = [];
      /** The file being restored: written to a temp file chunk by chunk, moved into place at its end. */
      let file: { fd: number; tmp: string; target: string; key: boolean } | null = null;
      const flush = async () => {
        if (table) await insertRows(trx, table, columns, types.get(table.table) ?? new Map(), batch);
        batch = [];
      };
      const endTable = async () => {
        await flush();
        if (table?.selfRef) {
          for (const [id, ref] of selfRefs)
            await anyDb(trx as never)
              .updateTable(table.table)
              .set({ [table.selfRef]: ref })
              .where('id', '=', id)
              .execute();
        }
        selfRefs = [];
        table = null;
      };
      const endFile = () => {
        const f = file;
        if (!f) return;
        fs.fsyncSync(f.fd);
        fs.closeSync(f.fd);
        if (f.key) {
          // never replaces a key file (checked absent before; a race leaves the other one in place)
          fs.linkSync(f.tmp, f.target);
          written.push(f.target);
          summary.keys++;
        } else {
          if (!fs.existsSync(f.target)) fs.renameSync(f.tmp, f.target);
          summary.files++;
        }
        fs.rmSync(f.tmp, { force: true });
        file = null;
      };
      const startFile = (name: string) => {
        let target: string | null;
        let key = false;
        if (name.startsWith('attachments/')) {
          target = attachmentFile(opts.filesDir, name.slice('attachments/'.length));
          if (!target) throw new MoveError(`Tên tệp đính kèm không hợp lệ: ${name}.`);
          fs.mkdirSync(path.dirname(target), { recursive: true });
        } else {
          target = keyParts(opts.keysDir, manifest.tenant.id).find((k) => k.part === name)?.file ?? null;
          if (!target) throw new MoveError(`Bản lưu có tệp lạ: ${name}.`);
          fs.mkdirSync(opts.keysDir, { recursive: true, mode: 0o700 });
          key = true;
        }
        const tmp = `${target}.${process.pid}.import.tmp`;
        file = { fd: fs.openSync(tmp, 'w', 0o600), tmp, target, key };
      };
      for await (const ev of readArchive(opts.file)) {
        if (ev.kind === 'rows') {
          await endTable();
          endFile();
          table = BY_NAME.get(ev.table) ?? null;
          columns = ev.columns;
          summary.tables[ev.table] = 0;
        } else if (ev.kind === 'row' && table) {
          const t: MovedTable = table;
          if (t.selfRef) {
            const ref = ev.values[columns.indexOf(t.selfRef)] ?? null;
            if (ref !== null) selfRefs.push([String(ev.values[columns.indexOf('id')]), ref]);
          }
          batch.push(ev.values);
          summary.tables[t.table] = (summary.tables[t.table] ?? 0) + 1;
          if (batch.length >= BATCH) await flush();
        } else if (ev.kind === 'file') {
          await endTable();
          endFile();
          startFile(ev.name);
        } else if (ev.kind === 'bytes' && file) {
          fs.writeSync((file as { fd: number }).fd, ev.bytes);
        } else if (ev.kind === 'manifest') {
          await endTable();
          endFile();
        }
      }
      const now = isoNow(opts.clock);
      await trx
        .insertInto('instance_settings')
        .values({ key: 'setup_done', value: now, updated_at: now })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    });
  } catch (e) {
    for (const f of written) fs.rmSync(f, { force: true });
    throw e;
  }
  return summary;
}
