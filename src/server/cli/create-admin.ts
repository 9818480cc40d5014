/**
 * `npm run create-admin -- --xa "Xã Hòa Bình" --ten-dang-nhap quantri --ho-ten "Nguyễn Văn A"`
 * First run without a browser: creates the commune and its first administrator (see README). With accounts
 * already there, adds one more administrator (for an operator locked out). Prints a temporary password
 * once; it must be changed at the first login.
 */
import { parseArgs } from 'node:util';
import { createAdministrator } from '../auth/create-admin';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { openDb } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { AppError } from '../http/errors';

const USAGE = `Dùng / usage:
  npm run create-admin -- --xa "Xã Hòa Bình" [--ma-xa 12345] --ten-dang-nhap quantri --ho-ten "Nguyễn Văn A"
  (--xa, --ma-xa chỉ cần khi chưa có tài khoản nào / only needed when there is no account yet)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      xa: { type: 'string' },
      'ma-xa': { type: 'string' },
      'ten-dang-nhap': { type: 'string' },
      'ho-ten': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const username = values['ten-dang-nhap'];
  const displayName = values['ho-ten'];
  if (values.help || !username || !displayName) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const handle = openDb({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    await migrateToLatest(handle.db);
    const r = await createAdministrator(handle.db, systemClock, {
      communeName: values.xa,
      communeCode: values['ma-xa'],
      username,
      displayName,
    });
    console.log(
      r.created === 'setup'
        ? `Đã thiết lập ${values.xa} và quản trị viên đầu tiên.`
        : 'Đã tạo thêm một quản trị viên.',
    );
    console.log(`  Tên đăng nhập: ${username.toLowerCase()}`);
    console.log(`  Mật khẩu tạm:  ${r.password}`);
    console.log(
      'Mật khẩu tạm chỉ hiện một lần; phải đổi ngay khi đăng nhập lần đầu. / Temporary password, shown once; change it at first login.',
    );
  } catch (e) {
    console.error(`Lỗi: ${e instanceof AppError ? e.message : String(e)}`);
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

void main();
