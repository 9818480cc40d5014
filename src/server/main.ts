import path from 'node:path';
import { moveCommuneKeysToFiles } from './certificates/commune-keys';
import { systemClock } from './clock';
import { loadConfig } from './config';
import { openDb } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { buildApp } from './http/app';
import { loggerOptions } from './http/log-options';
import { announceAccounts } from './seed/demo-start';

/** Start Thi Đua: migrate, seed the demo commune only when asked (SEED_DEMO=1), serve UI and API. */
async function main() {
  const config = loadConfig();
  const handle = openDb({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  const applied = await migrateToLatest(handle.db);
  console.log(
    `Cơ sở dữ liệu (${handle.dialect}): ${handle.location}${applied.length ? ` — đã áp dụng ${applied.join(', ')}` : ''}`,
  );
  const moved = await moveCommuneKeysToFiles(handle.db, config.keysDir);
  if (moved)
    console.log(
      `Đã chuyển ${moved} khóa ký số ra khỏi cơ sở dữ liệu vào ${config.keysDir} (hãy sao lưu thư mục này).`,
    );
  await announceAccounts(handle.db, config);
  const app = await buildApp({
    db: handle.db,
    clock: systemClock,
    config: {
      publicUrl: config.publicUrl,
      secureCookies: config.secureCookies,
      webDist: config.webDist,
      ballotBoxDir: config.ballotBoxDir,
      keysDir: config.keysDir,
      filesDir: config.filesDir,
      maxUploadBytes: config.maxUploadBytes,
      logger: loggerOptions(process.env, path.dirname(config.sqliteFile)),
      security: config.security,
      trustProxy: config.trustProxy,
    },
  });
  await app.listen({ port: config.port, host: config.host });
  console.log(`Thi Đua đang chạy tại ${config.publicUrl}`);
  const stop = async () => {
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error('Không khởi động được Thi Đua:', err);
  process.exit(1);
});
