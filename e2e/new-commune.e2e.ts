/**
 * A real commune starts on an empty server, through the UI alone, as its officers would: the first-run
 * setup, the commune's profile, its units, an officer's account, its people and their award history from
 * the product's own Excel templates; then one teacher's history and the law's verdict at "Tra cứu".
 * The tests run in order on one server of their own (no demo data); each signs in again.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes } from '../src/server/testing/sample-files';
import { choose, launchBrowser, login, newPage, shot } from './browser';
import { type FreshServer, startFreshServer } from './fresh-server';

const ADMIN = { username: 'quantri', name: 'Phạm Văn Quang', password: 'Mot-mat-khau-rat-dai-2026' };
const OFFICER = { username: 'canbo.tdkt', name: 'Đỗ Thị Hạnh', password: 'Thi-dua-Hoa-Binh-2026' };
const SCHOOL = { name: 'Trường Tiểu học Hòa Bình', code: 'TH-HOABINH' };
const VILLAGE = { name: 'Thôn Đông', code: 'THON-DONG' };
/** Citizen IDs: province 001, 1 = woman / 0 = man born in the 1900s, then the year of birth's last digits. */
const LAN = { id: '001185004321', name: 'Nguyễn Thị Lan', born: '12/03/1985', gender: 'Nữ' };
const HOA = { id: '001188007654', name: 'Trần Thị Hoa', born: '05/09/1988', gender: 'Nữ' };
const MINH = { id: '001079001122', name: 'Lê Văn Minh', born: '20/01/1979', gender: 'Nam' };

let server: FreshServer;
let browser: Browser;
let officerPassword = '';

