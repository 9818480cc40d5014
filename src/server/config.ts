import path from 'node:path';
import { securityOptionsFromEnv } from './http/security-options';
import { secureCookiesFrom } from './secure-cookies';

/** Settings from the environment; see README ("Cấu hình / Configuration"). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT không hợp lệ: ${env.PORT}`);
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    sqliteFile: path.join(dataDir, 'thidua.sqlite'),
    /** Seal keys of open secret ballots (docs/BALLOT-ANONYMITY.md): outside the database, one directory per server. */
    ballotBoxDir: path.resolve(env.BALLOT_BOX_DIR ?? path.join(dataDir, 'ballot-box')),
    /** the communes' signing keys, outside the database (back them up with it) */
    keysDir: path.resolve(env.KEYS_DIR ?? path.join(dataDir, 'keys')),
    /** Files attached to records, by content hash: `<filesDir>/<first 2 hex>/<sha256>` (back it up with the database). */
    filesDir: path.resolve(env.FILES_DIR ?? path.join(dataDir, 'files')),
    /** The largest file one may attach, in bytes (MAX_UPLOAD_MB, 20 MB by default). */
    maxUploadBytes: uploadLimit(env.MAX_UPLOAD_MB),
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    secureCookies: secureCookiesFrom(env, env.PUBLIC_URL ?? ''),
    /** Demo commune with published passwords: only when asked (`npm start` asks on a non-production tryout). */
    seedDemo: env.SEED_DEMO === '1',
    security: securityOptionsFromEnv(env),
    /** TRUST_PROXY=1 (or a list of proxy addresses) behind a reverse proxy, so limits count real clients. */
    trustProxy: env.TRUST_PROXY === '1' ? true : env.TRUST_PROXY || undefined,
    webDist: path.resolve(env.WEB_DIST ?? 'dist/web'),
  };
}

/** MAX_UPLOAD_MB (whole or decimal megabytes, 0.1–200) in bytes; 20 MB when not set. */
export function uploadLimit(mb: string | undefined): number {
  if (mb === undefined || mb === '') return DEFAULT_MAX_UPLOAD_BYTES;
  const n = Number(mb);
  if (!Number.isFinite(n) || n < 0.1 || n > 200) throw new Error(`MAX_UPLOAD_MB không hợp lệ: ${mb}`);
  return Math.round(n * 1024 * 1024);
}

export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
