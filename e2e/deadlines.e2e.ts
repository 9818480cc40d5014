import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageAs, shot } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the year's deadlines on the calendar page", () => {
  it('the officer sees the law’s deadlines with their articles, dd/mm/yyyy, on a phone too', async () => {
    const page = await pageAs(browser, 'canbo');
    await page.goto('/lich-ky-niem');
    const year = new Date().getFullYear();
    const card = page.getByTestId('year-deadlines');
    await card.getByText(`Hoàn thành bình xét "Gia đình văn hóa" năm ${year}`).waitFor();
    await card.getByText(`24/11/${year}`).first().waitFor();
    await card.getByText(`Gửi báo cáo thống kê thi đua, khen thưởng năm ${year}`).waitFor();
    await card.getByText(`15/12/${year}`).first().waitFor();
    expect(await card.getByText(/Nghị định 86\/2023\/NĐ-CP/).count()).toBeGreaterThan(0);
    await card.getByText('Thời hạn tính từ sự việc').click();
    await card.getByText(/Công khai danh sách đề nghị khen thưởng trước khi quyết định/).waitFor();
    await shot(page, 'deadlines-1366');

    await page.setViewportSize({ width: 390, height: 844 });
    await card.getByText(`Hoàn thành bình xét "Gia đình văn hóa" năm ${year}`).waitFor();
    const box = await card.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    const wide = await card.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'deadlines-390');
  });
});