beforeAll(async () => {
  server = await startFreshServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const signedIn = async (who: { username: string; password: string }, width = 1366): Promise<Page> => {
  const page = await newPage(browser, server.baseUrl);
  if (width !== 1366) await page.setViewportSize({ width, height: 860 });
  await login(page, who.username, who.password);
  return page;
};

/** The headers of a template's data sheet, as the product wrote them. */
async function templateHeaders(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('the template has no sheet');
  const headers: string[] = [];
  ws.getRow(1).eachCell((c, n) => {
    headers[n - 1] = String(c.value ?? '').trim();
  });
  return headers;
}

/** A filled copy of a template: one row per record, each value under the template's header of that name. */
async function filled(headers: string[], rows: Record<string, string | number>[]): Promise<Buffer> {
  for (const r of rows)
    for (const h of Object.keys(r)) if (!headers.includes(h)) throw new Error(`the template has no "${h}"`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Download a card's template at "Nhập dữ liệu" and read its headers. */
async function downloadTemplate(page: Page, card: Locator): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('link', { name: /Tải tệp mẫu/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mau-nhap-.+\.xlsx$/);
  const file = await download.path();
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
  return templateHeaders(file);
}

/** Choose a file with the card's "Chọn tệp và nhập" button, as a user picks one from their computer. */
async function importFile(page: Page, card: Locator, name: string, buffer: Buffer): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    card.getByRole('button', { name: /Chọn tệp và nhập/ }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** The entry of an award in the "Đủ điều kiện khen thưởng" list. */
const verdictOf = (page: Page, award: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByText(award, { exact: true }) })
    .first();

async function openHistory(page: Page, search: string, name: string): Promise<void> {
  await page.goto('/tra-cuu');
  await page.getByRole('heading', { name: 'Tra cứu khen thưởng' }).waitFor();
  await choose(page, 'Tìm cá nhân, tập thể, hộ gia đình', new RegExp(`^${name}( |$)`), search);
  await page.waitForURL(/\/tra-cuu\/ca-nhan\//);
  await page.getByRole('heading', { name }).first().waitFor();
}

async function eligibilityFor(page: Page, year: number): Promise<void> {
  const box = page.getByRole('spinbutton', { name: 'Năm thành tích' });
  await box.fill(String(year));
  await page.getByText(/Theo Luật, quyết định ngày/).waitFor();
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
}

describe('a new commune set up from nothing, through the UI', () => {
  it('the first visit sets up the commune and its administrator, who is signed in', async () => {
    const page = await newPage(browser, server.baseUrl);
    await page.goto('/');
    await page.getByRole('heading', { name: /Thiết lập lần đầu/ }).waitFor();
    await page.getByLabel('Tên xã').fill('Xã Hòa Bình');
    await page.getByLabel('Họ tên quản trị viên').fill(ADMIN.name);
    await page.getByLabel('Tên đăng nhập').fill(ADMIN.username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Nhập lại mật khẩu').fill(ADMIN.password);
    await shot(page, '60-thiet-lap-xa');
    await page.getByRole('button', { name: 'Tạo xã và quản trị viên' }).click();
    await page.getByTestId('current-user').getByText(ADMIN.name).waitFor();
  });

  it("the administrator fills in the commune's profile", async () => {
    const page = await signedIn(ADMIN);
    await page.goto('/thong-tin-xa');
    await page.getByRole('heading', { name: 'Thông tin xã' }).waitFor();
    // the setup already wrote what the commune's name gives; the officer completes it
    await expect.poll(() => page.getByLabel('Địa danh').inputValue()).toBe('Hòa Bình');
    await page.getByLabel('Tên cơ quan (như trên con dấu)').fill('ỦY BAN NHÂN DÂN XÃ HÒA BÌNH');
    await page.getByLabel('Địa danh').fill('Hòa Bình');
    await page.getByLabel('Tỉnh').fill('Hà Nội');
    await page.getByLabel('Chủ tịch UBND').fill('Nguyễn Văn Bình');
    await page.getByLabel('Chức danh người ký').fill('CHỦ TỊCH');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu thông tin xã.').waitFor();
    await shot(page, '61-thong-tin-xa', { toast: 'Đã lưu thông tin xã.' });
    // what was saved is what the page shows again
    await page.reload();
    await expect.poll(() => page.getByLabel('Chủ tịch UBND').inputValue()).toBe('Nguyễn Văn Bình');
  });

  it('the administrator adds the units: a school and a village, each under the commune', async () => {
    const page = await signedIn(ADMIN);
    await page.goto('/don-vi');
    await page.getByRole('heading', { name: 'Đơn vị', exact: true }).waitFor();
    for (const [unit, kind] of [
      [SCHOOL, 'Trường học'],
      [VILLAGE, 'Thôn, tổ dân phố'],
    ] as const) {
      await page.getByRole('button', { name: 'Thêm đơn vị', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị' });
      await dialog.getByLabel('Tên đơn vị').fill(unit.name);
      await dialog.getByLabel('Mã đơn vị', { exact: true }).fill(unit.code);
      await choose(page, 'Loại đơn vị', kind);
      // the page's button puts the new unit under the commune
      await dialog.getByText('Xã Hòa Bình', { exact: true }).first().waitFor();
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã thêm đơn vị.').first().waitFor();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(unit.code, { exact: true }).waitFor();
    }
    // the school, selected after it was added, shows the commune as its parent
    await page.getByText(SCHOOL.name, { exact: true }).first().click();
    await page.getByText(SCHOOL.code, { exact: true }).waitFor();
    await shot(page, '62-don-vi', { toast: 'Đã thêm đơn vị.' });
  });

  it('the administrator creates an officer account; the officer signs in and must choose a password', async () => {
    const page = await signedIn(ADMIN);
    await page.goto('/nguoi-dung');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản' });
    await dialog.getByLabel('Tên đăng nhập').fill(OFFICER.username);
    await dialog.getByLabel('Họ tên').fill(OFFICER.name);
    await choose(page, 'Vai trò', 'Cán bộ thi đua, khen thưởng');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const temp = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(temp.length).toBeGreaterThanOrEqual(12);
    await page.getByRole('button', { name: 'Đã ghi lại' }).click();
    await page.getByRole('dialog', { name: 'Mật khẩu tạm' }).waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: new RegExp(OFFICER.username.replace('.', '\\.')) });
    await row.getByText('Cán bộ thi đua, khen thưởng').waitFor();
    await row.getByText('Phải đổi mật khẩu').waitFor();
    await shot(page, '63-nguoi-dung', { toast: /Đã tạo tài khoản/ });

    // the officer, on their own computer
    const officer = await newPage(browser, server.baseUrl);
    await officer.goto('/dang-nhap');
    await officer.getByLabel('Tên đăng nhập').fill(OFFICER.username);
    await officer.getByLabel('Mật khẩu').fill(temp);
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    await officer.getByText('Bạn đang đăng nhập bằng mật khẩu tạm do quản trị viên cấp').waitFor();
    await officer.getByLabel('Mật khẩu tạm').fill(temp);
    await officer.getByLabel('Mật khẩu mới', { exact: true }).fill(OFFICER.password);
    await officer.getByLabel('Nhập lại mật khẩu mới').fill(OFFICER.password);
    await officer.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await officer.getByTestId('current-user').getByText(OFFICER.name).waitFor();
    officerPassword = OFFICER.password;
  });

  it('the officer imports the people, then their award history and initiatives, from the Excel templates', async () => {
    expect(officerPassword).not.toBe('');
    const page = await signedIn(OFFICER);
    await page.goto('/nhap-du-lieu');
    await page.getByRole('heading', { name: 'Nhập dữ liệu từ Excel' }).waitFor();

    // 2. people: the template's columns, three teachers of the school
    const peopleCard = page.getByRole('region', { name: 'Danh sách cá nhân' });
    const peopleHeaders = await downloadTemplate(page, peopleCard);
    expect(peopleHeaders).toEqual(expect.arrayContaining(['Số CCCD', 'Họ và tên', 'Mã đơn vị']));
    const person = (p: typeof LAN) => ({
      'Số CCCD': p.id,
      'Họ và tên': p.name,
      'Ngày sinh': p.born,
      'Giới tính': p.gender,
      'Dân tộc': 'Kinh',
      'Chức vụ': 'Giáo viên',
      'Mã đơn vị': SCHOOL.code,
      'Đối tượng': 'VIEN_CHUC - Viên chức',
    });
    await importFile(
      page,
      peopleCard,
      'ca-nhan-truong-tieu-hoc.xlsx',
      await filled(peopleHeaders, [person(LAN), person(HOA), person(MINH)]),
    );
    await peopleCard.getByText('Đã nhập 3 người: 3 mới, 0 cập nhật').waitFor();

    // 3. award history: Lan three years running, Hoa in 2023 and 2025; one row of a person not imported,
    // left out with "clean rows only" and shown in the bad-rows report
    const awardsCard = page.getByRole('region', { name: 'Khen thưởng đã có' });
    const awardHeaders = await downloadTemplate(page, awardsCard);
    const cstdcs = (p: typeof LAN, year: number, n: number) => ({
      'Số CCCD (cá nhân)': p.id,
      'Danh hiệu, hình thức khen thưởng': 'CSTDCS',
      'Cấp khen thưởng': year < 2025 ? 'HUYEN' : 'XA',
      'Cơ quan ban hành': year < 2025 ? 'UBND huyện Mỹ Đức' : 'UBND xã Hòa Bình',
      'Số quyết định': `${n}/QĐ-UBND`,
      'Ngày quyết định': `18/12/${year}`,
      'Năm thành tích': year,
      'Tính chất thành tích': 'THUONG_XUYEN',
    });
    await awardsCard.getByRole('radio', { name: 'Nhập các dòng đúng, bỏ qua dòng lỗi' }).check();
    await importFile(
      page,
      awardsCard,
      'khen-thuong-da-co.xlsx',
      await filled(awardHeaders, [
        cstdcs(LAN, 2023, 2301),
        cstdcs(LAN, 2024, 2402),
        cstdcs(LAN, 2025, 2503),
        cstdcs(HOA, 2023, 2304),
        cstdcs(HOA, 2025, 2505),
        cstdcs({ ...MINH, id: '001079009999' }, 2025, 2506),
      ]),
    );
    await awardsCard.getByText('Đã nhập 5 khen thưởng: 5 mới, 0 cập nhật').waitFor();
    await awardsCard.getByText(/Bỏ qua 1 dòng lỗi/).waitFor();
    await awardsCard.getByRole('cell', { name: '7', exact: true }).waitFor();

    // 3. initiatives: Lan's initiative recognised by the province in 2025
    const initiativesCard = page.getByRole('region', { name: 'Sáng kiến, đề tài' });
    const initiativeHeaders = await downloadTemplate(page, initiativesCard);
    await importFile(
      page,
      initiativesCard,
      'sang-kien.xlsx',
      await filled(initiativeHeaders, [
        {
          'Số CCCD': LAN.id,
          Loại: 'SANG_KIEN',
          'Tên sáng kiến, đề tài': 'Dạy đọc hiểu cho học sinh lớp 2 qua truyện tranh tự làm',
          'Năm công nhận': 2025,
          'Ngày công nhận': '10/11/2025',
          'Cấp công nhận': 'TINH',
          'Phạm vi ảnh hưởng': 'TINH',
          'Số văn bản công nhận': '215/QĐ-SGDĐT',
        },
      ]),
    );
    await initiativesCard.getByText('Đã nhập 1 sáng kiến, đề tài: 1 mới, 0 cập nhật').waitFor();
    await shot(page, '64-nhap-du-lieu');
    // the bad-rows report: which row, which column, why
    await awardsCard.getByText(/Các dòng lỗi \(1\)/).scrollIntoViewIfNeeded();
    await shot(page, '64-nhap-du-lieu-dong-loi');
  });

  it("at Tra cứu, Lan's three awards make her eligible for provincial emulation soldier; Hoa's broken chain does not", async () => {
    const page = await signedIn(OFFICER);
    await openHistory(page, 'nguyen thi lan', LAN.name);
    const awards = page.getByRole('row').filter({ hasText: 'Chiến sĩ thi đua cơ sở' });
    await expect.poll(() => awards.count()).toBe(3);
    for (const year of [2023, 2024, 2025])
      await awards.filter({ has: page.getByRole('cell', { name: String(year), exact: true }) }).waitFor();
    await page.getByText('Dạy đọc hiểu cho học sinh lớp 2 qua truyện tranh tự làm').waitFor();
    // the third award in a row (2025) completes the chain: the province's title is considered for 2025
    await eligibilityFor(page, 2025);
    const tinh = verdictOf(page, 'Danh hiệu "Chiến sĩ thi đua cấp tỉnh"');
    await tinh.getByText('Đủ điều kiện', { exact: true }).waitFor();
    expect(await tinh.getByText('Chưa đủ điều kiện').count()).toBe(0);
    await tinh.scrollIntoViewIfNeeded();
    await shot(page, '65-tra-cuu');

    // on a phone the cards stack: the law's verdict comes below her awards
    await page.setViewportSize({ width: 390, height: 860 });
    await tinh.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, '66-tra-cuu-390');
    await page.setViewportSize({ width: 1366, height: 860 });

    // the scanned decision of 2025 goes with the award as its evidence
    const scan = 'QĐ 2503-QĐ-UBND khen CSTĐCS 2025.pdf';
    const award2025 = awards.filter({ has: page.getByRole('cell', { name: '2025', exact: true }) });
    await award2025.getByRole('button', { name: 'Mở rộng dòng' }).click();
    const panel = page.getByTestId('attachments-panel');
    await panel.getByText('Chưa có tệp đính kèm.').waitFor();
    await panel.getByText('Minh chứng', { exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await panel.getByText('Kéo tệp vào đây hoặc bấm để chọn tệp').click();
    await (await chooser).setFiles({
      name: scan,
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdfBytes('Quyet dinh 2503 khen Chien si thi dua co so 2025')),
    });
    await page.getByText(`Đã đính kèm tệp ${scan}.`).waitFor();
    await panel.getByText(scan).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await shot(page, '68-minh-chung', { toast: `Đã đính kèm tệp ${scan}.` });

    await openHistory(page, 'tran thi hoa', HOA.name);
    await expect.poll(() => awards.count()).toBe(2);
    await eligibilityFor(page, 2025);
    const notYet = verdictOf(page, 'Danh hiệu "Chiến sĩ thi đua cấp tỉnh"');
    await notYet.getByText('Chưa đủ điều kiện', { exact: true }).waitFor();
    await notYet.getByText(/Vì sao chưa đủ/).click();
    await notYet
      .getByText(/Chưa đủ 03 lần liên tục Chiến sĩ thi đua cơ sở các năm 2023, 2024, 2025\. \(Điều 22/)
      .waitFor();
    await notYet.scrollIntoViewIfNeeded();
    await shot(page, '67-tra-cuu-chua-du');
  });
});
