/**
 * `npm run commune:import -- --in xa-hoa-binh.thidua.gz`
 * Imports one commune's archive into the configured database (typically DATABASE_URL=postgres://…, the
 * province's server): migrates it, checks the archive (checksums, schema level, the commune not already
 * there), then writes every row in one transaction and restores the files and keys (docs/MOVING.md).
 */
import { parseArgs } from 'node:util';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { openDb } from '../db/connect';
import { importCommune } from '../moving/commune-import';
import { filesDirOf, MoveError } from '../moving/move-files';

const USAGE = `Dùng / usage:
  npm run commune:import -- --in <tệp bản lưu>`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { in: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || !values.in) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const handle = openDb({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    const r = await importCommune(handle, {
      file: values.in,
      keysDir: config.keysDir,
      filesDir: filesDirOf(config),
      clock: systemClock,
    });
    const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
    console.log(`Đã nhập ${r.tenant.name} (mã ${r.tenant.code}) vào ${handle.location}:`);
    console.log(`  ${rows} dòng dữ liệu, ${r.files} tệp đính kèm, ${r.keys} tệp khóa.`);
    console.log(
      'Người dùng của xã đăng nhập lại bằng mật khẩu cũ. / The commune’s users sign in with their old passwords.',
    );
  } catch (e) {
    console.error(`Lỗi: ${e instanceof MoveError ? e.message : String(e)}`);
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

void main();
