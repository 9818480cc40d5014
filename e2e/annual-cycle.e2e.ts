import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, logout, newPage, selectByTyping, shot } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

const MOVEMENT = 'Thi đua "Nhà trường xanh - sạch - đẹp - an toàn" năm học 2026 - 2027';
const SCHOOL = 'Trường Tiểu học Tân Việt';
const SECONDARY = 'Trường Trung học cơ sở Tân Việt';
const CRITERIA = [
  'Kết quả thực hiện nhiệm vụ, chỉ tiêu được giao',
  'Tổ chức, hưởng ứng phong trào thi đua',
  'Điển hình tiên tiến, mô hình hay',
];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

const pick = (fieldId: string, text: string) => selectByTyping(page, fieldId, text);

async function chooseUnit(name: string, search: string) {
  await page.locator('#participantUnitIds').click();
  await page.locator('#participantUnitIds').fill(search);
  await page.locator('.ant-select-tree-title', { hasText: name }).click();
  await page.locator('.ant-select-selection-item', { hasText: name }).waitFor();
}

async function transition(label: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.getByRole('button', { name: 'Đồng ý' }).click();
}

async function fillScores(values: number[], evidence?: string) {
  for (const [i, c] of CRITERIA.entries()) {
    const box = page.getByLabel(`Điểm ${c}`);
    await box.fill(String(values[i]));
    if (evidence) await page.getByLabel(`Minh chứng ${c}`).fill(`${evidence} ${i + 1}`);
  }
  await page.getByRole('button', { name: 'Lưu bảng điểm' }).click();
}

