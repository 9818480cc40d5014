import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connect';

/**
 * The seal keys of open ballots: one file `<dir>/<ballotId>.key` (32 random bytes, mode 0600) per ballot,
 * outside the database, so that neither the database nor its dumps can open the sealed pool. Written and
 * fsynced before the first vote is accepted (an acknowledged vote survives a crash), deleted right after
 * the close has committed (from then on old pool bytes left in free pages, WAL frames or backups are noise).
 */
export const defaultBallotBoxDir = () => path.resolve('data', 'ballot-box');

const keyFile = (dir: string, ballotId: string) => {
  if (!/^[A-Za-z0-9-]{8,64}$/.test(ballotId)) throw new Error('invalid ballot id');
  return path.join(dir, `${ballotId}.key`);
};

function fsyncDir(dir: string) {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function readBallotKey(dir: string, ballotId: string): Buffer | null {
  try {
    const key = fs.readFileSync(keyFile(dir, ballotId));
    if (key.length !== 32) throw new Error(`seal key of ballot ${ballotId} is damaged`);
    return key;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Make the ballot's key durable on disk; if another request made it first, that one is returned. */
export function createBallotKey(dir: string, ballotId: string): Buffer {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = keyFile(dir, ballotId);
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'wx', 0o600);
  const key = randomBytes(32);
  try {
    fs.writeSync(fd, key);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(tmp, target); // atomic, and refuses to replace a key already in use
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  fsyncDir(dir);
  const stored = readBallotKey(dir, ballotId);
  if (!stored) throw new Error('seal key was not written');
  return stored;
}

export function destroyBallotKey(dir: string, ballotId: string): void {
  fs.rmSync(keyFile(dir, ballotId), { force: true });
  if (fs.existsSync(dir)) fsyncDir(dir);
}

/** At startup: delete the keys of ballots that are closed (a crash right after a close) or unknown, and stray temp files. */
export async function sweepBallotKeys(db: Db, dir: string): Promise<string[]> {
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith('.tmp')) {
      fs.rmSync(path.join(dir, name), { force: true });
      continue;
    }
    if (!name.endsWith('.key')) continue;
    const id = name.slice(0, -4);
    const b = await db.selectFrom('ballots').select('status').where('id', '=', id).executeTakeFirst();
    if (b?.status !== 'OPEN') {
      fs.rmSync(path.join(dir, name), { force: true });
      removed.push(id);
    }
  }
  if (removed.length) fsyncDir(dir);
  return removed;
}
