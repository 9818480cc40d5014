#!/usr/bin/env node
// `npm start`: install dependencies if missing, build the web UI and the server if they are out of date,
// then run the compiled server (dist-server/main.js, which migrates the database) in THIS process: one
// long-lived Node process serves, with no TypeScript loader and no child processes left behind (installing
// and building run as short-lived children first). Outside production, and unless SEED_DEMO is set,
// it asks for the demo commune (SEED_DEMO=1: published passwords, for a tryout only).
// Uses only Node's standard library until the server is imported, so it works before `npm install`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32', ...opts });
  if (r.status !== 0) {
    console.error(`\nLỗi khi chạy: ${cmd} ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(
    `Cần Node.js 20.19 trở lên (đang dùng ${process.versions.node}). / Node.js >= 20.19 is required.`,
  );
  process.exit(1);
}

const lock = path.join(root, 'package-lock.json');
const marker = path.join(root, 'node_modules', '.package-lock.json');
const needInstall =
  !fs.existsSync(marker) || (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > fs.statSync(marker).mtimeMs);
if (needInstall) {
  console.log('Đang cài đặt thư viện (lần đầu có thể mất vài phút)… / Installing dependencies…');
  // Installing must not rewrite tracked files: a plain `npm install` rewrites package-lock.json whenever its npm
  // (another major version than the one that wrote the lock, or another platform's optional packages) sees the
  // tree differently, which left a fresh clone modified. `npm ci` installs exactly the lock and never writes it;
  // should it refuse (a lock some npm cannot follow), `npm install --no-save` installs without saving the lock.
  // Whatever npm does, the lock and package.json are put back byte for byte.
  const tracked = ['package-lock.json', 'package.json'].map((f) => path.join(root, f));
  const before = tracked.map((f) => (fs.existsSync(f) ? fs.readFileSync(f) : null));
  const quiet = ['--no-audit', '--no-fund'];
  const ci = !fs.existsSync(path.join(root, 'node_modules')) && fs.existsSync(lock);
  const first = ci
    ? spawnSync('npm', ['ci', ...quiet], { stdio: 'inherit', shell: process.platform === 'win32' })
    : { status: 1 };
  if (first.status !== 0) run('npm', ['install', '--no-save', ...quiet]);
  tracked.forEach((f, i) => {
    const was = before[i];
    if (was && !fs.readFileSync(f).equals(was)) {
      fs.writeFileSync(f, was);
      console.log(`(npm đã sửa ${path.basename(f)}; đã trả lại như cũ / npm changed it; restored)`);
    }
  });
  // the install is done: its marker is newer than the lock, so the next start does not install again
  if (fs.existsSync(marker)) fs.utimesSync(marker, new Date(), new Date());
}

/** The newest modification time of a file, or of any file under a directory. */
function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  if (!fs.statSync(p).isDirectory()) return fs.statSync(p).mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}
/** A build output is out of date when missing or older than its sources (or the installed packages' lock). */
const outdated = (file, sources) =>
  !fs.existsSync(file) ||
  fs.statSync(file).mtimeMs <
    Math.max(...['package-lock.json', ...sources].map((s) => newestMtime(path.join(root, ...s.split('/')))));
const shared = ['src/contract', 'src/core'];

if (outdated(path.join(root, 'dist', 'web', 'index.html'), ['src/web', 'vite.config.ts', ...shared])) {
  console.log('Đang build giao diện… / Building the web UI…');
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
}
const server = path.join(root, 'dist-server', 'main.js');
if (outdated(server, ['src/server', 'scripts/build-server.mjs', ...shared])) {
  console.log('Đang build máy chủ… / Building the server…');
  run(process.execPath, [path.join(root, 'scripts', 'build-server.mjs')], { shell: false });
}

if (process.env.SEED_DEMO === undefined && process.env.NODE_ENV !== 'production') {
  process.env.SEED_DEMO = '1';
  console.log(
    '\n*** Chạy thử với dữ liệu mẫu (SEED_DEMO=1): mật khẩu công khai, không dùng cho công việc thật.',
  );
  console.log('*** Tryout with demo data (SEED_DEMO=1): published passwords, not for real work.');
  console.log('*** Triển khai thật / real deployment: NODE_ENV=production npm start (hoặc SEED_DEMO=0).\n');
}
// The server runs here, in this process (migrations and the demo seeding included): nothing to wait on.
await import(pathToFileURL(server).href);
