import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, logout, newPage, shot } from './browser';

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

/** Let toasts fade and drop-downs close before a screenshot. */
async function settled(p: Page): Promise<void> {
  await p.keyboard.press('Escape');
  await p
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await p.waitForTimeout(400);
}

const EXAMPLE = 'Tổ phụ nữ tiết kiệm, giúp nhau phát triển kinh tế';
const SUMMARY =
  'Sau hơn một năm, tổ có 25 hội viên góp vốn đều đặn, 7 lượt vay không lãi giúp 4 hộ có thêm nguồn thu từ chăn nuôi, buôn bán nhỏ; chưa có khoản nào quá hạn.';

async function pick(p: Page, label: string, typed: string, option: string): Promise<void> {
  await p.getByRole('combobox', { name: label }).click();
  await p.getByRole('combobox', { name: label }).fill(typed);
  await p.locator(`.ant-select-item-option[title="${option}"]`).click();
}

describe('typical examples (điển hình tiên tiến) in Chromium', () => {
  it('the officer sums up an example, records a replication, moves it on and proposes it for commendation', async () => {
    await login(page, 'canbo');
    await page.getByRole('menuitem', { name: 'Điển hình tiên tiến' }).click();
    await page.getByTestId('column-NURTURING').getByRole('link', { name: EXAMPLE }).waitFor();
    await page.getByTestId('column-REPLICATING').getByText('Nhân rộng ở 2 đơn vị').waitFor();
    await settled(page);
    await shot(page, '40-dien-hinh');

    await page.getByRole('link', { name: EXAMPLE }).click();
    await page.getByTestId('example-timeline').getByText('Bồi dưỡng').waitFor();
    expect(await page.getByTestId('example-stage').textContent()).toBe('Bồi dưỡng');

    // Summing up without the report is refused with the article.
    await page.getByRole('button', { name: 'Tổng kết mô hình' }).click();
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText(/Cần có bài tổng kết mô hình .*Điều 17 khoản 4/).waitFor();
    await page.getByRole('button', { name: 'Hủy' }).click();

    await page.getByRole('button', { name: 'Sửa, viết bài tổng kết' }).click();
    await page.getByRole('textbox', { name: 'Bài tổng kết' }).fill(SUMMARY);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu điển hình.').waitFor();
    await page
      .getByTestId('example-summary')
      .getByText(/25 hội viên góp vốn/)
      .waitFor();

    await page.getByRole('button', { name: 'Tổng kết mô hình' }).click();
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => page.getByTestId('example-stage').textContent()).toBe('Tổng kết');

    await page.getByRole('button', { name: 'Thêm nơi áp dụng' }).click();
    await pick(page, 'Đơn vị áp dụng', 'tan lap', 'Thôn Tân Lập');
    await page
      .getByLabel('Kết quả áp dụng')
      .fill('Chi hội phụ nữ thôn lập tổ tiết kiệm 18 hội viên, 3 lượt vay.');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('card-replications').getByText('Thôn Tân Lập').waitFor();
    expect(await page.getByTestId('card-replications').locator('.ant-card-head-title').textContent()).toBe(
      'Nhân rộng (1)',
    );

    await page.getByRole('button', { name: 'Nhân rộng', exact: true }).click();
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => page.getByTestId('example-stage').textContent()).toBe('Nhân rộng');
    expect(await page.getByTestId('example-timeline').locator('.ant-timeline-item').count()).toBe(4);
    await settled(page);
    await page.getByRole('heading', { name: EXAMPLE }).scrollIntoViewIfNeeded();
    await shot(page, '41-dien-hinh-chi-tiet');

    await page.getByRole('button', { name: 'Lập đề nghị khen thưởng' }).click();
    await pick(
      page,
      'Hình thức khen thưởng',
      'chuyen de',
      'Giấy khen của Chủ tịch UBND xã (thi đua theo đợt, chuyên đề)',
    );
    await page.getByRole('button', { name: 'Lập đề nghị (dự thảo)' }).click();
    await page.waitForURL(/\/de-nghi\/[0-9a-f-]+$/);
    await expect.poll(() => page.getByTestId('proposal-status').textContent()).toBe('Đang soạn');
    await page.getByText('Hội Liên hiệp Phụ nữ xã Tân Việt').first().waitFor();
  });

  it('a unit head nominates a teacher of their own school; the example starts at discovery', async () => {
    await logout(page);
    await login(page, 'truongth');
    await page.getByRole('menuitem', { name: 'Điển hình tiên tiến' }).click();
    await page
      .getByTestId('column-SUMMED_UP')
      .getByRole('link', { name: 'Trường học xanh - sạch - đẹp - an toàn' })
      .waitFor();
    expect(await page.getByTestId('example-card').count()).toBe(1);
    await page.getByRole('button', { name: 'Giới thiệu điển hình' }).click();
    await pick(page, 'Cá nhân', 'my dung', 'Trần Thị Mỹ Dung — Trường Tiểu học Tân Việt');
    await page.getByLabel('Tên điển hình').fill('Dạy học trải nghiệm ở vườn trường');
    await page
      .getByLabel('Mô hình, cách làm hay')
      .fill('Học sinh học môn Tự nhiên và Xã hội ngay tại vườn trường, ghi nhật ký cây trồng theo nhóm.');
    await page.getByRole('combobox', { name: 'Lĩnh vực' }).click();
    await page.locator('.ant-select-item-option[title="Giáo dục"]').click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: 'Dạy học trải nghiệm ở vườn trường' }).waitFor();
    expect(await page.getByTestId('example-stage').textContent()).toBe('Phát hiện');
    await page.getByTestId('example-timeline').getByText('Đơn vị giới thiệu').waitFor();
    expect(await page.getByRole('button', { name: 'Chuyển sang bồi dưỡng' }).count()).toBe(0);
  });

  it('a citizen opens /dien-hinh without logging in and sees only summed-up examples', async () => {
    const ctx = await browser.newContext({ baseURL: baseUrl, locale: 'vi-VN' });
    const citizen = await ctx.newPage();
    await citizen.goto('/dien-hinh');
    await citizen.getByRole('heading', { name: 'Gương điển hình tiên tiến' }).waitFor();
    await citizen.getByText(EXAMPLE).waitFor();
    const titles = await citizen
      .getByTestId('public-example')
      .locator('.ant-card-head-title')
      .allTextContents();
    expect(titles).toContain('Mô hình trồng rau an toàn theo tiêu chuẩn VietGAP ở thôn Bình An');
    expect(titles).toContain('Trường học xanh - sạch - đẹp - an toàn');
    expect(titles).not.toContain('Chăn nuôi lợn an toàn sinh học, xử lý chất thải bằng đệm lót');
    await citizen.getByText(/Đã nhân rộng tại: Thôn Hòa Bình .*; Thôn Phú Xuân/).waitFor();
    expect(await citizen.getByText('Cân nhắc đề nghị').count()).toBe(0);
    await ctx.close();
  });
});
