/**
 * The real server (built UI + API) on a new SQLite database in a temp dir: the suite's shared one (with the
 * demo commune, `global-setup.ts`) and, for the stories that start from nothing, one of their own on an
 * empty database (the first administrator's setup and everything a real commune enters afterwards).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface FreshServer {
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Start the server on a new database; `demo`: with the demo commune (SEED_DEMO=1), else empty as a production start. */
export async function startServer(opts: { demo: boolean }): Promise<FreshServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), opts.demo ? 'thidua-e2e-' : 'thidua-fresh-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn('npx', ['tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      SEED_DEMO: opts.demo ? '1' : '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    // Its own process group, so stop() ends npx and the tsx/node server under it together.
    detached: true,
  });
  // A busy machine (other builds and tests running) can take a while to start tsx and migrate.
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const r = await fetch(`${baseUrl}/api/public/instance`);
      if (r.status === 200) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    dataDir,
    async stop() {
      if (server.pid) {
        try {
          process.kill(-server.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A server of its own on an empty database (no demo commune). */
export const startFreshServer = () => startServer({ demo: false });
