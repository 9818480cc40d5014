import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { choose, launchBrowser, newPage, pageAs, shot } from './browser';
import { EXAMPLE_SUMMARY, exampleAt } from './fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The demo commune's example being nurtured (left as it is: the tests below make their own). */
const DEMO_NURTURING = 'Tổ phụ nữ tiết kiệm, giúp nhau phát triển kinh tế';

/** Move the example on from its page: the stage's button, then confirm in its dialog. */
async function moveTo(page: Page, action: string) {
  await page.getByRole('button', { name: action, exact: true }).click();
  await page.getByRole('dialog', { name: action }).getByRole('button', { name: 'Xác nhận' }).click();
}

describe('typical examples (điển hình tiên tiến) in Chromium', () => {
  it('the officer sees the examples on a board by stage', async () => {
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Điển hình tiên tiến' }).click();
    await page.getByTestId('column-NURTURING').getByRole('link', { name: DEMO_NURTURING }).waitFor();
    await page.getByTestId('column-REPLICATING').getByText('Nhân rộng ở 2 đơn vị').waitFor();
    await shot(page, '40-dien-hinh');
  });

  it('summing up is refused without the report, with the article; with the report written, it is accepted', async () => {
    const title = 'Tổ phụ nữ góp vốn xoay vòng thôn Đông';
    const id = await exampleAt('NURTURING', title);
    const page = await pageAs(browser, 'canbo');
    await page.goto(`/dien-hinh-tien-tien/${id}`);
    await page.getByRole('heading', { name: title }).waitFor();
    await expect.poll(() => page.getByTestId('example-stage').textContent()).toBe('Bồi dưỡng');

    await moveTo(page, 'Tổng kết mô hình');
    await page.getByText(/Cần có bài tổng kết mô hình .*Điều 17 khoản 4/).waitFor();
    const refused = page.getByRole('dialog', { name: 'Tổng kết mô hình' });
    await refused.getByRole('button', { name: 'Hủy' }).click();
    await refused.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Sửa, viết bài tổng kết' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa điển hình, bài tổng kết' });
    await edit.getByRole('textbox', { name: 'Bài tổng kết' }).fill(EXAMPLE_SUMMARY);
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu điển hình.').waitFor();
    await page
      .getByTestId('example-summary')
      .getByText(/25 hội viên góp vốn/)
      .waitFor();

    await moveTo(page, 'Tổng kết mô hình');
    await expect.poll(() => page.getByTestId('example-stage').textContent()).toBe('Tổng kết');
  });

  it('the officer records where the model is applied and moves it on to replication', async () => {
    const title = 'Tổ phụ nữ tiết kiệm thôn Trung';
    const id = await exampleAt('SUMMED_UP', title);
    const page = await pageAs(browser, 'canbo');
    await page.goto(`/dien-hinh-tien-tien/${id}`);
    await page.getByRole('heading', { name: title }).waitFor();

    await page.getByRole('button', { name: 'Thêm nơi áp dụng' }).click();
    const add = page.getByRole('dialog', { name: 'Thêm nơi áp dụng' });
    await choose(page, 'Đơn vị áp dụng', 'Thôn Tân Lập', 'tan lap');
    await add
      .getByLabel('Kết quả áp dụng')
      .fill('Chi hội phụ nữ thôn lập tổ tiết kiệm 18 hội viên, 3 lượt vay.');
    await add.getByRole('button', { name: 'Lưu' }).click();
    const replications = page.getByTestId('card-replications');
    await replications.getByText('Thôn Tân Lập').waitFor();
    await replications.getByText('Nhân rộng (1)').waitFor();

    await moveTo(page, 'Nhân rộng');
    await expect.poll(() => page.getByTestId('example-stage').textContent()).toBe('Nhân rộng');
    // discovered, nurtured, summed up, replicated
    await expect.poll(() => page.getByTestId('example-timeline').getByRole('listitem').count()).toBe(4);
    await page.getByRole('heading', { name: title }).scrollIntoViewIfNeeded();
    await shot(page, '41-dien-hinh-chi-tiet', { toast: 'Đã thực hiện: Nhân rộng' });
  });

  it('a replicated example is proposed for commendation: a draft proposal for its unit opens', async () => {
    const title = 'Tổ phụ nữ tiết kiệm thôn Bắc';
    const id = await exampleAt('REPLICATING', title);
    const page = await pageAs(browser, 'canbo');
    await page.goto(`/dien-hinh-tien-tien/${id}`);
    await page.getByRole('heading', { name: title }).waitFor();

    await page.getByRole('button', { name: 'Lập đề nghị khen thưởng' }).click();
    const propose = page.getByRole('dialog', { name: 'Đề nghị khen thưởng điển hình' });
    await choose(
      page,
      'Hình thức khen thưởng',
      'Giấy khen của Chủ tịch UBND xã (thi đua theo đợt, chuyên đề)',
      'chuyen de',
    );
    await propose.getByRole('button', { name: 'Lập đề nghị (dự thảo)' }).click();
    await page.waitForURL(/\/de-nghi\/[0-9a-f-]+$/);
    await expect.poll(() => page.getByTestId('proposal-status').textContent()).toBe('Đang soạn');
    await page.getByText('Hội Liên hiệp Phụ nữ xã Tân Việt').filter({ visible: true }).first().waitFor();
  });

  it('a unit head nominates a teacher of their own school; the example starts at discovery', async () => {
    const page = await pageAs(browser, 'truongth');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Điển hình tiên tiến' }).click();
    await page
      .getByTestId('column-SUMMED_UP')
      .getByRole('link', { name: 'Trường học xanh - sạch - đẹp - an toàn' })
      .waitFor();
    // a unit head sees the examples of their own unit only
    expect(await page.getByRole('link', { name: DEMO_NURTURING }).count()).toBe(0);
    await page.getByRole('button', { name: 'Giới thiệu điển hình' }).click();
    const form = page.getByRole('dialog', { name: 'Giới thiệu điển hình tiên tiến của đơn vị' });
    await choose(page, 'Cá nhân', 'Trần Thị Mỹ Dung — Trường Tiểu học Tân Việt', 'my dung');
    await form.getByLabel('Tên điển hình').fill('Dạy học trải nghiệm ở vườn trường');
    await form
      .getByLabel('Mô hình, cách làm hay')
      .fill('Học sinh học môn Tự nhiên và Xã hội ngay tại vườn trường, ghi nhật ký cây trồng theo nhóm.');
    await choose(page, 'Lĩnh vực', 'Giáo dục');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: 'Dạy học trải nghiệm ở vườn trường' }).waitFor();
    expect(await page.getByTestId('example-stage').textContent()).toBe('Phát hiện');
    await page.getByTestId('example-timeline').getByText('Đơn vị giới thiệu').waitFor();
    expect(await page.getByRole('button', { name: 'Chuyển sang bồi dưỡng' }).count()).toBe(0);
  });

  it('a citizen opens /dien-hinh without logging in and sees only summed-up examples', async () => {
    const citizen = await newPage(browser, inject('baseUrl'));
    await citizen.goto('/dien-hinh');
    await citizen.getByRole('heading', { name: 'Gương điển hình tiên tiến' }).waitFor();
    const examples = citizen.getByTestId('public-example');
    await examples.getByText('Mô hình trồng rau an toàn theo tiêu chuẩn VietGAP ở thôn Bình An').waitFor();
    await examples.getByText('Trường học xanh - sạch - đẹp - an toàn', { exact: true }).waitFor();
    await citizen.getByText(/Đã nhân rộng tại: Thôn Hòa Bình .*; Thôn Phú Xuân/).waitFor();
    // neither an example only discovered nor one still being nurtured, nor the officers' notes
    expect(
      await citizen.getByText('Chăn nuôi lợn an toàn sinh học, xử lý chất thải bằng đệm lót').count(),
    ).toBe(0);
    expect(await citizen.getByText(DEMO_NURTURING).count()).toBe(0);
    expect(await citizen.getByText('Cân nhắc đề nghị').count()).toBe(0);
  });
});
