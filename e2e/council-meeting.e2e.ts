import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiContextOptions, launchBrowser, login, logout, newPage, shot } from './browser';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
let browser: Browser;
let page: Page;
let officerApi: APIRequestContext;
let proposalId = '';
let meetingUrl = '';

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, baseUrl);
  const ctx = await browser.newContext(apiContextOptions(baseUrl));
  officerApi = ctx.request;
  await officerApi.post('/api/auth/login', { data: { username: 'canbo', password: 'thidua2024' } });
});
afterAll(async () => {
  await browser?.close();
});

/** Time passes: move the disclosure period into the past, as after waiting the legal days. */
function endDisclosurePeriod() {
  const db = new SQLite(path.join(dataDir, 'thidua.sqlite'));
  const past = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
  db.prepare('UPDATE disclosures SET starts_on = ?, ends_on = ?').run(past(10), past(3));
  db.close();
}

describe('a whole council meeting in Chromium', () => {
  it('the officer has a CSTĐCS proposal ready and discloses it publicly', async () => {
    const people = (await (await officerApi.get('/api/people')).json()) as {
      id: string;
      unitId: string;
      fullName: string;
    }[];
    const teacher = people.find((p) => p.fullName === 'Nguyễn Thị Ngọc Ánh');
    if (!teacher) throw new Error('no teacher');
    const created = await officerApi.post('/api/proposals', {
      data: {
        unitId: teacher.unitId,
        awardCode: 'CSTDCS',
        subjectKind: 'INDIVIDUAL',
        personId: teacher.id,
        year: 2026,
        achievement: 'Hai năm liền Lao động tiên tiến; sáng kiến dạy học tích cực được công nhận cấp cơ sở.',
      },
    });
    proposalId = ((await created.json()) as { id: string }).id;
    await officerApi.post(`/api/proposals/${proposalId}/actions/submit`, { data: {} });
    await officerApi.post(`/api/proposals/${proposalId}/actions/forward`, { data: {} });

    await login(page, 'canbo');
    await page.getByRole('menuitem', { name: 'Công khai, ý kiến' }).click();
    await page
      .getByRole('row', { name: /Nguyễn Thị Ngọc Ánh/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: /Công khai \(1\)/ }).click();
    await page.getByText('Đã công khai danh sách.').waitFor();
    await logout(page);
  });

  it('a citizen reads the public list and sends an objection; the officer handles it', async () => {
    await page.goto('/cong-khai');
    await page
      .getByRole('link', { name: /Danh sách đề nghị khen thưởng/ })
      .first()
      .click();
    await page.getByText('Nguyễn Thị Ngọc Ánh — Trường Tiểu học Tân Việt').waitFor();
    await page.getByLabel('Về người/tập thể').click();
    await page.getByTitle('Nguyễn Thị Ngọc Ánh').click();
    await page.getByLabel('Phản ánh (đề nghị xem xét lại)').check();
    await page.getByLabel('Nội dung').fill('Đề nghị Hội đồng xác minh lại số liệu sáng kiến được công nhận.');
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.getByText(/Ý kiến đã được ghi nhận/).waitFor();
    await shot(page, '09-cong-khai');

    await login(page, 'canbo');
    await page.getByRole('menuitem', { name: 'Công khai, ý kiến' }).click();
    await page.getByRole('cell', { name: 'Danh sách đề nghị khen thưởng' }).click();
    await page.getByRole('button', { name: 'Xử lý', exact: true }).click();
    await page
      .getByLabel('Cách xử lý, trả lời')
      .fill('Đã xác minh với nhà trường: sáng kiến có quyết định công nhận hợp lệ.');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Không có cơ sở').first().waitFor();
    endDisclosurePeriod();
  });

  it('the officer sets the agenda, takes attendance, opens the meeting and the ballot', async () => {
    await page.getByRole('menuitem', { name: 'Hội đồng TĐKT' }).click();
    await page
      .getByRole('row', { name: /Nguyễn Thị Ngọc Ánh/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: /Lập chương trình \(1\)/ }).click();
    await page.getByTestId('quorum').waitFor();
    meetingUrl = page.url();
    for (const name of [
      'Phạm Văn Quyết',
      'Đỗ Thị Hồng Nhung',
      'Bùi Văn Khải',
      'Lê Thị Thu Hà',
      'Đặng Văn Hùng',
      'Nguyễn Thị Ánh',
      'Lê Quốc Vượng',
      'Ngô Văn Lực',
      'Vương Đình Toàn',
    ]) {
      // The checkbox is driven by the server's attendance record: click, then wait for the saved state.
      await page.getByLabel(name, { exact: true }).click();
      await expect.poll(() => page.getByLabel(name, { exact: true }).isChecked()).toBe(true);
    }
    await expect.poll(() => page.getByTestId('quorum').textContent()).toContain('Đủ điều kiện họp');
    await page.getByRole('button', { name: 'Khai mạc' }).click();
    await page.getByRole('button', { name: 'Thảo luận' }).click();
    await page.getByText('Đang thảo luận').waitFor();
    await page.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
    await page.getByText('Đang bỏ phiếu').waitFor();
    await logout(page);
  });

  it('three council members vote from their own browsers; while open only who received a ballot is shown', async () => {
    for (const [i, user] of ['hoidong1', 'hoidong2', 'hoidong3'].entries()) {
      await login(page, user);
      await page.goto(meetingUrl);
      await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
      // The vote is sealed until the close: acknowledged with a receipt, no count of votes on the page.
      await page.getByText(/Máy chủ đã nhận phiếu của bạn/).waitFor();
      await expect
        .poll(() => page.getByTestId('ballots-issued').textContent())
        .toBe(`${i + 1} thành viên đã nhận phiếu`);
      if (user === 'hoidong3') await shot(page, '10-bo-phieu');
      await logout(page);
    }
  });

  it('the tellers enter three paper ballots, count, and the council recommends; minutes are produced', async () => {
    await login(page, 'canbo');
    await page.goto(meetingUrl);
    for (const name of ['Đỗ Thị Hồng Nhung', 'Lê Quốc Vượng', 'Vương Đình Toàn']) {
      await page.getByLabel('Thành viên nhận phiếu giấy').selectOption({ label: name });
      await page.getByRole('button', { name: 'Phát phiếu giấy' }).click();
      await expect
        .poll(async () => await page.getByRole('button', { name: 'Phát phiếu giấy' }).isEnabled())
        .toBe(true);
      await page.getByRole('button', { name: 'Nhập phiếu: đồng ý' }).click();
      await page.waitForTimeout(300);
    }
    await page.getByRole('button', { name: 'Kết thúc bỏ phiếu và kiểm phiếu' }).click();
    await expect
      .poll(() => page.getByTestId('ballot-result').textContent(), { timeout: 10_000 })
      .toContain('6/10');
    await page.getByRole('button', { name: 'Đề nghị khen thưởng' }).click();
    await page.getByText('Hội đồng đề nghị').first().waitFor();
    await shot(page, '11-hop-hoi-dong');
    await page.getByRole('button', { name: 'Bế mạc' }).click();
    await page.getByRole('button', { name: 'Biên bản', exact: true }).click();
    await page.getByText('Họp Hội đồng Thi đua - Khen thưởng').waitFor();
    const minutes = await page.locator('.minutes').textContent();
    expect(minutes).toContain('6/10 phiếu đồng ý (60%)');
    expect(minutes).toContain('Thành viên có mặt: 9/10');
    await shot(page, '12-bien-ban');
    await logout(page);
  });

  it('after the count a member finds their receipt among the ballots counted', async () => {
    await login(page, 'hoidong1');
    await page.goto(meetingUrl);
    await page.getByText(/Phiếu của bạn đã được đếm/).waitFor();
    await logout(page);
  });

  it('the chairman approves and signs the decision', async () => {
    await login(page, 'chutich');
    await page.goto(`/de-nghi/${proposalId}`);
    await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await expect.poll(() => page.getByTestId('proposal-status').textContent()).toBe('Chủ tịch đã duyệt');
    await page.getByRole('menuitem', { name: 'Quyết định, giấy khen' }).click();
    await page
      .getByRole('row', { name: /Nguyễn Thị Ngọc Ánh/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: /Ký quyết định khen thưởng/ }).click();
    await page.getByRole('heading', { name: /Quyết định số \d+\/QĐ-UBND/ }).waitFor();
    await page.getByText('Nguyễn Thị Ngọc Ánh').first().waitFor();
  });
});
