import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, chooseInTree, launchBrowser, pageAs, shot } from './browser';
import { CRITERIA, movementAt, scoreSheet } from './fixtures';

let browser: Browser;

const SCHOOL = 'Trường Tiểu học Tân Việt';
const SECONDARY = 'Trường Trung học cơ sở Tân Việt';
/** Each test's own movement, so that no test depends on another one's. */
const movement = (what: string) => `Thi đua "${what}" năm học 2026 - 2027`;
const finalReview = (name: string) => `Tổng kết phong trào "${name}"`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A movement's next step from its page: the step's button, then "Đồng ý" in its confirmation. */
async function transition(page: Page, label: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.getByRole('tooltip').filter({ hasText: label }).getByRole('button', { name: 'Đồng ý' }).click();
}

async function fillScores(page: Page, values: number[], evidence?: string) {
  for (const [i, c] of CRITERIA.entries()) {
    await page.getByLabel(`Điểm ${c.name}`).fill(String(values[i]));
    if (evidence) await page.getByLabel(`Minh chứng ${c.name}`).fill(`${evidence} ${i + 1}`);
  }
  await page.getByRole('button', { name: 'Lưu bảng điểm' }).click();
}

/** Find a movement in the list by typing its name in the search box, then open it. */
async function openMovement(page: Page, name: string, search: string) {
  const box = page.getByRole('searchbox', { name: 'Tìm phong trào (không cần dấu)' });
  await box.fill(search);
  await box.press('Enter');
  await page.getByRole('link', { name, exact: true }).click();
}

