import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs } from './api';
import { choose, launchBrowser, newPage, pageAs, shot } from './browser';
import {
  councilRecommended,
  disclosureOf,
  meetingOn,
  PRESENT,
  type ProposalSpec,
  paperVotes,
  proposalAt,
  voteAs,
} from './fixtures';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Chiến sĩ thi đua cơ sở needs the council's secret ballot. The people of the demo commune who meet its
 * conditions, one per test that picks a proposal from a list by name (so the row is this test's own);
 * the tests that open their meeting by its address share the last one (no decision is made for it).
 */
const CSTDCS = (person: string, year: number): ProposalSpec => ({
  person,
  award: 'CSTDCS',
  year,
  achievement: 'Hai năm liền Lao động tiên tiến; sáng kiến dạy học tích cực được công nhận cấp cơ sở.',
});
const TO_DISCLOSE = CSTDCS('Dương Văn Sơn', 2024);
const TO_SCHEDULE = CSTDCS('Nguyễn Văn An', 2024);
const TO_DECIDE = CSTDCS('Nguyễn Thị Ngọc Ánh', 2026);
const ON_AGENDA = CSTDCS('Đoàn Văn Ước', 2024);

/**
 * One achievement, one award (khoản 2 Điều 5 Luật TĐKT 2022): a person has one CSTĐCS proposal for a year in
 * flight at a time, so each test that shares ON_AGENDA first sets the previous test's proposal aside (rejected,
 * with a reason) and then makes its own.
 */
let onAgendaId: string | undefined;
async function freshOnAgenda(): Promise<string> {
  if (onAgendaId) {
    await apiAs('canbo').post(`/api/proposals/${onAgendaId}/actions/reject`, {
      reason: 'Thay bằng đề nghị của phiên họp sau (dữ liệu kiểm thử)',
    });
  }
  onAgendaId = await proposalAt('FORWARDED', ON_AGENDA);
  return onAgendaId;
}

async function ballotIssued(page: Page, n: number) {
  await expect
    .poll(() => page.getByTestId('ballots-issued').textContent())
    .toBe(`${n} thành viên đã nhận phiếu`);
}

describe('a whole council meeting in Chromium', () => {
  it('the officer publicly discloses a forwarded CSTĐCS proposal', async () => {
    await proposalAt('FORWARDED', TO_DISCLOSE);
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Công khai, ý kiến' }).click();
    await page
      .getByRole('row', { name: /Dương Văn Sơn/ })
      .getByRole('checkbox')
      .check();
    await page.getByLabel('Tiêu đề').fill('Danh sách đề nghị Chiến sĩ thi đua cơ sở năm 2024');
    await page.getByRole('button', { name: /Công khai \(1\)/ }).click();
    await page.getByText('Đã công khai danh sách.').waitFor();
    await page.getByRole('cell', { name: 'Danh sách đề nghị Chiến sĩ thi đua cơ sở năm 2024' }).waitFor();
  });

  it('a citizen reads the public list and sends an objection; the officer handles it', async () => {
    const title = 'Danh sách đề nghị khen thưởng của Trường Tiểu học';
    await disclosureOf([await freshOnAgenda()], title);
    const citizen = await newPage(browser, baseUrl);
    await citizen.goto('/cong-khai');
    await citizen.getByRole('link', { name: title, exact: true }).click();
    await citizen.getByText('Đoàn Văn Ước — Trường Tiểu học Tân Việt').waitFor();
    await choose(citizen, 'Về người/tập thể', 'Đoàn Văn Ước');
    await citizen.getByLabel('Phản ánh (đề nghị xem xét lại)').check();
    await citizen
      .getByLabel('Nội dung')
      .fill('Đề nghị Hội đồng xác minh lại số liệu sáng kiến được công nhận.');
    await citizen.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await citizen.getByText(/Ý kiến đã được ghi nhận/).waitFor();
    await shot(citizen, '09-cong-khai');

    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Công khai, ý kiến' }).click();
    await page.getByRole('cell', { name: title, exact: true }).click();
    await page.getByRole('button', { name: 'Xử lý', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Xử lý ý kiến' });
    await dialog
      .getByLabel('Cách xử lý, trả lời')
      .fill('Đã xác minh với nhà trường: sáng kiến có quyết định công nhận hợp lệ.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Không có cơ sở').filter({ visible: true }).first().waitFor();
  });

  it('the officer sets the agenda, takes attendance, opens the meeting and the ballot', async () => {
    await proposalAt('FORWARDED', TO_SCHEDULE);
    const page = await pageAs(browser, 'canbo');
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Hội đồng TĐKT' }).click();
    await page
      .getByRole('row', { name: /Nguyễn Văn An/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: /Lập chương trình \(1\)/ }).click();
    await page.getByTestId('quorum').waitFor();
    for (const name of PRESENT) {
      // The checkbox is driven by the server's attendance record: click, then wait for the saved state.
      await page.getByLabel(name, { exact: true }).click();
      await expect.poll(() => page.getByLabel(name, { exact: true }).isChecked()).toBe(true);
    }
    await expect.poll(() => page.getByTestId('quorum').textContent()).toContain('Đủ điều kiện họp');
    await page.getByRole('button', { name: 'Khai mạc', exact: true }).click();
    await page.getByRole('button', { name: 'Thảo luận', exact: true }).click();
    await page.getByText('Đang thảo luận').waitFor();
    await page.getByRole('button', { name: 'Mở bỏ phiếu', exact: true }).click();
    await page.getByText('Đang bỏ phiếu').waitFor();
  });

  it('three council members vote from their own browsers; while open only who received a ballot is shown', async () => {
    const id = await freshOnAgenda();
    const { meetingId } = await meetingOn([id], {
      title: 'Họp Hội đồng xét Chiến sĩ thi đua cơ sở',
      ballot: true,
    });
    for (const [i, user] of ['hoidong1', 'hoidong2', 'hoidong3'].entries()) {
      const page = await pageAs(browser, user);
      await page.goto(`/hoi-dong/${meetingId}`);
      await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
      // The vote is sealed until the close: acknowledged with a receipt, no count of votes on the page.
      await page.getByText(/Máy chủ đã nhận phiếu của bạn/).waitFor();
      await ballotIssued(page, i + 1);
      if (user === 'hoidong3') await shot(page, '10-bo-phieu');
      await page.context().close();
    }
  });

  it('the tellers enter three paper ballots, count, and the council recommends; minutes are produced', async () => {
    const id = await freshOnAgenda();
    const { meetingId, ballotId } = await meetingOn([id], {
      title: 'Họp Hội đồng Thi đua - Khen thưởng xã, phiên bỏ phiếu kín',
      ballot: true,
    });
    for (const user of ['hoidong1', 'hoidong2', 'hoidong3']) await voteAs(user, ballotId as string, 'DONG_Y');
    const page = await pageAs(browser, 'canbo');
    await page.goto(`/hoi-dong/${meetingId}`);
    await ballotIssued(page, 3);
    // While a step is saving, the tellers' buttons are disabled: each click below waits for them, as the tellers do.
    const agree = page.getByRole('button', { name: 'Nhập phiếu: đồng ý' });
    for (const [i, name] of ['Đỗ Thị Hồng Nhung', 'Lê Quốc Vượng', 'Vương Đình Toàn'].entries()) {
      await page.getByLabel('Thành viên nhận phiếu giấy').selectOption({ label: name });
      await page.getByRole('button', { name: 'Phát phiếu giấy' }).click();
      await page.getByRole('cell', { name: `Phiếu giấy đã phát : ${i + 1}` }).waitFor();
      await agree.click();
    }
    await expect.poll(() => agree.isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Kết thúc bỏ phiếu và kiểm phiếu' }).click();
    await expect.poll(() => page.getByTestId('ballot-result').textContent()).toContain('6/10');
    await page.getByRole('button', { name: 'Đề nghị khen thưởng', exact: true }).click();
    await page.getByText('Hội đồng đề nghị').filter({ visible: true }).first().waitFor();
    await shot(page, '11-hop-hoi-dong');
    await page.getByRole('button', { name: 'Bế mạc', exact: true }).click();
    await page.getByText('Đã họp', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Biên bản', exact: true }).click();
    await page.getByText('Họp Hội đồng Thi đua - Khen thưởng').filter({ visible: true }).first().waitFor();
    await page.getByText(/6\/10 phiếu đồng ý \(60%\)/).waitFor();
    await page.getByText(/Thành viên có mặt: 9\/10/).waitFor();
    await shot(page, '12-bien-ban');
  });

  it('after the count a member finds their receipt among the ballots counted', async () => {
    const id = await freshOnAgenda();
    const { meetingId, ballotId } = await meetingOn([id], {
      title: 'Họp Hội đồng, kiểm tra biên nhận phiếu',
      ballot: true,
    });
    const page = await pageAs(browser, 'hoidong1');
    await page.goto(`/hoi-dong/${meetingId}`);
    await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await page.getByText(/Máy chủ đã nhận phiếu của bạn/).waitFor();
    await paperVotes(ballotId as string, ['Đỗ Thị Hồng Nhung']);
    await apiAs('canbo').post(`/api/ballots/${ballotId}/close`);
    await page.reload();
    await page.getByText(/Phiếu của bạn đã được đếm/).waitFor();
  });

  it('the chairman approves the recommended proposal and signs the decision', async () => {
    const id = await councilRecommended(TO_DECIDE, 'Họp Hội đồng xét Chiến sĩ thi đua cơ sở năm 2026');
    const page = await pageAs(browser, 'chutich');
    await page.goto(`/de-nghi/${id}`);
    await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await expect.poll(() => page.getByTestId('proposal-status').textContent()).toBe('Chủ tịch đã duyệt');
    await page.getByRole('menuitem', { name: 'Quyết định, giấy khen' }).click();
    await page
      .getByRole('row', { name: /Nguyễn Thị Ngọc Ánh/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: /Ký quyết định khen thưởng/ }).click();
    await page.getByRole('heading', { name: /Quyết định số \d+\/QĐ-UBND/ }).waitFor();
    await page.getByText('Nguyễn Thị Ngọc Ánh').filter({ visible: true }).first().waitFor();
  });
});
