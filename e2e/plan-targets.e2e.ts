import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationsApi } from '../src/contract/organisations';
import { apiAs } from './api';
import { choose, launchBrowser, pageAs, shot } from './browser';

let browser: Browser;
const officer = apiAs('canbo');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface PlanRow {
  id: string;
  year: number;
  theme: string;
  content?: { theme: string; recipients: string[] };
}

describe('annual plan and targets in Chromium', () => {
  it('the officer copies the 2024 plan to a new year, edits the theme and a recipient, and saves', async () => {
    const plans = await officer.get<PlanRow[]>('/api/plans');
    // a year no other file uses: after every plan that exists
    const year = Math.max(...plans.map((p) => p.year)) + 1;
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Kế hoạch thi đua' }).click();
    await page.getByRole('link', { name: 'Đoàn kết, kỷ cương, sáng tạo, tăng tốc, hiệu quả' }).click();
    await page.getByRole('heading', { name: /Kế hoạch công tác thi đua, khen thưởng năm 2024/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Mở lại để sửa' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /Tải văn bản \(DOCX\)/ }).getAttribute('href')).toMatch(
      /^\/api\/plans\/.+\/document\.docx$/,
    );
    await page.getByRole('link', { name: /Kế hoạch thi đua, khen thưởng/ }).click();

    await page.getByLabel('Năm kế hoạch').fill(String(year));
    await choose(page, 'Sao chép từ', 'Kế hoạch năm 2024');
    await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
    await page.getByRole('heading', { name: new RegExp(`khen thưởng năm ${year}`) }).waitFor();
    await page.getByText(/Để ban hành còn thiếu: chủ đề thi đua, số văn bản, ngày ban hành/).waitFor();

    const theme = `Đoàn kết, đổi mới, bứt phá năm ${year}`;
    await page.getByRole('textbox', { name: 'Chủ đề thi đua' }).fill(theme);
    const recipient = page.getByRole('textbox', { name: 'Nơi nhận 2' });
    await recipient.fill('Ban Thi đua - Khen thưởng tỉnh (để báo cáo)');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu kế hoạch.').waitFor();
    await page.getByText(/Để ban hành còn thiếu: số văn bản, ngày ban hành/).waitFor();
    await shot(page, '20-ke-hoach', { toast: 'Đã lưu kế hoạch.' });

    const id = page.url().split('/').pop() as string;
    const saved = await officer.get<Required<PlanRow>>(`/api/plans/${id}`);
    expect(saved.year).toBe(year);
    expect(saved.content.theme).toBe(theme);
    expect(saved.content.recipients[1]).toBe('Ban Thi đua - Khen thưởng tỉnh (để báo cáo)');
  });

  it('the officer opens the targets, sees the computed summary, and adds a progress entry with evidence', async () => {
    // a target of its own, in a year no seed or other file uses, so nothing else's figures move
    const units = await officer.call(organisationsApi.listUnits, {});
    const health = units.find((u) => u.name === 'Trạm Y tế xã Tân Việt');
    if (!health) throw new Error('no health station in the demo commune');
    await officer.post('/api/targets', {
      year: 2023,
      code: 'E2E1',
      name: 'Tỷ lệ tiêm chủng mở rộng đầy đủ cho trẻ em',
      field: 'Y_TE',
      unit: '%',
      direction: 'AT_LEAST',
      planned: 95,
      baseline: 93,
      responsibleUnitId: health.id,
    });

    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: /Chỉ tiêu$/ }).click();
    await page.getByText(/\d+\/\d+ chỉ tiêu hoàn thành/).waitFor();
    await shot(page, '21-chi-tieu');

    await choose(page, 'Năm', '2023');
    await page.getByText('0/1 chỉ tiêu hoàn thành').waitFor();
    await page.getByRole('button', { name: 'Tiến độ E2E1' }).click();
    await page.getByLabel('Giá trị đạt được').fill('96,5');
    await page
      .getByRole('textbox', { name: 'Căn cứ, minh chứng' })
      .fill('Báo cáo tiêm chủng mở rộng năm 2023 của Trạm Y tế');
    await page.getByRole('button', { name: 'Thêm số liệu' }).click();
    await page.getByText('Đã cập nhật tiến độ.').waitFor();
    await page.getByText('1/1 chỉ tiêu hoàn thành').waitFor();
    await page.getByText('Báo cáo tiêm chủng mở rộng năm 2023 của Trạm Y tế').waitFor();
    const view = await officer.get<{
      targets: { code: string; progress: { value: number; date: string }[] }[];
    }>('/api/targets?year=2023');
    expect(view.targets.find((t) => t.code === 'E2E1')?.progress).toMatchObject([
      { value: 96.5, date: '2023-12-31' },
    ]);
  });

  it('the officer sees a unit’s annual ratings and downloads the Excel template', async () => {
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Đánh giá, xếp loại' }).click();
    await choose(page, 'Đơn vị', 'Trường Tiểu học Tân Việt', 'Tiểu học Tân Việt');
    await choose(page, 'Năm', '2024');
    await page.getByRole('cell', { name: 'Trần Thị Mỹ Dung' }).waitFor();
    await shot(page, '22-danh-gia');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Tải tệp mẫu Excel/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });
});
