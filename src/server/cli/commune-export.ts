/**
 * `npm run commune:export -- --out xa-hoa-binh.thidua.gz [--tenant XA-HOA-BINH]`
 * Writes one commune of the configured database (DATABASE_URL, or the SQLite file under DATA_DIR) to one
 * archive file: its rows, its attachments' bytes and its signing key (docs/MOVING.md). Changes nothing.
 */
import { parseArgs } from 'node:util';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { openDb } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { exportCommune } from '../moving/commune-export';
import { filesDirOf, MoveError } from '../moving/move-files';

const USAGE = `Dùng / usage:
  npm run commune:export -- --out <tệp bản lưu> [--tenant <mã xã>]
  (--tenant chỉ cần khi cơ sở dữ liệu có nhiều xã / only needed when the database holds several communes)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      tenant: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.out) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const handle = openDb({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    await migrateToLatest(handle.db);
    const m = await exportCommune(handle, {
      out: values.out,
      tenantCode: values.tenant,
      keysDir: config.keysDir,
      filesDir: filesDirOf(config),
      clock: systemClock,
    });
    const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
    const files = m.parts.filter((p) => p.name.startsWith('file/attachments/')).length;
    const keys = m.parts.filter((p) => p.name.startsWith('file/keys/')).length;
    console.log(`Đã xuất ${m.tenant.name} (mã ${m.tenant.code}) từ ${handle.location} vào ${values.out}:`);
    console.log(`  ${rows} dòng dữ liệu, ${files} tệp đính kèm, ${keys} tệp khóa; lược đồ ${m.schemaLevel}.`);
    if (m.missingFiles.length)
      console.log(
        `  Cảnh báo: ${m.missingFiles.length} tệp đính kèm không có trên máy này (dòng vẫn được chuyển): ${m.missingFiles.join(', ')}`,
      );
    if (keys === 0 && (m.tables.commune_keys ?? 0) > 0)
      console.log(
        '  Cảnh báo: không thấy tệp khóa ký số của xã; giấy khen đã cấp sẽ không xác minh được ở máy mới.',
      );
    if (keys > 0)
      console.log(
        'Bản lưu chứa khóa ký số của xã: giữ kín, xóa sau khi nhập xong. / The archive holds the signing key: keep it private.',
      );
  } catch (e) {
    console.error(`Lỗi: ${e instanceof MoveError ? e.message : String(e)}`);
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

void main();
