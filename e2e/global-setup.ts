import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    /** Session tokens of the demo accounts, each signed in once for the whole run (see `pageAs`, `apiAs`). */
    sessions: Record<string, string>;
  }
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

let server: ChildProcess | undefined;
let dataDir = '';

/** Start the real server (built UI + API) on a fresh SQLite database in a temp dir. */
export async function setup(project: TestProject) {
  if (!fs.existsSync(path.resolve('dist/web/index.html')))
    throw new Error('Build the UI first: npx vite build');
  const port = await freePort();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn('npx', ['tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      SEED_DEMO: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    // Its own process group, so teardown stops npx and the tsx/node server under it together.
    detached: true,
  });
  // A busy machine (other builds and tests running) can take a while to start tsx and migrate.
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const r = await fetch(`${baseUrl}/api/auth/me`);
      if (r.status === 401) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 300));
  }
  project.provide('baseUrl', baseUrl);
  project.provide('dataDir', dataDir);
  project.provide('sessions', await signInDemoAccounts(baseUrl));
}

/**
 * The demo accounts the tests act as, signed in once: the tests reuse these sessions instead of signing in
 * again and again (the server allows 60 sign-ins a minute from one address). `hoinongdan` is left out:
 * accounts.e2e.ts resets its password, which ends its sessions.
 */
export const SIGNED_IN = ['admin', 'canbo', 'chutich', 'hoidong1', 'hoidong2', 'hoidong3', 'truongth', 'xem'];

async function signInDemoAccounts(baseUrl: string): Promise<Record<string, string>> {
  const sessions: Record<string, string> = {};
  for (const username of SIGNED_IN) {
    const r = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ username, password: 'thidua2024' }),
    });
    const token = /td_session=([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1];
    if (r.status !== 200 || !token)
      throw new Error(`cannot sign in ${username}: ${r.status} ${await r.text()}`);
    sessions[username] = token;
  }
  return sessions;
}

export async function teardown() {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
