import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, logout, newPage, pageAs, shot } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

describe('first run of a real deployment (no demo data)', () => {
  let server: ChildProcess | undefined;
  let dataDir = '';
  let url = '';
  beforeAll(async () => {
    const port = await freePort();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-setup-'));
    url = `http://127.0.0.1:${port}`;
    server = spawn('npx', ['tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        PUBLIC_URL: url,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        SEED_DEMO: '',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    const deadline = Date.now() + 120_000;
    for (;;) {
      const up = await fetch(`${url}/api/public/instance`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 300));
    }
  });
  afterAll(async () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('the first visit sets up the commune and its administrator, who then signs in; no demo banner, no demo account', async () => {
    const page: Page = await newPage(browser, url);
    await page.goto('/');
    await page.getByRole('heading', { name: /Thiết lập lần đầu/ }).waitFor();
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    await page.getByLabel('Tên xã').fill('Xã Hòa Bình');
    await page.getByLabel('Họ tên quản trị viên').fill('Trần Thị Mai');
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('matkhau123456');
    await page.getByLabel('Nhập lại mật khẩu').fill('matkhau123456');
    await page.getByRole('button', { name: 'Tạo xã và quản trị viên' }).click();
    await page.getByText('Mật khẩu quá phổ biến hoặc dễ đoán', { exact: false }).waitFor();
    await page.getByLabel('Mật khẩu', { exact: true }).fill('ruộng lúa Hòa Bình 2025');
    await page.getByLabel('Nhập lại mật khẩu').fill('ruộng lúa Hòa Bình 2025');
    await page.getByText('Mật khẩu nhập lại không khớp').waitFor({ state: 'detached' });
    await shot(page, '50-thiet-lap-lan-dau');
    await page.getByRole('button', { name: 'Tạo xã và quản trị viên' }).click();
    await page.getByTestId('current-user').getByText('Trần Thị Mai').waitFor();
    expect(await page.getByText('Xã Hòa Bình').filter({ visible: true }).first().isVisible()).toBe(true);
    const again = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        communeName: 'Xã Khác',
        username: 'khac',
        displayName: 'Người Khác',
        password: 'một câu rất dài khác',
        passwordConfirm: 'một câu rất dài khác',
      }),
    });
    expect(again.status).toBe(409);
    const demo = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'thidua2024' }),
    });
    expect(demo.status).toBe(401);
    await logout(page);
    await login(page, 'quantri', 'ruộng lúa Hòa Bình 2025');
    await page.context().close();
  });
});

describe('password reset by the administrator (demo server)', () => {
  it('shows the demo banner; the administrator resets a password and the user must change it at sign-in', async () => {
    const page = await pageAs(browser, 'admin');
    await page.goto('/');
    await page.getByTestId('demo-banner').waitFor();
    await page.getByRole('menuitem', { name: 'Người dùng' }).click();
    const row = page.getByRole('row', { name: /hoinongdan/ });
    await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Đặt lại' }).click();
    const temp = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(temp).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await page.getByText('Tạo mật khẩu tạm (hiện một lần)').waitFor({ state: 'detached' });
    await shot(page, '51-nguoi-dung-mat-khau-tam');
    await page.getByRole('button', { name: 'Đã ghi lại' }).click();
    await row.getByText('Phải đổi mật khẩu').waitFor();

    // the unit head, on their own computer
    const head = await newPage(browser, baseUrl);
    await head.goto('/dang-nhap');
    await head.getByLabel('Tên đăng nhập').fill('hoinongdan');
    await head.getByLabel('Mật khẩu').fill(temp);
    await head.getByRole('button', { name: 'Đăng nhập' }).click();
    await head.getByText('Bạn đang đăng nhập bằng mật khẩu tạm do quản trị viên cấp').waitFor();
    await head.getByLabel('Mật khẩu tạm').fill(temp);
    await head.getByLabel('Mật khẩu mới', { exact: true }).fill('đồng xanh thôn Đông 2025');
    await head.getByLabel('Nhập lại mật khẩu mới').fill('đồng xanh thôn Đông 2025');
    await head.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await head.getByTestId('current-user').waitFor();
    await logout(head);
    await login(head, 'hoinongdan', 'đồng xanh thôn Đông 2025');
    await head.context().close();
    await page.context().close();
  });
});
