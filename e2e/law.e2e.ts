import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, logout, newPage, selectByTyping } from './browser';

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

/** The award select lists the catalogue (no search box): open it and click the option. */
async function chooseAward(name: string) {
  await page.locator('#awardCode').click();
  await page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
}

describe('the law in the browser', () => {
  it('the officer audits the catalogue: titles and forms with their articles', async () => {
    await login(page, 'canbo');
    await page.getByRole('menuitem', { name: 'Danh mục khen thưởng' }).click();
    await page.getByTestId('catalogue').getByText('Danh hiệu "Chiến sĩ thi đua cơ sở"').click();
    await page
      .getByText(/Có sáng kiến được cơ sở công nhận.*Điểm b Điều 23/)
      .first()
      .waitFor();
    await expect
      .poll(() => page.getByText('Hình thức khen thưởng', { exact: true }).count())
      .toBeGreaterThan(0);
  });

  it('the proposal form shows the verdict live, with the failed condition and its article', async () => {
    await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await page.getByRole('button', { name: 'Lập đề nghị' }).click();
    await pick('personId', 'tran thi bich ngoc');
    await chooseAward('Danh hiệu "Chiến sĩ thi đua cơ sở"');
    await page.locator('#year').fill('2024');
    const panel = page.getByTestId('law-panel');
    await expect
      .poll(() => panel.getByTestId('law-status').textContent(), { timeout: 10_000 })
      .toBe('Chưa đủ điều kiện');
    await panel.getByText(/Không có sáng kiến, đề tài được công nhận trong năm 2024/).waitFor();
    await panel
      .getByText(/Điểm b Điều 23 Luật Thi đua, khen thưởng 2022/)
      .first()
      .waitFor();
    // Decided today (after 01/7/2025): the commune chairman, under Decree 129/2025.
    await expect
      .poll(() => panel.getByTestId('law-decider').textContent(), { timeout: 10_000 })
      .toMatch(/^Chủ tịch UBND xãNghị định 129\/2025\/NĐ-CP/);
    // Giấy khen for the same person: the verdict changes as the form changes.
    await chooseAward('Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)');
    await expect
      .poll(() => panel.getByTestId('law-status').textContent(), { timeout: 10_000 })
      .toBe('Đủ điều kiện');
  });

  it('year-end suggestions list eligible people per award within quotas', async () => {
    await page.getByRole('menuitem', { name: 'Gợi ý khen thưởng' }).click();
    await page.getByLabel('Năm thành tích').fill('2024');
    const ldtt = page.getByTestId('suggest-LDTT');
    await ldtt.waitFor();
    await expect.poll(async () => (await ldtt.locator('li').count()) > 0, { timeout: 10_000 }).toBe(true);
    await page.getByTestId('suggest-CSTDCS').waitFor();
    await logout(page);
  });
});
