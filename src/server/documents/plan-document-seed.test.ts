/**
 * The demo seed's 2024 plan, rendered: the document must match the plan's source text section by section.
 * This checks the demo seed itself, so it starts the server with the demo commune (xã Tân Việt).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsApi } from '../../contract/documents';
import { type Endpoint, type Input, urlOf } from '../../contract/endpoint';
import { type Client, startTestApp, type TestApp } from '../http/test-app';
import { docxParagraphs } from './docx-text';

let t: TestApp;
let officer: Client;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.as('canbo');
});
afterAll(async () => {
  await t?.close();
});

/** GET a document endpoint as `c`: status, headers and body bytes. */
async function download<E extends Endpoint>(c: Client, e: E, input: Input<E>) {
  const { params, query } = input as { params?: Record<string, string>; query?: object };
  const res = await t.app.inject({
    method: 'GET',
    url: urlOf(e, params, query),
    headers: c.cookie ? { cookie: c.cookie } : {},
  });
  return { status: res.statusCode, headers: res.headers, body: res.rawPayload };
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The seed plan's text, page numbers dropped, lines joined (a word split by a hyphen at a line end rejoined). */
function seedPlanText(): string {
  const raw = fs.readFileSync(
    path.resolve(__dirname, '../seed/source/ke-hoach-thi-dua-khen-thuong-2024.txt'),
    'utf8',
  );
  let out = '';
  for (const line of raw.split('\n')) {
    const l = line.trim();
    if (!l || /^\d+$/.test(l)) continue;
    out += /\S-$/.test(out) ? l : ` ${l}`;
  }
  return norm(out.replace('../.', './.'));
}

/** A hyphen after a number that a line wrap separated from what follows ("2021- 2025", "05- CT/TW") counts as joined. */
const joinWrapped = (s: string) => s.replace(/(\d)- (?=\S)/g, '$1-');

const PLAN_MARKERS = [
  'Năm 2023, xã Tân Việt',
  'Chủ đề thi đua:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'II. NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN',
  'III. TỔ CHỨC THỰC HIỆN',
  'Trên đây là Kế hoạch',
  'Nơi nhận:',
  'CHỦ TỊCH',
];

function sections(s: string): string[] {
  const at = PLAN_MARKERS.map((m) => s.indexOf(m));
  expect(
    at.every((i) => i >= 0),
    `markers missing: ${PLAN_MARKERS.filter((_, i) => (at[i] ?? -1) < 0).join(' | ')}`,
  ).toBe(true);
  return at.map((start, i) => s.slice(start, at[i + 1] ?? s.length).trim());
}

describe('the annual plan document', () => {
  it('renders the 2024 plan in the Decree 30 layout, matching the seed text section by section', async () => {
    const plan = await t.handle.db
      .selectFrom('plans')
      .select(['id', 'content'])
      .where('tenant_id', '=', t.tenantId)
      .where('year', '=', 2024)
      .executeTakeFirstOrThrow();
    const r = await download(officer, documentsApi.planDocument, { params: { id: plan.id } });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml');
    expect(String(r.headers['content-disposition'])).toMatch(
      /filename="ke-hoach-thi-dua-khen-thuong-nam-2024\.docx"; filename\*=UTF-8''K%E1%BA%BF/,
    );
    // The typed client reads the UTF-8 name (filename*), as the web saves the file.
    const typed = await officer.api.file(documentsApi.planDocument, { params: { id: plan.id } });
    expect(typed.fileName).toBe('Kế hoạch thi đua khen thưởng năm 2024.docx');
    expect(
      Buffer.from(await typed.blob.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK'); // a ZIP (DOCX)
    const paras = (await docxParagraphs(r.body)).map(norm).filter(Boolean);
    // Header: issuing body, motto, number and symbol, place and date, title and summary — in that order.
    expect(paras.slice(0, 8)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ TÂN VIỆT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/KH-UBND',
      'Tân Việt, ngày 15 tháng 01 năm 2024',
      'KẾ HOẠCH',
      'Công tác thi đua, khen thưởng năm 2024',
    ]);
    const doc = sections(joinWrapped(norm(paras.slice(8).join(' '))));
    const seed = sections(joinWrapped(seedPlanText()));
    for (const [i, marker] of PLAN_MARKERS.entries()) expect(doc[i], `section "${marker}"`).toBe(seed[i]);

    // The A4 page and Decree 30 margins (DXA): top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman.
    const JSZip = (await import('jszip')).default;
    const xml = (await (await JSZip.loadAsync(r.body)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="1134"[^>]*w:right="850"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
  });
});