describe('the annual cycle in Chromium: launch, register, score, rank, propose', () => {
  it('the officer creates a movement with criteria and participating units, and launches it', async () => {
    const name = movement('Nhà trường xanh - sạch - đẹp - an toàn');
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Phong trào thi đua' }).click();
    await page.getByRole('button', { name: 'Tạo phong trào' }).click();
    const form = page.getByRole('dialog', { name: 'Tạo phong trào thi đua' });
    await form.getByLabel('Tên phong trào').fill(name);
    await chooseInTree(page, form, 'Đơn vị tham gia', SCHOOL, 'Tiểu học');
    await chooseInTree(page, form, 'Đơn vị tham gia', SECONDARY, 'Trung học');
    expect(await form.getByTestId('criterion-row').count()).toBe(3);
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã tạo phong trào thi đua.').waitFor();
    // Closing, the dialog gives the focus back to "Tạo phong trào": only then is the page the user's again
    // (a key pressed before lands on that button and opens a new, empty form).
    await form.waitFor({ state: 'hidden' });
    await openMovement(page, name, 'nha truong xanh');
    await page.getByText('Tiêu chí chấm điểm').waitFor();
    await transition(page, 'Phát động phong trào');
    await expect
      .poll(() => page.getByTestId('movement-status').textContent())
      .toBe('Đã phát động, đang nhận đăng ký');
    await page.getByTestId('registration-missing').getByText(SCHOOL).waitFor();
    await shot(page, '30-phong-trao');
  });

  it('the unit head finds the task in "Việc cần làm" and registers the school', async () => {
    const name = movement('Thư viện thân thiện');
    await movementAt('LAUNCHED', name, [SCHOOL, SECONDARY]);
    const page = await pageAs(browser, 'truongth');
    await page.goto('/');
    // the side menu counts the unit's open tasks (GET /api/inbox/count)
    const count = page.getByTestId('menu-inbox-count').getByTitle(/việc chưa làm$/);
    const open = Number.parseInt((await count.getAttribute('title')) ?? '', 10);
    expect(open).toBeGreaterThanOrEqual(1);
    expect(open).toBeLessThan(20);
    await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
    await page.getByRole('link', { name: `Đăng ký thi đua: ${name}`, exact: true }).click();
    const panel = page.getByTestId('registration-panel');
    await panel.waitFor();
    await choose(page, 'Đơn vị hoặc cá nhân đăng ký', `Tập thể: ${SCHOOL}`, 'Tập thể');
    await choose(page, 'Danh hiệu đăng ký', /^TTLDTT — /, 'TTLDTT');
    await page
      .getByLabel('Chỉ tiêu, nội dung cam kết')
      .fill('100% lớp học có góc đọc sách; mỗi học sinh đọc ít nhất 10 cuốn sách trong năm học.');
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await page.getByText('Đã gửi đăng ký thi đua.').waitFor();
    await panel.getByRole('cell', { name: SCHOOL }).waitFor();
    await shot(page, '31-dang-ky', { toast: 'Đã gửi đăng ký thi đua.' });
  });

  it('registration offers only the titles a subject may hold and warns, in Vietnamese, on nested pledges', async () => {
    const name = movement('Đăng ký đúng danh hiệu');
    const { movementId } = await movementAt('LAUNCHED', name, [SCHOOL]);
    const page = await pageAs(browser, 'truongth');
    await page.goto(`/phong-trao/${movementId}`);
    const panel = page.getByTestId('registration-panel');
    await panel.waitFor();
    await choose(page, 'Đơn vị hoặc cá nhân đăng ký', `Tập thể: ${SCHOOL}`, 'Tập thể');
    const titles = page.getByRole('combobox', { name: 'Danh hiệu đăng ký' });
    const option = (code: string) =>
      page.locator('.ant-select-item-option', { hasText: new RegExp(`^${code} — `) });
    // a school is a collective but not a village: Thôn văn hóa (Điều 30) is not offered, TTLĐTT is
    await titles.fill('TTLDTT');
    await expect.poll(() => option('TTLDTT').count()).toBe(1);
    await titles.fill('THON_VH');
    await expect.poll(() => page.locator('.ant-select-dropdown-empty:visible').count()).toBeGreaterThan(0);
    expect(await option('THON_VH').count()).toBe(0);
    await titles.fill('');
    await titles.press('Escape');
    await choose(page, 'Đơn vị hoặc cá nhân đăng ký', /^Trần Văn Bình — /, 'Trần Văn Bình');
    await choose(page, 'Danh hiệu đăng ký', /^LDTT — /, 'LDTT');
    await choose(page, 'Danh hiệu đăng ký', /^CSTDCS — /, 'CSTDCS');
    await panel.getByText('Lưu ý về danh hiệu đăng ký').waitFor();
    await panel.getByText(/chỉ cần đăng ký danh hiệu cao nhất/).waitFor();
  });

  it('the officer starts the movement and opens the final review', async () => {
    const name = movement('Dạy tốt, học tốt, an toàn giao thông');
    const { movementId } = await movementAt('LAUNCHED', name, [SCHOOL, SECONDARY], {
      registered: [SCHOOL, SECONDARY],
    });
    const page = await pageAs(browser, 'canbo');
    await page.goto(`/phong-trao/${movementId}`);
    await transition(page, 'Bắt đầu triển khai (đóng đăng ký)');
    await expect.poll(() => page.getByTestId('movement-status').textContent()).toBe('Đang triển khai');
    await transition(page, 'Mở tổng kết');
    await expect.poll(() => page.getByTestId('movement-status').textContent()).toBe('Đang tổng kết');
    await page.getByRole('link', { name: finalReview(name), exact: true }).click();
    await page.getByTestId('ranking').waitFor();
  });

  it('the unit head scores the school with evidence; an out-of-range score is refused', async () => {
    const name = movement('Trường học hạnh phúc');
    await movementAt('FINAL_REVIEW', name, [SCHOOL, SECONDARY]);
    const page = await pageAs(browser, 'truongth');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
    await page
      .getByRole('link', { name: `Tự chấm điểm và gửi báo cáo: ${finalReview(name)}`, exact: true })
      .click();
    await page.getByTestId('score-sheet').waitFor();
    await fillScores(page, [11, 9, 9], 'Báo cáo số');
    await page
      .getByText('Điểm của tiêu chí "Kết quả thực hiện nhiệm vụ, chỉ tiêu được giao" phải từ 0 đến 10.')
      .waitFor();
    await fillScores(page, [10, 9, 9]);
    await page.getByText('Đã lưu bảng điểm.').waitFor();
    await page.getByTestId('ranking').getByRole('cell', { name: SCHOOL }).waitFor();
    await shot(page, '32-cham-diem', { toast: 'Đã lưu bảng điểm.' });
  });

  it('a council member scores both schools', async () => {
    const name = movement('Xanh hóa sân trường');
    const { reviewId } = await movementAt('FINAL_REVIEW', name, [SCHOOL, SECONDARY]);
    const page = await pageAs(browser, 'hoidong1');
    await page.goto(`/cham-diem/${reviewId}`);
    await page.getByTestId('score-sheet').waitFor();
    await choose(page, 'Đơn vị được chấm', SCHOOL);
    await fillScores(page, [9, 9, 8]);
    await page.getByText('Đã lưu bảng điểm.').waitFor();
    const ranking = page.getByTestId('ranking');
    await ranking.getByRole('row', { name: new RegExp(SCHOOL) }).waitFor();
    await choose(page, 'Đơn vị được chấm', SECONDARY);
    await fillScores(page, [8, 7, 7]);
    await ranking.getByRole('row', { name: new RegExp(SECONDARY) }).waitFor();
    await ranking.getByRole('row', { name: new RegExp(SCHOOL) }).waitFor();
  });

  it('the officer closes the review and turns the winner into a proposal', async () => {
    const name = movement('Giữ gìn trường lớp sạch đẹp');
    const { reviewId } = await movementAt('FINAL_REVIEW', name, [SCHOOL, SECONDARY]);
    await scoreSheet(reviewId as string, SCHOOL, [9, 9, 8]);
    await scoreSheet(reviewId as string, SECONDARY, [8, 7, 7]);
    const page = await pageAs(browser, 'canbo');
    await page.goto(`/cham-diem/${reviewId}`);
    await page.getByRole('button', { name: 'Khóa kết quả' }).click();
    await page
      .getByRole('dialog')
      .filter({ hasText: 'Khóa kết quả?' })
      .getByRole('button', { name: 'Khóa kết quả' })
      .click();
    await expect.poll(() => page.getByTestId('review-status').textContent()).toMatch(/^Đã khóa kết quả/);
    const first = page.getByTestId('ranking').getByRole('row', { name: new RegExp(SCHOOL) });
    await first.getByRole('cell', { name: '1', exact: true }).waitFor();
    await first.getByRole('checkbox').check();
    await page.getByRole('button', { name: /^Lập đề nghị khen thưởng/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Lập đề nghị khen thưởng từ kết quả xếp hạng' });
    await dialog.getByRole('button', { name: 'Lập đề nghị' }).click();
    await page.getByText('Đã lập 1 đề nghị khen thưởng.').waitFor();
    await page.getByTestId('ranking').getByText('Đã lập đề nghị').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await shot(page, '33-xep-hang', { toast: 'Đã lập 1 đề nghị khen thưởng.' });
    await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await page
      .getByRole('row', { name: new RegExp(SCHOOL) })
      .filter({ hasText: 'Giấy khen' })
      .first()
      .waitFor();
  });

  it('the dashboard shows the year for the officer; the calendar and the reviews list open', async () => {
    const name = movement('Ngày hội đọc sách');
    await movementAt('FINAL_REVIEW', name, [SCHOOL, SECONDARY]);
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByTestId('cycle-dashboard').waitFor();
    await page.getByTestId('award-spread').waitFor();
    await shot(page, '02-tong-quan');
    // another year's targets and award spread, chosen on the page
    await choose(page, 'Năm', '2024');
    await page.getByText('Cơ cấu khen thưởng năm 2024').waitFor();
    await page.getByText('Chỉ tiêu năm 2024').waitFor();
    await page.getByRole('menuitem', { name: 'Lịch ngày lễ, kỷ niệm' }).click();
    await page.getByRole('cell', { name: 'Ngày thành lập Đảng Cộng sản Việt Nam' }).waitFor();
    await page.getByRole('menuitem', { name: 'Sơ kết, tổng kết' }).click();
    await page.getByRole('link', { name: finalReview(name), exact: true }).waitFor();
  });
});
