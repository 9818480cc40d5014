import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyApi } from '../src/contract/history';
import { organisationsApi } from '../src/contract/organisations';
import { apiAs } from './api';
import { choose, launchBrowser, pageAs } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the law in the browser', () => {
  it('the officer audits the catalogue: titles and forms with their articles', async () => {
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Danh mục khen thưởng' }).click();
    await page.getByTestId('catalogue').getByText('Danh hiệu "Chiến sĩ thi đua cơ sở"').click();
    await page
      .getByText(/Có sáng kiến được cơ sở công nhận.*Điểm b Điều 23/)
      .filter({ visible: true })
      .first()
      .waitFor();
    await page
      .getByText('Hình thức khen thưởng', { exact: true })
      .filter({ visible: true })
      .first()
      .waitFor();
  });

  it('the proposal form shows the verdict live, with the failed condition and its article', async () => {
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await page.getByRole('button', { name: 'Lập đề nghị' }).click();
    await choose(page, 'Cá nhân', /^Trần Thị Bích Ngọc — /, 'tran thi bich ngoc');
    await choose(page, 'Hình thức khen thưởng', 'Danh hiệu "Chiến sĩ thi đua cơ sở"');
    await page.getByLabel('Năm thành tích').fill('2024');
    const panel = page.getByTestId('law-panel');
    await expect.poll(() => panel.getByTestId('law-status').textContent()).toBe('Chưa đủ điều kiện');
    await panel.getByText(/Không có sáng kiến, đề tài được công nhận trong năm 2024/).waitFor();
    await panel
      .getByText(/Điểm b Điều 23 Luật Thi đua, khen thưởng 2022/)
      .filter({ visible: true })
      .first()
      .waitFor();
    // Decided today (after 01/7/2025): the commune chairman, under Decree 129/2025.
    await expect
      .poll(() => panel.getByTestId('law-decider').textContent())
      .toMatch(/^Chủ tịch UBND xãNghị định 129\/2025\/NĐ-CP/);
    // Giấy khen for the same person: the verdict changes as the form changes.
    await choose(
      page,
      'Hình thức khen thưởng',
      'Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)',
    );
    await expect.poll(() => panel.getByTestId('law-status').textContent()).toBe('Đủ điều kiện');
  });

  it('one achievement, one award: the form refuses a Giấy khen for what the province already commended', async () => {
    const api = apiAs('canbo');
    const fullName = `Vũ Thị Một Lần ${Date.now() % 100000}`;
    const unit = (await api.call(organisationsApi.listUnits, {})).find((u) => u.level !== 'XA' && u.active);
    if (!unit) throw new Error('no unit');
    const { id } = await api.call(organisationsApi.createPerson, {
      body: { fullName, gender: 'NU', category: 'CONG_CHUC', unitId: unit.id },
    });
    await api.call(historyApi.createAward, {
      body: {
        subjectKind: 'INDIVIDUAL',
        subjectId: id,
        awardCode: 'BK_TINH',
        issuingLevel: 'TINH',
        issuingBody: 'Chủ tịch UBND tỉnh',
        decisionNumber: '77/QĐ-UBND',
        decisionDate: '2026-01-20',
        year: 2025,
        nature: 'THUONG_XUYEN',
      },
    });
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await page.getByRole('button', { name: 'Lập đề nghị' }).click();
    await choose(page, 'Đơn vị đề nghị', unit.name);
    await choose(page, 'Cá nhân', new RegExp(`^${fullName} — `), fullName);
    await page.getByLabel('Năm thành tích').fill('2025');
    await page.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ năm 2025');
    await page.getByRole('button', { name: 'Lưu và gửi' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: `${fullName} đã được tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025` })
      .waitFor();
    await page.getByText('một thành tích không khen nhiều lần, nhiều hình thức').first().waitFor();
  });

  it('year-end suggestions list eligible people per award within quotas', async () => {
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Gợi ý khen thưởng' }).click();
    await page.getByLabel('Năm thành tích').fill('2024');
    await page.getByTestId('suggest-LDTT').getByRole('listitem').first().waitFor();
    await page.getByTestId('suggest-CSTDCS').waitFor();
  });

  it('the officer sees the quotas of the year over the proposals; the administrator chooses how they apply', async () => {
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await page
      .getByTestId('quota-status')
      .getByText(/^CSTĐCS: \d+\/\d+ — tối đa 15% của \d+ người đạt LĐTT$/)
      .waitFor();
    const admin = await pageAs(browser, 'admin');
    await admin.goto('/');
    await admin.getByRole('menuitem', { name: 'Danh mục khen thưởng' }).click();
    const settings = admin.getByTestId('quota-settings');
    await settings.getByText('CSTĐCS ≤ 15% LĐTT').waitFor();
    await settings.getByText('Xem xét: được vượt khi ghi nhận ngoại lệ có lý do').first().waitFor();
  });
});