describe('the annual cycle in Chromium: launch, register, score, rank, propose', () => {
  let movementUrl = '';
  let reviewUrl = '';

  it('the officer creates a movement with criteria and participating units, and launches it', async () => {
    await login(page, 'canbo');
    await page.getByRole('menuitem', { name: 'Phong trào thi đua' }).click();
    await page.getByRole('button', { name: 'Tạo phong trào' }).click();
    await page.getByLabel('Tên phong trào').fill(MOVEMENT);
    await chooseUnit(SCHOOL, 'Tiểu học');
    await chooseUnit(SECONDARY, 'Trung học');
    await page.locator('.ant-modal-title').click();
    expect(await page.getByTestId('criterion-row').count()).toBe(3);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã tạo phong trào thi đua.').waitFor();
    await page.getByRole('link', { name: MOVEMENT }).click();
    await page.getByText('Tiêu chí chấm điểm').waitFor();
    movementUrl = page.url();
    await transition('Phát động phong trào');
    await expect
      .poll(() => page.getByTestId('movement-status').textContent())
      .toBe('Đã phát động, đang nhận đăng ký');
    await page
      .getByTestId('registration-missing')
      .getByText(SCHOOL)
      .waitFor({ timeout: 10_000 })
      .catch(async (e) => {
        await page.screenshot({ path: '.tmp/annual-cycle-failure.png', fullPage: true });
        throw e;
      });
    await shot(page, '30-phong-trao');
    await logout(page);
  });

  it('the unit head finds the task in "Việc cần làm" and registers the school', async () => {
    await login(page, 'truongth');
    // the side menu counts the unit's open tasks (GET /api/inbox/count)
    const badge = page.getByTestId('menu-inbox-count');
    await badge.waitFor();
    const open = Number.parseInt(
      (await badge.locator('[title$="việc chưa làm"]').getAttribute('title')) ?? '',
      10,
    );
    expect(open).toBeGreaterThanOrEqual(1);
    expect(open).toBeLessThan(20);
    await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
    await page.getByRole('link', { name: `Đăng ký thi đua: ${MOVEMENT}` }).click();
    await page.getByTestId('registration-panel').waitFor();
    await pick('subject', 'Tập thể');
    await pick('titles', 'TTLDTT');
    await page
      .getByLabel('Chỉ tiêu, nội dung cam kết')
      .fill('100% lớp học xanh - sạch - đẹp; không có tai nạn thương tích trong trường học.');
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await page.getByText('Đã gửi đăng ký thi đua.').waitFor();
    await page.getByTestId('registration-panel').getByRole('cell', { name: SCHOOL }).waitFor();
    await shot(page, '31-dang-ky');
    await logout(page);
  });

  it('the officer starts the movement and opens the final review', async () => {
    await login(page, 'canbo');
    await page.goto(movementUrl);
    await transition('Bắt đầu triển khai (đóng đăng ký)');
    await expect.poll(() => page.getByTestId('movement-status').textContent()).toBe('Đang triển khai');
    await transition('Mở tổng kết');
    await expect.poll(() => page.getByTestId('movement-status').textContent()).toBe('Đang tổng kết');
    await page.getByRole('link', { name: `Tổng kết phong trào "${MOVEMENT}"` }).click();
    await page.getByTestId('ranking').waitFor();
    reviewUrl = page.url();
    await logout(page);
  });

  it('the unit head scores the school with evidence; an out-of-range score is refused', async () => {
    await login(page, 'truongth');
    await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
    await page
      .getByRole('link', { name: /^Tự chấm điểm và gửi báo cáo/ })
      .first()
      .click();
    await page.getByTestId('score-sheet').waitFor();
    await fillScores([11, 9, 9], 'Báo cáo số');
    await page
      .getByText('Điểm của tiêu chí "Kết quả thực hiện nhiệm vụ, chỉ tiêu được giao" phải từ 0 đến 10.')
      .waitFor();
    await fillScores([10, 9, 9]);
    await page.getByText('Đã lưu bảng điểm.').waitFor();
    await page.getByTestId('ranking').getByRole('cell', { name: SCHOOL }).waitFor();
    await shot(page, '32-cham-diem');
    await logout(page);
  });

  it('a council member scores both schools', async () => {
    await login(page, 'hoidong1');
    await page.goto(reviewUrl);
    await page.getByTestId('score-sheet').waitFor();
    await fillScores([9, 9, 8]);
    await page.getByText('Đã lưu bảng điểm.').waitFor();
    await page.getByTestId('score-sheet').locator('.ant-select').first().click();
    await page.locator('.ant-select-item-option', { hasText: SECONDARY }).click();
    await fillScores([8, 7, 7]);
    await expect.poll(() => page.getByTestId('ranking').locator('tbody tr').count()).toBe(2);
    await logout(page);
  });

  it('the officer closes the review and turns the winner into a proposal', async () => {
    await login(page, 'canbo');
    await page.goto(reviewUrl);
    await page.getByRole('button', { name: 'Khóa kết quả' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Khóa kết quả' }).click();
    await expect.poll(() => page.getByTestId('review-status').textContent()).toMatch(/^Đã khóa kết quả/);
    const first = page.getByTestId('ranking').getByRole('row', { name: new RegExp(SCHOOL) });
    await first.getByRole('cell', { name: '1', exact: true }).waitFor();
    await first.getByRole('checkbox').check();
    await page.getByRole('button', { name: /^Lập đề nghị khen thưởng/ }).click();
    await page.locator('.ant-modal').getByRole('button', { name: 'Lập đề nghị' }).click();
    await page.getByText('Đã lập 1 đề nghị khen thưởng.').waitFor();
    await page.getByTestId('ranking').getByText('Đã lập đề nghị').waitFor();
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    await shot(page, '33-xep-hang');
    await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await page
      .getByRole('row', { name: new RegExp(SCHOOL) })
      .filter({ hasText: 'Giấy khen' })
      .first()
      .waitFor();
  });

  it('the dashboard shows the year for the officer; the calendar and the reviews list open', async () => {
    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await page.getByTestId('cycle-dashboard').waitFor();
    await page.getByTestId('award-spread').waitFor();
    await shot(page, '02-tong-quan');
    // another year's targets and award spread, chosen on the page
    await page.getByTestId('dashboard-year').click();
    await page.getByTitle('2024', { exact: true }).click();
    await page.getByText('Cơ cấu khen thưởng năm 2024').waitFor();
    await page.getByText('Chỉ tiêu năm 2024').waitFor();
    await page.getByRole('menuitem', { name: 'Lịch ngày lễ, kỷ niệm' }).click();
    await page.getByRole('cell', { name: 'Ngày thành lập Đảng Cộng sản Việt Nam' }).waitFor();
    await page.getByRole('menuitem', { name: 'Sơ kết, tổng kết' }).click();
    await page.getByRole('link', { name: `Tổng kết phong trào "${MOVEMENT}"` }).waitFor();
    await logout(page);
  });
});
