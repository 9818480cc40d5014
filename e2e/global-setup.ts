import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type FreshServer, startServer } from './fresh-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    /** Session tokens of the demo accounts, each signed in once for the whole run (see `pageAs`, `apiAs`). */
    sessions: Record<string, string>;
  }
}

let server: FreshServer | undefined;

/** Start the real server (built UI + API) with the demo commune on a fresh SQLite database in a temp dir. */
export async function setup(project: TestProject) {
  if (!fs.existsSync(path.resolve('dist/web/index.html')))
    throw new Error('Build the UI first: npx vite build');
  server = await startServer({ demo: true });
  const { baseUrl, dataDir } = server;
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
  await server?.stop();
}
