import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, createApiClient } from '../../contract/client';
import { councilApi } from '../../contract/council';
import { b64ToBig, blind, newToken, unblind } from '../../core/ballot';
import { type DbHandle, openDb } from '../db/connect';
import { daysFromToday } from '../db/test-db';
import { DEMO_PASSWORD } from '../seed/demo-people';

/**
 * A vote the server acknowledged is never lost: a real server process (as `npm start` runs it) is killed
 * with SIGKILL while a ballot is open — with votes acknowledged and others in flight — then restarted; the
 * ballot is closed and every acknowledged vote is counted. Runs on SQLite, and on PostgreSQL (a fresh schema)
 * when DATABASE_URL is set.
 */

/** RFC 9474 Finalize: unblind the server's answer (and check it) into the token's signature. */
function finalize(
  pub: { n: bigint; e: bigint },
  token: string,
  blindSignature: string,
  unblinder: string,
): Promise<string> {
  return unblind(pub, token, blindSignature, unblinder);
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

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-crash-'));
const pgSchema = `crash_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
let databaseUrl = '';
let baseUrl = '';
let server: ChildProcess | undefined;
let db: DbHandle | undefined;

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      SEED_DEMO: '1',
      WEB_DIST: path.join(dataDir, 'no-web'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/auth/me`)).status === 401) return child;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function killHard(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

interface Session {
  cookie: string;
}
async function login(username: string): Promise<Session> {
  const r = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(r.status).toBe(200);
  return { cookie: String(r.headers.get('set-cookie')).split(';')[0] ?? '' };
}
async function call<T>(
  s: Session | null,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const r = await fetch(`${baseUrl}${url}`, {
    method,
    headers: {
      origin: baseUrl,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(s ? { cookie: s.cookie } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: r.status, body: (await r.json()) as T };
}

/** The typed client over HTTP to the real server, with a session or without (the vote). */
function apiOf(s: Session | null): ApiClient {
  return createApiClient(async ({ method, url, body }) => {
    const r = await fetch(`${baseUrl}${url}`, {
      method,
      headers: {
        origin: baseUrl,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(s ? { cookie: s.cookie } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: r.status, header: (n) => r.headers.get(n), text: () => r.text(), blob: () => r.blob() };
  });
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${pgSchema}`);
    await admin.end();
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${pgSchema}`);
    databaseUrl = u.toString();
  }
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = await startServer(port);
  db = url
    ? openDb({ databaseUrl: url, pgSchema })
    : openDb({ sqliteFile: path.join(dataDir, 'thidua.sqlite') });
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) await killHard(server);
  if (db?.dialect === 'postgres') await sql.raw(`DROP SCHEMA ${pgSchema} CASCADE`).execute(db.db);
  await db?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a server killed in the middle of a ballot', () => {
  it('loses no acknowledged vote (SIGKILL, restart, close: every acknowledged vote counted)', async () => {
    if (!db) throw new Error('no database');
    const officer = await login('canbo');
    const chair = await login('chutich');
    const people = (
      await call<{ id: string; unitId: string; fullName: string }[]>(officer, 'GET', '/api/people')
    ).body;
    const nominee = people.find((p) => p.fullName === 'Nguyễn Thị Ngọc Ánh');
    if (!nominee) throw new Error('no nominee');
    const p = await call<{ id: string }>(officer, 'POST', '/api/proposals', {
      unitId: nominee.unitId,
      awardCode: 'CSTDCS',
      subjectKind: 'INDIVIDUAL',
      personId: nominee.id,
      year: 2026,
      achievement: 'Sáng kiến đổi mới phương pháp dạy học được công nhận cấp cơ sở',
    });
    expect(p.status).toBe(201);
    // The law checks are not what this test is about: the fixture marks the proposal forwarded.
    await db.db.updateTable('proposals').set({ status: 'FORWARDED' }).where('id', '=', p.body.id).execute();
    const today = daysFromToday(0);
    const [officerApi, chairApi] = [apiOf(officer), apiOf(chair)];
    const m = await officerApi.call(councilApi.createMeeting, {
      body: {
        title: 'Họp Hội đồng TĐKT (thử mất điện)',
        meetingDate: today,
        place: 'Hội trường',
        proposalIds: [p.body.id],
      },
    });
    const members = await officerApi.call(councilApi.listMembers, { query: { date: today } });
    for (const x of members)
      await officerApi.call(councilApi.setAttendance, {
        params: { id: m.id },
        body: { memberId: x.id, present: true },
      });
    await chairApi.call(councilApi.openMeeting, { params: { id: m.id } });
    const ballot = await chairApi.call(councilApi.openBallot, {
      params: { id: m.id },
      body: { proposalId: p.body.id },
    });
    const params = { id: ballot.id };
    const pub = { n: b64ToBig(ballot.publicKey.n), e: b64ToBig(ballot.publicKey.e) };

    // Tokens first (signed in), then the votes (no cookie).
    const tokens = [];
    for (const username of ['hoidong1', 'hoidong2', 'hoidong3', 'chutich']) {
      const s = username === 'chutich' ? chair : await login(username);
      const token = newToken();
      const { blinded, unblinder } = await blind(pub, token);
      const r = await apiOf(s).call(councilApi.issueToken, { params, body: { blinded } });
      tokens.push({ token, signature: await finalize(pub, token, r.blindSignature, unblinder) });
    }
    const anonymous = apiOf(null);
    const cast = (v: { token: string; signature: string }, choice: 'DONG_Y' | 'KHONG_DONG_Y') =>
      anonymous.call(councilApi.castVote, { params, body: { ...v, choice } });
    const acknowledged: string[] = [];
    for (const [i, v] of tokens.slice(0, 2).entries())
      acknowledged.push((await cast(v, i ? 'KHONG_DONG_Y' : 'DONG_Y')).receipt);
    // A paper ballot handed out and entered.
    const paperMember = members.find((x) => x.userId === null);
    await officerApi.call(councilApi.markPaperVoter, { params, body: { memberId: paperMember?.id ?? '' } });
    await officerApi.call(councilApi.enterPaperVote, { params, body: { choice: 'DONG_Y' } });
    // Two more votes in flight; the server is killed as soon as one of them is acknowledged.
    const inFlight = tokens.slice(2).map((v) =>
      cast(v, 'DONG_Y').then((r) => {
        acknowledged.push(r.receipt);
        return r;
      }),
    );
    await Promise.race(inFlight);
    if (!server) throw new Error('no server');
    await killHard(server);
    await Promise.allSettled(inFlight);
    expect(acknowledged.length).toBeGreaterThanOrEqual(3);
    expect(fs.existsSync(path.join(dataDir, 'ballot-box', `${ballot.id}.key`))).toBe(true);

    server = await startServer(Number(new URL(baseUrl).port));
    const chair2 = apiOf(await login('chutich'));
    const closed = await chair2.call(councilApi.closeBallot, { params });
    expect(closed.receipts).toEqual(expect.arrayContaining(acknowledged));
    // Every acknowledged vote and the paper are counted; at most the one vote whose answer was cut off besides.
    expect(closed.result?.counted).toBeGreaterThanOrEqual(acknowledged.length + 1);
    expect(closed.result?.counted).toBeLessThanOrEqual(tokens.length + 1);
    expect(fs.existsSync(path.join(dataDir, 'ballot-box', `${ballot.id}.key`))).toBe(false);
  }, 180_000);
});
