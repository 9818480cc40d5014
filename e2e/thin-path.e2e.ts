import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, logout, newPage, screenshotDir, selectByTyping, shot } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

const pick = (fieldId: string, text: string) => selectByTyping(page, fieldId, text);

async function action(name: string) {
  await page.getByRole('button', { name, exact: true }).click();
}

async function expectStatus(text: string) {
  await expect.poll(() => page.getByTestId('proposal-status').textContent(), { timeout: 10_000 }).toBe(text);
}

describe('the thin path in Chromium, one role after another', () => {
  let proposalUrl = '';

  it('the officer creates and launches a movement', async () => {
    await page.goto('/dang-nhap');
    await shot(page, '01-dang-nhap');
    await login(page, 'canbo');
    await shot(page, '02-tong-quan');
    await page.getByRole('menuitem', { name: 'Phong trào thi đua' }).click();
    await page.getByRole('button', { name: 'Tạo phong trào' }).click();
    await page.getByLabel('Tên phong trào').fill('Thi đua dạy tốt, học tốt năm học 2024 - 2025');
    // Điều 17: a movement is launched with its participants (chosen from the organisation tree) and criteria (prefilled).
    await page.locator('#participantUnitIds').click();
    await page.locator('#participantUnitIds').fill('Tiểu học');
    await page.locator('.ant-select-tree-title', { hasText: 'Trường Tiểu học Tân Việt' }).click();
    await page.locator('.ant-select-selection-item', { hasText: 'Trường Tiểu học Tân Việt' }).waitFor();
    await page.locator('.ant-modal-title').click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã tạo phong trào thi đua.').waitFor();
    const row = page.getByRole('row', { name: /dạy tốt, học tốt/ });
    await row.getByRole('button', { name: 'Phát động' }).click();
    await row.getByText('Đã phát động').waitFor();
    await shot(page, '03-phong-trao');
    await logout(page);
  });

  it('the unit head proposes a teacher for a Giấy khen and submits', async () => {
    await login(page, 'truongth');
    await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await page.getByRole('button', { name: 'Lập đề nghị' }).click();
    await pick('movementId', 'day tot hoc tot');
    await pick('personId', 'tran thi my dung');
    await page
      .getByLabel('Tóm tắt thành tích')
      .fill('Có thành tích xuất sắc trong phong trào thi đua dạy tốt, học tốt năm học 2024 - 2025.');
    // The legal panel answers live for the chosen person and year before the picture is taken.
    await page.getByTestId('law-status').waitFor();
    await shot(page, '04-lap-de-nghi');
    await page.getByRole('button', { name: 'Lưu và gửi' }).click();
    await expectStatus('Đã gửi, chờ kiểm tra');
    proposalUrl = page.url();
    await logout(page);
  });

  it('the officer returns it with the reason and what to add', async () => {
    await login(page, 'canbo');
    await page.goto(proposalUrl);
    await action('Trả lại để bổ sung');
    await page.getByLabel('Lý do').fill('Thiếu minh chứng thành tích');
    const missing = page.getByLabel('Nội dung cần bổ sung');
    await missing.click();
    await missing.fill('Báo cáo thành tích có xác nhận của Hiệu trưởng');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expectStatus('Trả lại đơn vị bổ sung');
    await logout(page);
  });

  it('the unit head edits and resubmits; the history keeps both rounds', async () => {
    await login(page, 'truongth');
    await page.goto(proposalUrl);
    await page.getByText('Báo cáo thành tích có xác nhận của Hiệu trưởng').first().waitFor();
    await page.getByRole('button', { name: 'Sửa' }).click();
    await page
      .getByLabel('Tóm tắt thành tích')
      .fill(
        'Có thành tích xuất sắc trong phong trào dạy tốt, học tốt; đã bổ sung báo cáo thành tích có xác nhận.',
      );
    await page.getByRole('button', { name: 'Lưu và gửi' }).click();
    await expectStatus('Đã gửi, chờ kiểm tra');
    const history = page.getByTestId('proposal-history');
    await expect.poll(async () => await history.getByText('Gửi đề nghị').count()).toBe(2);
    await logout(page);
  });

  it('the officer forwards it to the chairman', async () => {
    await login(page, 'canbo');
    await page.goto(proposalUrl);
    await action('Trình Chủ tịch');
    await expectStatus('Đã trình Chủ tịch');
    await shot(page, '05-ho-so-de-nghi');
    await logout(page);
  });

  it('the chairman approves and signs the decision; the certificate PDF shows Vietnamese names', async () => {
    await login(page, 'chutich');
    await page.goto(proposalUrl);
    await action('Phê duyệt');
    await expectStatus('Chủ tịch đã duyệt');
    await page.getByRole('menuitem', { name: 'Quyết định, giấy khen' }).click();
    await page
      .getByRole('row', { name: /Trần Thị Mỹ Dung/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: /Ký quyết định khen thưởng/ }).click();
    await page.getByRole('heading', { name: /Quyết định số \d+\/QĐ-UBND/ }).waitFor();
    await shot(page, '06-quyet-dinh');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Giấy khen' }).first().click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gk-')), 'giay-khen.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('GIẤY KHEN');
    expect(text).toContain('Trần Thị Mỹ Dung');
    fs.mkdirSync(screenshotDir(), { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      file,
      path.join(screenshotDir(), '07-giay-khen'),
    ]);
    const code = (await page.locator('a[href^="/xac-minh/"]').first().textContent()) ?? '';
    expect(code).toMatch(/[A-Z0-9-]{8,}/);
    await logout(page);
    await page.goto(`/xac-minh/${code}`);
    await page.getByText('Giấy khen hợp lệ').waitFor();
    await shot(page, '08-xac-minh');
  });

  it('every other role can sign in and sees its own view', async () => {
    for (const [user, role] of [
      ['admin', 'Quản trị hệ thống'],
      ['hoidong1', 'Thành viên Hội đồng TĐKT'],
      ['xem', 'Người xem'],
    ] as const) {
      await login(page, user);
      await expect.poll(() => page.getByTestId('current-user').textContent()).toContain(role);
      await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
      await page.getByText('Trần Thị Mỹ Dung').first().waitFor();
      if (user === 'xem') expect(await page.getByRole('button', { name: 'Lập đề nghị' }).count()).toBe(0);
      await logout(page);
    }
  });
});
