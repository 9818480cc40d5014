/** What the server's features are given: the database, the configuration and the clock. */
import type { Clock } from './clock';
import type { Db } from './db/connect';
import type { SecurityOptions } from './http/security-options';

export interface AppConfig {
  /** Absolute base URL printed on certificates (QR codes). */
  publicUrl: string;
  secureCookies: boolean;
  /** Folder of the communes' signing keys (outside the database; `certificates/key-files.ts`). */
  keysDir: string;
  /** Built web UI to serve (dist/web); omitted in API tests. */
  webDist?: string | undefined;
  logger?: boolean | object;
  /** Directory of the per-ballot seal keys (outside the database); default `data/ballot-box`. */
  ballotBoxDir?: string | undefined;
  /** Folder of attached files (`<filesDir>/<2 hex>/<sha256>`); `data/files` by default. */
  filesDir?: string | undefined;
  /** The largest attached file, in bytes (20 MB by default). */
  maxUploadBytes?: number | undefined;
  /** Login throttling and per-address limits; the defaults when omitted (README, "Bảo mật khi triển khai"). */
  security?: SecurityOptions | undefined;
  /** Behind a reverse proxy: trust its X-Forwarded-For for the client's address (TRUST_PROXY). */
  trustProxy?: boolean | string | undefined;
}

export interface AppDeps {
  db: Db;
  config: AppConfig;
  clock: Clock;
}
