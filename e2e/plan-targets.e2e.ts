import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiContextOptions, launchBrowser, login, newPage, shot } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let officerApi: APIRequestContext;

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

/** Let toasts fade, drop-downs close and tables stop loading before a screenshot. */
async function settled(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .first()
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .catch(() => undefined);
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 5_000 })
    .catch(() => undefined);
  await page.waitForTimeout(500); // the table's un-blur transition after loading
}

interface PlanRow {
  id: string;
  year: number;
  theme: string;
  content?: { theme: string; recipients: string[] };
}

describe('annual plan and targets in Chromium', () => {
  it('the officer copies the 2024 plan to a new year, edits the theme and a recipient, and saves', async () => {
    const plans = (await (await officerApi.get('/api/plans')).json()) as PlanRow[];
    // a year no other file uses: after every plan that exists
    const year = Math.max(...plans.map((p) => p.year)) + 1;
    await login(page, 'canbo');
    await page.getByRole('menuitem', { name: 'Kế hoạch thi đua' }).click();
    await page.getByRole('link', { name: 'Đoàn kết, kỷ cương, sáng tạo, tăng tốc, hiệu quả' }).click();
    await page.getByRole('heading', { name: /Kế hoạch công tác thi đua, khen thưởng năm 2024/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Mở lại để sửa' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /Tải văn bản \(DOCX\)/ }).getAttribute('href')).toMatch(
      /^\/api\/plans\/.+\/document\.docx$/,
    );
    await page.getByRole('link', { name: /Kế hoạch thi đua, khen thưởng/ }).click();

    await page.getByLabel('Năm kế hoạch').fill(String(year));
    await page.getByRole('combobox', { name: 'Sao chép từ' }).click();
    await page.locator('.ant-select-item-option[title="Kế hoạch năm 2024"]').click();
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
    await settled(page);
    await shot(page, '20-ke-hoach');

    const id = page.url().split('/').pop() as string;
    const saved = (await (await officerApi.get(`/api/plans/${id}`)).json()) as Required<PlanRow>;
    expect(saved.year).toBe(year);
    expect(saved.content.theme).toBe(theme);
    expect(saved.content.recipients[1]).toBe('Ban Thi đua - Khen thưởng tỉnh (để báo cáo)');
  });

  it('the officer opens the targets, sees the computed summary, and adds a progress entry with evidence', async () => {
    // a target of its own, in a year no seed or other file uses, so nothing else's figures move
    const units = (await (await officerApi.get('/api/units')).json()) as { id: string; name: string }[];
    const health = units.find((u) => u.name === 'Trạm Y tế xã Tân Việt') as { id: string };
    const created = await officerApi.post('/api/targets', {
      data: {
        year: 2023,
        code: 'E2E1',
        name: 'Tỷ lệ tiêm chủng mở rộng đầy đủ cho trẻ em',
        field: 'Y_TE',
        unit: '%',
        direction: 'AT_LEAST',
        planned: 95,
        baseline: 93,
        responsibleUnitId: health.id,
      },
    });
    expect(created.status()).toBe(201);

    await page.getByRole('menuitem', { name: /Chỉ tiêu$/ }).click();
    await page.getByText(/\d+\/\d+ chỉ tiêu hoàn thành/).waitFor();
    await settled(page);
    await shot(page, '21-chi-tieu');

    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByTitle('2023', { exact: true }).click();
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
    const view = (await (await officerApi.get('/api/targets?year=2023')).json()) as {
      targets: { code: string; progress: { value: number; date: string }[] }[];
    };
    expect(view.targets.find((t) => t.code === 'E2E1')?.progress).toMatchObject([
      { value: 96.5, date: '2023-12-31' },
    ]);
    await page.keyboard.press('Escape');
  });

  it('the officer sees a unit’s annual ratings and downloads the Excel template', async () => {
    await page.getByRole('menuitem', { name: 'Đánh giá, xếp loại' }).click();
    await page.getByRole('combobox', { name: 'Đơn vị' }).click();
    await page.getByRole('combobox', { name: 'Đơn vị' }).fill('Tiểu học');
    await page.getByTitle('Trường Tiểu học Tân Việt').click();
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByTitle('2024', { exact: true }).click();
    await page.getByRole('cell', { name: 'Trần Thị Mỹ Dung' }).waitFor();
    await settled(page);
    await shot(page, '22-danh-gia');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Tải tệp mẫu Excel/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });
});
