import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyApi } from '../src/contract/history';
import { organisationsApi } from '../src/contract/organisations';
import { apiAs } from './api';
import { choose, launchBrowser, pageAs, shot } from './browser';
import { unitNamed } from './fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the history lookup in the browser', () => {
  it('the officer finds a person without diacritics, sees the awards of every level and enters an initiative', async () => {
    const api = apiAs('canbo');
    const units = await api.call(organisationsApi.listUnits, {});
    const unit =
      units.find((u) => u.level !== 'XA' && u.active) ?? (await unitNamed('Hội Nông dân xã Tân Việt', api));
    const tag = Math.random().toString(36).slice(2, 6);
    const fullName = `Vũ Thị Tra Cứu ${tag.toUpperCase()}`;
    const { id } = await api.call(organisationsApi.createPerson, {
      body: { fullName, gender: 'NU', category: 'CONG_CHUC', unitId: unit.id, position: 'Công chức văn hóa' },
    });
    await api.call(historyApi.createAward, {
      body: {
        subjectKind: 'INDIVIDUAL',
        subjectId: id,
        awardCode: 'CSTDCS',
        issuingLevel: 'HUYEN',
        issuingBody: 'Ủy ban nhân dân huyện Cũ',
        decisionNumber: `${tag}/QĐ-UBND`,
        decisionDate: '2023-12-20',
        year: 2023,
        nature: 'THUONG_XUYEN',
      },
    });

    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Tra cứu khen thưởng' }).click();
    await choose(
      page,
      'Tìm cá nhân, tập thể, hộ gia đình',
      new RegExp(`^${fullName}`),
      `vu thi tra cuu ${tag}`,
    );
    await page.waitForURL(`**/tra-cuu/ca-nhan/${id}`);
    await page.getByRole('cell', { name: new RegExp(`${tag}/QĐ-UBND`) }).waitFor();
    await page.getByText('Ủy ban nhân dân huyện Cũ').waitFor();
    await page.getByText('Đủ điều kiện khen thưởng').waitFor();

    await page.getByRole('button', { name: 'Nhập sáng kiến, đề tài' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên sáng kiến, đề tài').fill('Sáng kiến tủ sách thôn');
    await dialog.getByLabel('Năm công nhận').fill('2024');
    await dialog.getByLabel('Ngày công nhận').fill('02/01/2025');
    await dialog.getByLabel('Ngày công nhận').press('Enter');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    // the server's message beside the field
    await dialog.getByText('Ngày công nhận phải thuộc năm 2024').waitFor();
    await dialog.getByLabel('Ngày công nhận').fill('02/11/2024');
    await dialog.getByLabel('Ngày công nhận').press('Enter');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('cell', { name: 'Sáng kiến Sáng kiến tủ sách thôn', exact: true }).waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'history-lookup-1366');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('cell', { name: 'Sáng kiến Sáng kiến tủ sách thôn', exact: true }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'history-lookup-390');
  });
});
