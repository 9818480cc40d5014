import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  choose,
  chooseInTree,
  launchBrowser,
  login,
  logout,
  newPage,
  pageAs,
  screenshotDir,
  shot,
} from './browser';
import { movementAt, proposalAt } from './fixtures';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SCHOOL = 'Trường Tiểu học Tân Việt';

async function expectStatus(page: Page, text: string) {
  await expect.poll(() => page.getByTestId('proposal-status').textContent()).toBe(text);
}

/** A proposal action from its page, then its confirmation when it asks for one. */
async function act(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
}

describe('a proposal from draft to decision in Chromium, one role after another', () => {
  it('the officer signs in, creates and launches a movement', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/dang-nhap');
    await shot(page, '01-dang-nhap');
    await login(page, 'canbo');
    await shot(page, '02-tong-quan');
    await page.getByRole('menuitem', { name: 'Phong trào thi đua' }).click();
    await page.getByRole('button', { name: 'Tạo phong trào' }).click();
    const form = page.getByRole('dialog', { name: 'Tạo phong trào thi đua' });
    const name = 'Thi đua dạy tốt, học tốt năm học 2024 - 2025';
    await form.getByLabel('Tên phong trào').fill(name);
    // Điều 17: a movement is launched with its participants (chosen from the organisation tree) and criteria (prefilled).
    await chooseInTree(page, form, 'Đơn vị tham gia', SCHOOL, 'Tiểu học');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã tạo phong trào thi đua.').waitFor();
    // Closing, the dialog gives the focus back to "Tạo phong trào": wait until it has closed.
    await form.waitFor({ state: 'hidden' });
    const search = page.getByRole('searchbox', { name: 'Tìm phong trào (không cần dấu)' });
    await search.fill('day tot hoc tot');
    await search.press('Enter');
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByRole('button', { name: 'Phát động' }).click();
    await row.getByText('Đã phát động').waitFor();
    await shot(page, '03-phong-trao');
    await logout(page);
  });

  it('the unit head proposes a teacher for a Giấy khen within a movement and submits', async () => {
    const movement = 'Thi đua "Giờ học hạnh phúc" năm học 2026 - 2027';
    await movementAt('LAUNCHED', movement, [SCHOOL]);
    const page = await pageAs(browser, 'truongth');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await page.getByRole('button', { name: 'Lập đề nghị' }).click();
    await choose(page, 'Phong trào thi đua', movement, 'gio hoc hanh phuc');
    await choose(page, 'Cá nhân', /^Trần Thị Mỹ Dung — /, 'tran thi my dung');
    await page
      .getByLabel('Tóm tắt thành tích')
      .fill('Có thành tích xuất sắc trong phong trào thi đua "Giờ học hạnh phúc" năm học 2026 - 2027.');
    // The legal panel answers live for the chosen person and year before the picture is taken.
    await expect.poll(() => page.getByTestId('law-status').textContent()).toBe('Đủ điều kiện');
    await shot(page, '04-lap-de-nghi');
    await page.getByRole('button', { name: 'Lưu và gửi' }).click();
    await expectStatus(page, 'Đã gửi, chờ kiểm tra');
    await page.getByText(movement).filter({ visible: true }).first().waitFor();
  });

  it('the officer returns a proposal with the reason and what to add', async () => {
    const id = await proposalAt('SUBMITTED', { person: 'Đoàn Văn Ước', by: 'truongth' });
    const page = await pageAs(browser, 'canbo');
    await page.goto(`/de-nghi/${id}`);
    await act(page, 'Trả lại để bổ sung');
    const dialog = page.getByRole('dialog', { name: 'Trả lại để bổ sung' });
    await dialog.getByLabel('Lý do').fill('Thiếu minh chứng thành tích');
    const missing = dialog.getByRole('combobox', { name: /Nội dung cần bổ sung/ });
    await missing.fill('Báo cáo thành tích có xác nhận của Hiệu trưởng');
    await missing.press('Enter');
    // the field shows it as a tag (and announces it to screen readers, unseen)
    await dialog
      .getByText('Báo cáo thành tích có xác nhận của Hiệu trưởng')
      .filter({ visible: true })
      .waitFor();
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await expectStatus(page, 'Trả lại đơn vị bổ sung');
  });

  it('the unit head edits a returned proposal and resubmits; the history keeps both rounds', async () => {
    const id = await proposalAt('RETURNED', {
      person: 'Nguyễn Văn Ấn',
      by: 'truongth',
      returned: {
        reason: 'Thiếu minh chứng thành tích',
        missing: ['Báo cáo thành tích có xác nhận của Hiệu trưởng'],
      },
    });
    const page = await pageAs(browser, 'truongth');
    await page.goto(`/de-nghi/${id}`);
    await page
      .getByText('Báo cáo thành tích có xác nhận của Hiệu trưởng')
      .filter({ visible: true })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Sửa', exact: true }).click();
    await page
      .getByLabel('Tóm tắt thành tích')
      .fill(
        'Hoàn thành xuất sắc nhiệm vụ năm học; đã bổ sung báo cáo thành tích có xác nhận của Hiệu trưởng.',
      );
    await page.getByRole('button', { name: 'Lưu và gửi' }).click();
    await expectStatus(page, 'Đã gửi, chờ kiểm tra');
    const history = page.getByTestId('proposal-history');
    await expect.poll(() => history.getByText('Gửi đề nghị').count()).toBe(2);
  });

  it('the officer forwards a proposal to the chairman', async () => {
    const id = await proposalAt('SUBMITTED', { person: 'Mai Thị Ổn', by: 'truongth' });
    const page = await pageAs(browser, 'canbo');
    await page.goto(`/de-nghi/${id}`);
    await act(page, 'Trình Chủ tịch');
    await expectStatus(page, 'Đã trình Chủ tịch');
    await shot(page, '05-ho-so-de-nghi');
  });

  it('the chairman approves and signs the decision; the certificate PDF shows Vietnamese names', async () => {
    const awardee = 'Trần Văn Bình';
    const id = await proposalAt('FORWARDED', { person: awardee, by: 'truongth' });
    const page = await pageAs(browser, 'chutich');
    await page.goto(`/de-nghi/${id}`);
    await act(page, 'Phê duyệt');
    await expectStatus(page, 'Chủ tịch đã duyệt');
    await page.getByRole('menuitem', { name: 'Quyết định, giấy khen' }).click();
    await page
      .getByRole('row', { name: new RegExp(awardee) })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: /Ký quyết định khen thưởng/ }).click();
    await page.getByRole('heading', { name: /Quyết định số \d+\/QĐ-UBND/ }).waitFor();
    await shot(page, '06-quyet-dinh');
    const awardRow = page.getByRole('row', { name: new RegExp(awardee) });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      awardRow.getByRole('button', { name: 'Giấy khen' }).click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gk-')), 'giay-khen.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('GIẤY KHEN');
    expect(text).toContain(awardee);
    fs.mkdirSync(screenshotDir(), { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      file,
      path.join(screenshotDir(), '07-giay-khen'),
    ]);
    const code = (await awardRow.getByRole('link', { name: /^[A-Z0-9-]{8,}$/ }).textContent()) ?? '';
    // anyone holding the certificate checks it, without signing in
    const citizen = await newPage(browser, baseUrl);
    await citizen.goto(`/xac-minh/${code}`);
    await citizen.getByText('Giấy khen hợp lệ').waitFor();
    await citizen.getByText(awardee).filter({ visible: true }).first().waitFor();
    await shot(citizen, '08-xac-minh');
  });

  it('every other role can sign in and sees its own view', async () => {
    await proposalAt('SUBMITTED', { person: 'Hà Thị Huyền' });
    const page = await newPage(browser, baseUrl);
    for (const [user, role] of [
      ['admin', 'Quản trị hệ thống'],
      ['hoidong1', 'Thành viên Hội đồng TĐKT'],
      ['xem', 'Người xem'],
    ] as const) {
      await login(page, user);
      await expect.poll(() => page.getByTestId('current-user').textContent()).toContain(role);
      await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
      await page.getByText('Hà Thị Huyền').filter({ visible: true }).first().waitFor();
      if (user === 'xem') expect(await page.getByRole('button', { name: 'Lập đề nghị' }).count()).toBe(0);
      await logout(page);
    }
  });
});
