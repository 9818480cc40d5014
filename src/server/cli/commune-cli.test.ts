/**
 * `npm run commune:export` and `npm run commune:import` as an operator runs them: the configuration comes from
 * the environment (DATA_DIR: the SQLite file, keys and files under it). The rows' round trip on both engines
 * is `moving/commune-move.test.ts`; here the commands' wiring, output and exit codes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdministrator } from '../auth/create-admin';
import { fixedClock } from '../clock';
import { openDb } from '../db/connect';
import { migrateToLatest } from '../db/migrate';

const root = path.resolve(__dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-move-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (script: string, args: string[], dataDir: string) => {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL; // the SQLite file under DATA_DIR
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/server/cli/${script}.ts`, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run commune:export / commune:import', () => {
  it('moves a commune from one data folder to another, then refuses it a second time', async () => {
    const laptop = path.join(dir, 'laptop');
    const h = openDb({ sqliteFile: path.join(laptop, 'thidua.sqlite') });
    await migrateToLatest(h.db);
    await createAdministrator(h.db, fixedClock('2026-03-01T02:00:00Z'), {
      communeName: 'Xã Hòa Bình',
      communeCode: 'HOA-BINH',
      username: 'quantri',
      displayName: 'Nguyễn Văn A',
    });
    await h.close();
    const archive = path.join(dir, 'hoa-binh.thidua.gz');

    const usage = run('commune-export', [], laptop);
    expect([usage.code, usage.out]).toEqual([2, expect.stringContaining('--out')]);
    const out = run('commune-export', ['--out', archive], laptop);
    expect(out.err).toBe('');
    expect(out.code).toBe(0);
    expect(out.out).toContain('Đã xuất Xã Hòa Bình (mã HOA-BINH)');

    const province = path.join(dir, 'province');
    const first = run('commune-import', ['--in', archive], province);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Đã nhập Xã Hòa Bình (mã HOA-BINH)');
    const again = run('commune-import', ['--in', archive], province);
    expect(again.code).toBe(1);
    expect(again.err).toContain('Xã Hòa Bình (mã HOA-BINH) đã có trên máy chủ này');

    const moved = openDb({ sqliteFile: path.join(province, 'thidua.sqlite') });
    const users = await moved.db.selectFrom('users').select('username').execute();
    await moved.close();
    expect(users).toEqual([{ username: 'quantri' }]);
  }, 60_000);
});
