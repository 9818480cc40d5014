import fs from 'node:fs';
import path from 'node:path';
import { type Clock, isoNow } from '../clock';
import type { DbHandle } from '../db/connect';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type ArchiveHeader,
  type ArchiveTenant,
  ArchiveWriter,
  type Manifest,
} from './archive-format';
import { communeRows, portable, tableColumns } from './commune-rows';
import { MOVED_TABLES } from './commune-tables';
import { attachmentFile, keyParts, MoveError } from './move-files';

export interface ExportOptions {
  out: string;
  /** the commune's code (organisations.code); may be left out when the database holds one commune */
  tenantCode?: string | undefined;
  keysDir: string;
  filesDir: string;
  clock: Clock;
}

/** The communes of a database: organisations that are their own tenant. */
export async function communesOf(handle: DbHandle): Promise<ArchiveTenant[]> {
  return handle.db
    .selectFrom('organisations')
    .select(['id', 'code', 'name'])
    .whereRef('id', '=', 'tenant_id')
    .orderBy('code')
    .execute();
}

async function pickCommune(handle: DbHandle, code: string | undefined): Promise<ArchiveTenant> {
  const all = await communesOf(handle);
  if (code) {
    const found = all.find((c) => c.code.toUpperCase() === code.trim().toUpperCase());
    if (!found)
      throw new MoveError(
        `Không có xã mã ${code} trong cơ sở dữ liệu này. Các xã có: ${all.map((c) => c.code).join(', ') || '(không có)'}.`,
      );
    return found;
  }
  const [only, ...more] = all;
  if (!only) throw new MoveError('Cơ sở dữ liệu chưa có xã nào để xuất.');
  if (more.length)
    throw new MoveError(
      `Cơ sở dữ liệu có ${all.length} xã; hãy chọn một bằng --tenant <mã xã>: ${all.map((c) => c.code).join(', ')}.`,
    );
  return only;
}

/** The newest migration applied to this database. */
export async function schemaLevelOf(handle: DbHandle): Promise<string> {
  const rows = await handle.db
    .selectFrom('kysely_migration' as never)
    .select('name' as never)
    .execute();
  return (
    (rows as unknown as { name: string }[])
      .map((r) => r.name)
      .sort()
      .at(-1) ?? ''
  );
}

/**
 * Write one commune to one archive file (archive-format.ts): every row of it, table by table in the order
 * of `MOVED_TABLES`, the attachments' bytes and the signing key files. Refused while a secret ballot of
 * the commune is open (its seal key must not travel; docs/MOVING.md). Nothing is changed in the database.
 */
export async function exportCommune(handle: DbHandle, opts: ExportOptions): Promise<Manifest> {
  const tenant = await pickCommune(handle, opts.tenantCode);
  const open = await handle.db
    .selectFrom('ballots')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .where('status', '=', 'OPEN')
    .execute();
  if (open.length)
    throw new MoveError(
      `${tenant.name} đang có ${open.length} cuộc bỏ phiếu kín chưa kết thúc. Hãy kết thúc bỏ phiếu rồi mới chuyển: khóa niêm phong phiếu không được mang theo.`,
    );
  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    schemaLevel: await schemaLevelOf(handle),
    tenant: { id: tenant.id, code: tenant.code, name: tenant.name },
    createdAt: isoNow(opts.clock),
    sourceEngine: handle.dialect,
  };
  const columnsOf = await tableColumns(handle.db);
  fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  const tmp = `${opts.out}.${process.pid}.tmp`;
  const w = new ArchiveWriter(tmp);
  try {
    await w.header(header);
    const tables: Record<string, number> = {};
    const hashes = new Set<string>();
    for (const t of MOVED_TABLES) {
      const columns = (columnsOf.get(t.table) ?? []).map((c) => c.name);
      if (!columns.length) throw new Error(`Bảng ${t.table} không có trong cơ sở dữ liệu.`);
      await w.beginRows(t.table, columns);
      let n = 0;
      for await (const row of communeRows(handle.db, t, tenant.id)) {
        await w.row(columns.map((c) => portable(t.table, c, row[c])));
        if (t.table === 'attachments') hashes.add(String(row.sha256));
        n++;
      }
      tables[t.table] = n;
    }
    const missingFiles: string[] = [];
    for (const sha of [...hashes].sort()) {
      const file = attachmentFile(opts.filesDir, sha);
      if (file && fs.existsSync(file)) await w.file(`attachments/${sha}`, file);
      else missingFiles.push(sha);
    }
    for (const k of keyParts(opts.keysDir, tenant.id))
      if (fs.existsSync(k.file)) await w.file(k.part, k.file);
    const manifest = await w.finish((parts) => ({ ...header, tables, parts, missingFiles }));
    fs.renameSync(tmp, opts.out);
    return manifest;
  } catch (e) {
    await w.finish((parts) => ({ ...header, tables: {}, parts, missingFiles: [] })).catch(() => undefined);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
