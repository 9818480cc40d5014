import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api';
import { cspViolations, launchBrowser, pageAs, screenshotDir, shot } from './browser';
import { meetingOn, type ProposalSpec, proposalAt } from './fixtures';

const OUT = screenshotDir('documents');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-docs-'));
let browser: Browser;
/** LibreOffice renders a document in seconds, in more on a busy machine. */
const SLOW = 400_000;

/** A fontconfig that maps Times New Roman to Tinos (metric-compatible), so LibreOffice lays out as Word would. */
function fontConfig(): string {
  const require = createRequire(import.meta.url);
  const tinos = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
  const file = path.join(work, 'fonts.conf');
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${tinos}</dir>
<alias binding="same"><family>Times New Roman</family><prefer><family>Tinos</family></prefer></alias></fontconfig>`,
  );
  return file;
}

/** First page as PNG: DOCX through LibreOffice headless to PDF, then pdftoppm at 60 dpi. */
function firstPagePng(file: string, name: string): string {
  let pdf = file;
  if (file.endsWith('.docx')) {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${work}/lo-profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        file,
      ],
      {
        env: { ...process.env, FONTCONFIG_FILE: fontConfig() },
        stdio: 'ignore',
        timeout: 200_000,
      },
    );
    pdf = file.replace(/\.docx$/, '.pdf');
  }
  fs.mkdirSync(OUT, { recursive: true });
  const prefix = path.join(OUT, name);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

/** Click a download button in the page; returns the saved file (named as the server named it). */
async function downloadVia(
  page: Page,
  button: Locator,
  as: string,
): Promise<{ file: string; suggested: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = path.join(work, as);
  await download.saveAs(file);
  return { file, suggested: download.suggestedFilename() };
}

/** The picture of a document's first page is there and not blank. */
function expectPicture(name: string) {
  expect(fs.statSync(path.join(OUT, `${name}.png`)).size).toBeGreaterThan(10_000);
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Giấy khen proposals of two people in two units and of a collective, forwarded to the chairman. */
async function forwarded(people: [string, string], collective: string): Promise<string[]> {
  const gk = (s: ProposalSpec) => proposalAt('FORWARDED', { award: 'GK_XA_REGULAR', ...s });
  return [
    await gk({
      person: people[0],
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026; tích cực trong chuyển đổi số',
    }),
    await gk({ person: people[1], achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026' }),
    await gk({ collective, achievement: 'Tập thể hoàn thành xuất sắc nhiệm vụ năm 2026' }),
  ];
}

/** A meeting on the proposals that recommends them all, closed. */
async function recommended(ids: string[], date: string): Promise<string> {
  const { meetingId } = await meetingOn(ids, { title: 'Xét tặng Giấy khen năm 2026', open: true, date });
  const officer = apiAs('canbo');
  for (const id of ids)
    await officer.post(`/api/meetings/${meetingId}/items/${id}/outcome`, { outcome: 'RECOMMEND' });
  await officer.post(`/api/meetings/${meetingId}/close`);
  return meetingId;
}

describe('official documents, downloaded through the UI and looked at as pages', () => {
  it(
    'the decision page downloads the Quyết định and the awardee list, and previews every certificate',
    async () => {
      const ids = await forwarded(['Vũ Thị Lan Anh', 'Cao Thị Liên'], 'Văn phòng HĐND và UBND xã');
      await recommended(ids, '2026-11-20');
      const chair = apiAs('chutich');
      for (const id of ids) await chair.post(`/api/proposals/${id}/actions/approve`);
      const { id: decisionId } = await chair.post<{ id: string }>('/api/decisions', {
        proposalIds: ids,
        decisionDate: '2026-11-23',
      });

      const page = await pageAs(browser, 'canbo');
      await page.goto(`/quyet-dinh/${decisionId}`);
      const qd = await downloadVia(
        page,
        page.getByRole('button', { name: 'Quyết định (Word)' }),
        'quyet-dinh.docx',
      );
      expect(qd.suggested).toMatch(/^Quyết định \d+-QĐ-UBND-2026\.docx$/);
      firstPagePng(qd.file, 'quyet-dinh');
      expectPicture('quyet-dinh');
      const xl = await downloadVia(
        page,
        page.getByRole('button', { name: 'Danh sách (Excel)' }),
        'danh-sach.xlsx',
      );
      expect(fs.readFileSync(xl.file).subarray(0, 2).toString()).toBe('PK');

      await page.getByRole('button', { name: 'Xem trước giấy khen' }).click();
      await page.getByRole('heading', { name: /Giấy khen của Quyết định số \d+\/QĐ-UBND/ }).waitFor();
      const preview = page.getByTitle('Xem trước giấy khen');
      const src = (await preview.getAttribute('src')) ?? '';
      const pdf = await page.request.get(src);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect(pdf.headers()['content-disposition']).toMatch(/^inline/);
      // the browser's PDF viewer shows the three certificates before the picture is taken
      const viewer = () => page.frames().find((f) => f.url().startsWith('chrome-extension://'));
      await expect.poll(() => viewer() !== undefined).toBe(true);
      await viewer()?.getByRole('tab', { name: 'Thumbnail for page 3' }).waitFor();
      await shot(page, 'xem-truoc-giay-khen', { dir: OUT, idle: false, toast: /^Đã tải/ });
      // the preview frames the PDF from this server: allowed by the page's CSP and the PDF's frame-ancestors
      expect(cspViolations(page)).toEqual([]);
      expect(pdf.headers()['x-frame-options']).toBe('SAMEORIGIN');
      const all = await downloadVia(page, page.getByRole('button', { name: 'Tải PDF' }), 'giay-khen.pdf');
      const text = execFileSync('pdftotext', [all.file, '-'], { encoding: 'utf8' });
      expect(text.split('\f').filter((p) => p.trim()).length).toBe(3);
      expect(text).toContain('GIẤY KHEN');
      firstPagePng(all.file, 'giay-khen');
      expectPicture('giay-khen');
    },
    SLOW,
  );

  it(
    'the meeting downloads its minutes and memo; a proposal its achievement report',
    async () => {
      const ids = await forwarded(['Hoàng Đức Thắng', 'Tạ Thị Yến'], 'Trạm Y tế xã Tân Việt');
      const meetingId = await recommended(ids, '2026-11-20');
      const [individual, , collective] = ids;

      const page = await pageAs(browser, 'canbo');
      await page.goto(`/hoi-dong/${meetingId}`);
      const bb = await downloadVia(
        page,
        page.getByRole('button', { name: 'Biên bản (Word)' }),
        'bien-ban.docx',
      );
      expect(bb.suggested).toBe('Biên bản họp Hội đồng TĐKT 2026-11-20.docx');
      firstPagePng(bb.file, 'bien-ban');
      const tt = await downloadVia(
        page,
        page.getByRole('button', { name: 'Tờ trình (Word)' }),
        'to-trinh.docx',
      );
      firstPagePng(tt.file, 'to-trinh');

      await page.goto(`/de-nghi/${individual}`);
      const rp = await downloadVia(
        page,
        page.getByRole('button', { name: 'Báo cáo thành tích (Word)' }),
        'bao-cao-ca-nhan.docx',
      );
      firstPagePng(rp.file, 'bao-cao-thanh-tich-ca-nhan');
      await page.goto(`/de-nghi/${collective}`);
      const rc = await downloadVia(
        page,
        page.getByRole('button', { name: 'Báo cáo thành tích (Word)' }),
        'bao-cao-tap-the.docx',
      );
      firstPagePng(rc.file, 'bao-cao-thanh-tich-tap-the');
      for (const n of ['bien-ban', 'to-trinh', 'bao-cao-thanh-tich-ca-nhan', 'bao-cao-thanh-tich-tap-the'])
        expectPicture(n);
    },
    SLOW,
  );

  it(
    'the reports page downloads the year-end report and statistics; the plan document renders',
    async () => {
      const page = await pageAs(browser, 'canbo');
      await page.goto('/');
      await page.getByRole('menuitem', { name: 'Báo cáo, thống kê' }).click();
      await page.getByLabel('Năm').fill('2026');
      const ye = await downloadVia(
        page,
        page.getByRole('button', { name: 'Báo cáo tổng kết (Word)' }),
        'bao-cao-tong-ket.docx',
      );
      expect(ye.suggested).toBe('Báo cáo tổng kết thi đua khen thưởng năm 2026.docx');
      firstPagePng(ye.file, 'bao-cao-tong-ket');
      const st = await downloadVia(
        page,
        page.getByRole('button', { name: 'Bảng thống kê (Excel)' }),
        'thong-ke.xlsx',
      );
      expect(fs.statSync(st.file).size).toBeGreaterThan(4000);
      await shot(page, 'bao-cao-thong-ke', { dir: OUT });

      // The plans page links each plan to its document: the 2024 plan's row.
      await page.getByRole('menuitem', { name: 'Kế hoạch thi đua' }).click();
      const plan2024 = page
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: '2024', exact: true }) });
      const kh = await downloadVia(page, plan2024.getByRole('link', { name: /DOCX/ }), 'ke-hoach.docx');
      expect(kh.suggested).toBe('Kế hoạch thi đua khen thưởng năm 2024.docx');
      firstPagePng(kh.file, 'ke-hoach');
      for (const n of ['bao-cao-tong-ket', 'ke-hoach']) expectPicture(n);
    },
    SLOW,
  );
});
