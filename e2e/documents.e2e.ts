import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiContextOptions,
  cspViolations,
  launchBrowser,
  login,
  newPage,
  screenshotDir,
  shot,
} from './browser';

fs.mkdirSync('.tmp', { recursive: true });

const baseUrl = inject('baseUrl');
const OUT = screenshotDir('documents');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-docs-'));
let browser: Browser;
let page: Page;
let officerApi: APIRequestContext;
let chairApi: APIRequestContext;
let decisionId = '';
let meetingId = '';
let individualProposal = '';
let collectiveProposal = '';

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
        timeout: 120_000,
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
  button: ReturnType<Page['locator']>,
  as: string,
): Promise<{ file: string; suggested: string }> {
  await button.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]).catch(
    async (e: Error) => {
      await page.screenshot({ path: path.join(work, `failed-${as}.png`) });
      fs.copyFileSync(path.join(work, `failed-${as}.png`), `.tmp/failed-${as}.png`);
      throw e;
    },
  );
  const file = path.join(work, as);
  await download.saveAs(file);
  return { file, suggested: download.suggestedFilename() };
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, baseUrl);
  officerApi = (await browser.newContext(apiContextOptions(baseUrl))).request;
  chairApi = (await browser.newContext(apiContextOptions(baseUrl))).request;
  await officerApi.post('/api/auth/login', { data: { username: 'canbo', password: 'thidua2024' } });
  await chairApi.post('/api/auth/login', { data: { username: 'chutich', password: 'thidua2024' } });
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('official documents, downloaded through the UI and looked at as pages', () => {
  it('sets up a meeting that recommends three awardees and a decision that awards them (API)', async () => {
    const people = (await (await officerApi.get('/api/people')).json()) as {
      id: string;
      unitId: string;
      fullName: string;
    }[];
    // People the other browser suites do not use, in two different units.
    const free = people.filter((p) => !['Trần Thị Mỹ Dung', 'Nguyễn Thị Ngọc Ánh'].includes(p.fullName));
    const a = free[0];
    const b = free.find((p) => p.unitId !== a?.unitId);
    if (!a || !b) throw new Error('not enough demo people');
    const propose = async (body: Record<string, unknown>) => {
      const r = await officerApi.post('/api/proposals', {
        data: { awardCode: 'GK_XA_REGULAR', year: 2026, ...body },
      });
      expect(r.status()).toBe(201);
      const id = ((await r.json()) as { id: string }).id;
      await officerApi.post(`/api/proposals/${id}/actions/submit`, { data: {} });
      await officerApi.post(`/api/proposals/${id}/actions/forward`, { data: {} });
      return id;
    };
    individualProposal = await propose({
      unitId: a.unitId,
      subjectKind: 'INDIVIDUAL',
      personId: a.id,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026; tích cực trong chuyển đổi số',
    });
    const second = await propose({
      unitId: b.unitId,
      subjectKind: 'INDIVIDUAL',
      personId: b.id,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
    });
    collectiveProposal = await propose({
      unitId: a.unitId,
      subjectKind: 'COLLECTIVE',
      subjectUnitId: a.unitId,
      achievement: 'Tập thể hoàn thành xuất sắc nhiệm vụ năm 2026',
    });
    const ids = [individualProposal, second, collectiveProposal];
    const members = (await (await officerApi.get('/api/council/members')).json()) as { id: string }[];
    const m = await officerApi.post('/api/meetings', {
      data: {
        title: 'Xét tặng Giấy khen năm 2026',
        meetingDate: '2026-11-20',
        place: 'Hội trường UBND xã',
        proposalIds: ids,
      },
    });
    meetingId = ((await m.json()) as { id: string }).id;
    for (const x of members)
      await officerApi.put(`/api/meetings/${meetingId}/attendance`, {
        data: { memberId: x.id, present: true },
      });
    expect((await chairApi.post(`/api/meetings/${meetingId}/open`, { data: {} })).status()).toBe(200);
    for (const id of ids)
      expect(
        (
          await chairApi.post(`/api/meetings/${meetingId}/items/${id}/outcome`, {
            data: { outcome: 'RECOMMEND' },
          })
        ).status(),
      ).toBe(200);
    expect((await chairApi.post(`/api/meetings/${meetingId}/close`, { data: {} })).status()).toBe(200);
    for (const id of ids) await chairApi.post(`/api/proposals/${id}/actions/approve`, { data: {} });
    const d = await chairApi.post('/api/decisions', {
      data: { proposalIds: ids, decisionDate: '2026-11-23' },
    });
    expect(d.status()).toBe(201);
    decisionId = ((await d.json()) as { id: string }).id;
  });

  it('the decision page downloads the Quyết định and the awardee list, and previews every certificate', async () => {
    await login(page, 'canbo');
    await page.goto(`/quyet-dinh/${decisionId}`);
    const qd = await downloadVia(page.getByRole('button', { name: 'Quyết định (Word)' }), 'quyet-dinh.docx');
    expect(qd.suggested).toMatch(/^Quyết định \d+-QĐ-UBND-2026\.docx$/);
    firstPagePng(qd.file, 'quyet-dinh');
    const xl = await downloadVia(page.getByRole('button', { name: 'Danh sách (Excel)' }), 'danh-sach.xlsx');
    expect(fs.readFileSync(xl.file).subarray(0, 2).toString()).toBe('PK');

    await page.getByRole('button', { name: 'Xem trước giấy khen' }).click();
    await page.getByRole('heading', { name: /Giấy khen của Quyết định số \d+\/QĐ-UBND/ }).waitFor();
    const src = (await page.getByTestId('certificate-preview').getAttribute('src')) ?? '';
    const pdf = await page.request.get(src);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/^inline/);
    await page.waitForTimeout(1500); // the browser's PDF viewer draws the first page
    await page.screenshot({ path: path.join(OUT, 'xem-truoc-giay-khen.png') });
    // the preview frames the PDF from this server: allowed by the page's CSP and the PDF's frame-ancestors
    expect(cspViolations(page)).toEqual([]);
    expect(pdf.headers()['x-frame-options']).toBe('SAMEORIGIN');
    const all = await downloadVia(page.getByRole('button', { name: 'Tải PDF' }), 'giay-khen.pdf');
    const text = execFileSync('pdftotext', [all.file, '-'], { encoding: 'utf8' });
    expect(text.split('\f').filter((p) => p.trim()).length).toBe(3);
    expect(text).toContain('GIẤY KHEN');
    firstPagePng(all.file, 'giay-khen');
  });

  it('the meeting downloads its minutes and memo; a proposal its achievement report', async () => {
    await page.goto(`/hoi-dong/${meetingId}`);
    const bb = await downloadVia(page.getByRole('button', { name: 'Biên bản (Word)' }), 'bien-ban.docx');
    expect(bb.suggested).toBe('Biên bản họp Hội đồng TĐKT 2026-11-20.docx');
    firstPagePng(bb.file, 'bien-ban');
    const tt = await downloadVia(page.getByRole('button', { name: 'Tờ trình (Word)' }), 'to-trinh.docx');
    firstPagePng(tt.file, 'to-trinh');

    await page.goto(`/de-nghi/${individualProposal}`);
    const rp = await downloadVia(
      page.getByRole('button', { name: 'Báo cáo thành tích (Word)' }),
      'bao-cao-ca-nhan.docx',
    );
    firstPagePng(rp.file, 'bao-cao-thanh-tich-ca-nhan');
    await page.goto(`/de-nghi/${collectiveProposal}`);
    const rc = await downloadVia(
      page.getByRole('button', { name: 'Báo cáo thành tích (Word)' }),
      'bao-cao-tap-the.docx',
    );
    firstPagePng(rc.file, 'bao-cao-thanh-tich-tap-the');
  });

  it('the reports page downloads the year-end report and statistics; the plan document renders', async () => {
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Báo cáo, thống kê' }).click();
    await page.getByLabel('Năm').fill('2026');
    const ye = await downloadVia(
      page.getByRole('button', { name: 'Báo cáo tổng kết (Word)' }),
      'bao-cao-tong-ket.docx',
    );
    expect(ye.suggested).toBe('Báo cáo tổng kết thi đua khen thưởng năm 2026.docx');
    firstPagePng(ye.file, 'bao-cao-tong-ket');
    const st = await downloadVia(
      page.getByRole('button', { name: 'Bảng thống kê (Excel)' }),
      'thong-ke.xlsx',
    );
    expect(fs.statSync(st.file).size).toBeGreaterThan(4000);
    await shot(page, 'bao-cao-thong-ke', OUT);

    // The plans page links each plan to its document; the 2024 plan's link, found by its id.
    const plans = (await (await officerApi.get('/api/plans')).json()) as { id: string; year: number }[];
    const plan = plans.find((p) => p.year === 2024);
    if (!plan) throw new Error('no 2024 plan');
    await page.goto('/ke-hoach');
    const kh = await downloadVia(
      page.locator(`a[href="/api/plans/${plan.id}/document.docx"]`),
      'ke-hoach.docx',
    );
    expect(kh.suggested).toBe('Kế hoạch thi đua khen thưởng năm 2024.docx');
    firstPagePng(kh.file, 'ke-hoach');
    for (const n of [
      'ke-hoach',
      'quyet-dinh',
      'to-trinh',
      'bien-ban',
      'bao-cao-thanh-tich-ca-nhan',
      'bao-cao-thanh-tich-tap-the',
      'bao-cao-tong-ket',
      'giay-khen',
    ]) {
      expect(fs.statSync(path.join(OUT, `${n}.png`)).size).toBeGreaterThan(10_000);
    }
  });
});
