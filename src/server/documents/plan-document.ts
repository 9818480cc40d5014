import type { FileChild } from 'docx';
import { type PlanContent, type PlanSection, validatePlanContent } from '../../core/plan/plan-content';
import { adminClosing, adminHeader, adminTitle, packAdminDocument, para, run } from './admin-format';
import { DocumentDataError } from './document-data-error';

const heading = (text: string) => para(text, { bold: true, keepNext: true });
const bullet = (text: string) => para(`- ${text}`);

function section(s: PlanSection, depth: number): FileChild[] {
  const label = `${s.number}. ${s.heading}`;
  // Top-level items ("1.") and sub-items marked bold ("2.1.") are headings; others ("1.1.") are numbered paragraphs.
  const out: FileChild[] = [depth === 0 || s.bold ? heading(label) : para(label)];
  for (const b of s.blocks) out.push(b.kind === 'bullet' ? bullet(b.text) : para(b.text));
  for (const c of s.children) out.push(...section(c, depth + 1));
  return out;
}

const squash = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();

function sectionText(s: PlanSection): string {
  return [s.heading, ...s.blocks.map((b) => b.text), ...s.children.map(sectionText)].join(' ');
}

/**
 * Movements listed in the plan's data that its text does not name yet (an officer added them in the
 * editor): one sentence closing section II.1, so the document never silently drops a movement.
 */
export function movementsSentence(p: PlanContent): string | null {
  const text = squash(p.sections.map(sectionText).join(' '));
  const extra = p.movements.filter((m) => m.name.trim() && !text.includes(squash(m.name)));
  if (!extra.length) return null;
  return `Đồng thời tổ chức các phong trào thi đua: ${extra.map((m) => `“${m.name.trim()}”${m.basis?.trim() ? ` (${m.basis.trim()})` : ''}`).join('; ')}.`;
}

/**
 * Kế hoạch công tác thi đua, khen thưởng năm … — rendered from the plan's data in the order of the
 * commune's plan: last year's review, introduction, theme, I. purposes and requirements, II. contents
 * and measures (sections as entered; movements not yet named in their text close section II.1),
 * III. organisation,
 * closing, recipients and signer. Refuses incomplete data (validatePlanContent) before rendering.
 */
export async function renderPlanDocx(p: PlanContent): Promise<Buffer> {
  const missing = validatePlanContent(p);
  if (!p.issuer?.name?.trim()) missing.push('cơ quan ban hành');
  if (!p.place?.trim()) missing.push('địa danh');
  if (missing.length) throw new DocumentDataError(missing, `kế hoạch năm ${p.year}`);
  const body: FileChild[] = [
    adminHeader({ issuer: p.issuer, numberSymbol: `${p.number}/${p.symbol}`, place: p.place, date: p.date }),
    ...adminTitle(p.title || 'KẾ HOẠCH', [p.summary]),
    ...p.review.map((t) => para(t)),
    ...(p.introduction ? [para(p.introduction)] : []),
    para([run('Chủ đề thi đua: ', { bold: true }), run(`“${p.theme}”`, { bold: true })]),
    heading('I. MỤC ĐÍCH, YÊU CẦU'),
    heading('1. Mục đích:'),
    ...p.purposes.map(bullet),
    heading('2. Yêu cầu:'),
    ...p.requirements.map(bullet),
    heading('II. NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN'),
    ...p.sections.flatMap((s, i) => {
      const out = section(s, 0);
      const extra = i === 0 ? movementsSentence(p) : null;
      return extra ? [...out, para(extra)] : out;
    }),
    heading('III. TỔ CHỨC THỰC HIỆN'),
    ...p.organisation.map(bullet),
    ...(p.closing ? [para(p.closing)] : []),
    ...adminClosing(p.recipients, { title: p.signer.title, name: p.signer.name }),
  ];
  return packAdminDocument(`Kế hoạch công tác thi đua, khen thưởng năm ${p.year}`, body);
}
