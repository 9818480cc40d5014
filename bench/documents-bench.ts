import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_PROFILE, mayDecide, rewardMoney } from '../src/core/law';
import { renderCertificatesPdf } from '../src/server/documents';
import { renderDecisionDocx } from '../src/server/documents/decision-document';

/** The decision's money and authority as the app computes them (the one money and authority functions). */
const BENCH_AMOUNT = rewardMoney('GK_XA_REGULAR', 'INDIVIDUAL', '2024-12-20').amount;
const BENCH_AUTHORITY = mayDecide('GK_XA_REGULAR', 'XA', '2024-12-20', DEFAULT_PROFILE);

import { TINOS } from '../src/server/documents/fonts';
import { renderPlanDocx } from '../src/server/documents/plan-document';
import { PLAN_2024 } from '../src/server/seed/plan-2024-content';

/** Pages of a DOCX as LibreOffice lays it out (null when soffice or pdfinfo is not installed). */
function docxPages(buf: Buffer): number | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  try {
    const file = path.join(dir, 'doc.docx');
    fs.writeFileSync(file, buf);
    // Lay out with Tinos for Times New Roman (same metrics), as Word does with the real font; without it
    // LibreOffice falls back to a wider face and counts more pages than an officer will print.
    const tinos = path.dirname(TINOS.regular);
    const fontsConf = path.join(dir, 'fonts.conf');
    fs.writeFileSync(
      fontsConf,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${path.dirname(tinos)}</dir>
<alias binding="same"><family>Times New Roman</family><prefer><family>Tinos</family></prefer></alias></fontconfig>`,
    );
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      {
        env: { ...process.env, FONTCONFIG_FILE: fontsConf },
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    const info = execFileSync('pdfinfo', [path.join(dir, 'doc.pdf')], { encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? Number.NaN);
  } catch {
    return null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function timed<T>(n: number, f: () => Promise<T>): Promise<{ seconds: number; last: T }> {
  let last = await f(); // warm up (font parsing, module init)
  const t = performance.now();
  for (let i = 0; i < n; i++) last = await f();
  return { seconds: (performance.now() - t) / 1000 / n, last };
}

/**
 * 1,000 certificates of one decision into one PDF; the 2024 plan as DOCX; a decision DOCX listing
 * 1,000 awardees. Seconds and pages per second.
 */
export async function runDocumentsBench(): Promise<Record<string, number | string>> {
  const items = Array.from({ length: 1000 }, (_, i) => ({
    issuerName: 'ỦY BAN NHÂN DÂN XÃ TÂN VIỆT',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Phạm Văn Quyết',
    awardeeName: `Nguyễn Thị Thu Hương ${i + 1}`,
    awardeeDescription: 'Giáo viên, Trường Tiểu học Tân Việt',
    achievement: 'Có thành tích xuất sắc trong phong trào thi đua dạy tốt, học tốt năm học 2024 - 2025',
    decisionNumber: '15/QĐ-UBND',
    decisionDate: '2024-12-20',
    place: 'Tân Việt',
    registerNumber: i + 1,
    verifyCode: 'ABCD-EFGH-JKLM',
    verifyUrl: `http://localhost:3000/xac-minh/ABCD-EFGH-JKLM?s=${'x'.repeat(86)}`,
  }));
  await renderCertificatesPdf(items.slice(0, 2)); // warm up (font parsing)
  const t = performance.now();
  const pdf = await renderCertificatesPdf(items);
  const s = (performance.now() - t) / 1000;
  const single = await timed(20, () => renderCertificatesPdf(items.slice(0, 1)));

  const plan = await timed(20, () => renderPlanDocx(PLAN_2024));
  const planPages = docxPages(plan.last);
  const decision = await timed(3, () =>
    renderDecisionDocx({
      issuer: { parent: 'ỦY BAN NHÂN DÂN', name: 'XÃ TÂN VIỆT' },
      communeName: 'xã Tân Việt',
      number: 15,
      symbol: 'QĐ-UBND',
      date: '2024-12-20',
      place: 'Tân Việt',
      title: 'Về việc tặng Giấy khen',
      awardName: 'Giấy khen của Chủ tịch UBND xã',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Phạm Văn Quyết',
      authority: {
        allowed: true,
        article: BENCH_AUTHORITY.decider?.article ?? null,
        message: BENCH_AUTHORITY.message,
      },
      councilMeetingDate: '2024-12-15',
      awardees: items.map((c) => ({
        name: c.awardeeName,
        description: c.awardeeDescription,
        kind: 'INDIVIDUAL',
        achievement: c.achievement,
        amount: BENCH_AMOUNT,
      })),
    }),
  );
  return {
    certificates: items.length,
    seconds: Number(s.toFixed(2)),
    pagesPerSecond: Math.round(items.length / s),
    pdfMegabytes: Number((pdf.length / 1e6).toFixed(1)),
    oneCertificatePdfMs: Number((single.seconds * 1000).toFixed(1)),
    planDocxSeconds: Number(plan.seconds.toFixed(3)),
    planDocxPages: planPages ?? 'soffice not installed',
    planDocxPagesPerSecond: planPages ? Math.round(planPages / plan.seconds) : 'n/a',
    decisionDocx1000AwardeesSeconds: Number(decision.seconds.toFixed(2)),
  };
}
