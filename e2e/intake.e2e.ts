import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationsApi } from '../src/contract/organisations';
import { COLUMNS } from '../src/server/intake/intake-columns';
import { rowXml, xlsxOf } from '../src/server/ratings/xlsx-test-files';
import { apiAs } from './api';
import { launchBrowser, pageAs, shot } from './browser';

let browser: Browser;
const officer = apiAs('canbo');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Excel intake in Chromium', () => {
  it('the officer imports people: a bad row stops the file, then the clean rows go in', async () => {
    const unit = (await officer.call(organisationsApi.listUnits, {})).find(
      (u) => u.active && u.kind !== 'XA',
    );
    if (!unit) throw new Error('no unit in the demo commune');
    // a citizen ID of a man born in 1985 no other run used
    const id = `001085${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    const file = await xlsxOf([
      rowXml(
        1,
        COLUMNS.people.map((c) => c.header),
      ),
      rowXml(2, [id, 'Phạm Văn Nhập', '15/04/1985', 'Nam', 'Kinh', 'Giáo viên', unit.code, 'VIEN_CHUC']),
      rowXml(3, ['12345', 'Sai Số', 1985, 'Nam', null, null, unit.code, 'VIEN_CHUC']),
    ]);
    const upload = { name: 'ca-nhan.xlsx', mimeType: 'application/octet-stream', buffer: file };

    for (const width of [1366, 390]) {
      const page = await pageAs(browser, 'canbo');
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/nhap-du-lieu');
      await page.getByRole('heading', { name: 'Nhập dữ liệu từ Excel' }).waitFor();
      await page.getByText(/Thứ tự nhập: 1\) Đơn vị → 2\) Cá nhân/).waitFor();
      const card = page.getByRole('region', { name: 'Danh sách cá nhân' });
      expect(await card.getByRole('link', { name: /Tải tệp mẫu/ }).getAttribute('href')).toBe(
        '/api/intake/people/template.xlsx',
      );
      if (width === 1366) {
        await card.locator('input[type=file]').setInputFiles(upload);
        await card.getByText(/Tệp có 1\/2 dòng lỗi, chưa nhập dòng nào/).waitFor();
        await card
          .getByRole('cell', { name: 'Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số' })
          .waitFor();
        expect(await card.getByRole('cell', { name: 'Số CCCD', exact: true }).count()).toBe(1);
        await shot(page, 'intake-refused-1366');

        await card.getByRole('radio', { name: 'Nhập các dòng đúng, bỏ qua dòng lỗi' }).check();
        await card.locator('input[type=file]').setInputFiles(upload);
        await card.getByText('Đã nhập 1 người: 1 mới, 0 cập nhật').waitFor();
        await card.getByText(/Bỏ qua 1 dòng lỗi/).waitFor();
        const people = await officer.call(organisationsApi.listPeople, { query: { q: 'Phạm Văn Nhập' } });
        expect(people.map((p) => p.fullName)).toContain('Phạm Văn Nhập');
      } else {
        // on a phone the cards stack and nothing is wider than the screen
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide).toBeLessThanOrEqual(390);
        await card.getByRole('button', { name: /Chọn tệp và nhập/ }).waitFor();
        await shot(page, 'intake-390');
      }
      await page.close();
    }
  });
});
