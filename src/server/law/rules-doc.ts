/** The rules table (docs/law/RULES.md) generated from the code, so officers audit what actually runs. */
import {
  AWARDS,
  type Award,
  allowedHoldersText,
  BASE_SALARY_TABLE,
  DEFAULT_PROFILE,
  PROFILE_SETTINGS,
  RULES,
  WARNING_RULES,
} from '../../core/law';
import type { RuleContext } from '../../core/law/rules';

const esc = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
const SUBJECT: Record<string, string> = {
  INDIVIDUAL: 'cá nhân',
  COLLECTIVE: 'tập thể',
  HOUSEHOLD: 'hộ gia đình',
};

/** Articles of a rule under each dated rule set (a rule may cite different texts by period). */
function articles(article: string | ((c: RuleContext) => string)): string {
  if (typeof article === 'string') return article;
  const award = AWARDS[0] as Award;
  const ctx = (criteria: RuleContext['criteria'], authority: RuleContext['authority']): RuleContext => ({
    award,
    year: 2025,
    decisionDate: '2026-01-10',
    profile: DEFAULT_PROFILE,
    criteria,
    authority,
    achievement: {},
  });
  const seen = new Set([
    article(ctx('LAW_2013', 'LAW_2013')),
    article(ctx('LAW_2022', 'LAW_2022')),
    article(ctx('LAW_2022', 'DECREE_152_2025')),
    article(ctx('AMENDED_2026', 'DECREE_152_2025')),
  ]);
  return [...seen].join(' — hoặc theo thời kỳ: ');
}

export function rulesMarkdown(): string {
  const out: string[] = [];
  out.push('# Bảng quy tắc pháp lý (tạo tự động)', '');
  out.push(
    '> Tệp này được sinh từ mã nguồn bằng `npm run law:docs` (src/server/law/rules-doc.ts). Không sửa tay.',
  );
  out.push(
    '> "Bắt buộc" = pháp luật không để quyền lựa chọn: đề nghị không đạt sẽ bị từ chối trình. "Xem xét" = thiết lập của tỉnh hoặc tiêu chí có quyền đánh giá: được trình khi có ngoại lệ ghi rõ lý do (lưu vết). "chưa xác minh" = chưa đối chiếu được văn bản gốc, xem VERIFICATION.md.',
    '',
  );
  out.push('## 1. Danh mục danh hiệu thi đua và hình thức khen thưởng', '');
  out.push(
    '| Mã | Tên | Loại | Đối tượng | Thẩm quyền quyết định (theo thời kỳ) | Hệ số tiền thưởng (theo ngày quyết định) |',
    '|---|---|---|---|---|---|',
  );
  for (const a of AWARDS) {
    const dec = a.decider
      .map((d) => `${d.title}${d.from ? ` từ ${d.from}` : ''}${d.to ? ` đến ${d.to}` : ''} (${d.article})`)
      .join('<br>');
    const coef = a.coefficients
      .map(
        (c) =>
          `${c.from}${c.to ? `…${c.to}` : '…'}: ${c.coefficient ?? 'không'}${
            c.bySubject
              ? ` (${Object.entries(c.bySubject)
                  .map(([k, v]) => `${SUBJECT[k]} ${v}`)
                  .join(', ')})`
              : ''
          } — ${c.article}`,
      )
      .join('<br>');
    out.push(
      `| ${a.code} | ${esc(a.name)} | ${a.kind === 'DANH_HIEU' ? 'Danh hiệu thi đua' : 'Hình thức khen thưởng'} | ${a.subjects.map((s) => SUBJECT[s]).join(', ')}${a.collectiveScope ? ` (${a.collectiveScope === 'XA' ? 'xã' : 'thôn, tổ dân phố'})` : ''} | ${esc(dec)} | ${esc(coef)} |`,
    );
  }
  out.push('', '### Tiêu chuẩn, điều kiện tiên quyết, tỷ lệ và hồ sơ', '');
  for (const a of AWARDS) {
    out.push(`#### ${a.code} — ${a.name}`, '');
    for (const c of a.criteria) out.push(`- Tiêu chuẩn: ${c.text} — *${c.article}*`);
    for (const k of ['INDIVIDUAL', 'COLLECTIVE'] as const) {
      const who = allowedHoldersText(a, k);
      if (who && a.holders) out.push(`- Chỉ dành cho: ${who} — *${a.holders.article}*`);
    }
    for (const c of a.prerequisites) out.push(`- Điều kiện trước: ${c.text} — *${c.article}*`);
    if (a.quota) out.push(`- Tỷ lệ: ${a.quota.text} — *${a.quota.article}*`);
    out.push(`- Hồ sơ: ${a.dossier.map((d) => d.text).join('; ')}`);
    out.push('');
  }
  out.push('## 2. Quy tắc kiểm tra (mỗi điều kiện không đạt trả về mã, lời giải thích và điều khoản)', '');
  out.push('| Mã quy tắc | Mã lỗi | Loại | Áp dụng cho | Nội dung | Căn cứ |', '|---|---|---|---|---|---|');
  for (const r of RULES) {
    const kind =
      typeof r.hard === 'boolean'
        ? r.hard
          ? 'Bắt buộc'
          : 'Xem xét'
        : 'Bắt buộc từ 01/7/2025; trước đó: Xem xét';
    out.push(
      `| ${r.id} | ${r.code} | ${kind} | ${r.awards === 'ALL' ? 'tất cả' : r.awards.join(', ')} | ${esc(r.summary)} | ${esc(articles(r.article))} |`,
    );
  }
  out.push('', '## 3. Cảnh báo (không chặn, nhắc cán bộ kiểm tra)', '');
  out.push('| Mã | Mã cảnh báo | Áp dụng cho | Nội dung | Căn cứ |', '|---|---|---|---|---|');
  for (const w of WARNING_RULES)
    out.push(
      `| ${w.id} | ${w.code} | ${w.awards === 'ALL' ? 'tất cả' : w.awards.join(', ')} | ${esc(w.summary)} | ${esc(articles(w.article))} |`,
    );
  out.push('', '## 4. Bộ quy tắc theo thời kỳ', '');
  out.push(
    '- Tiêu chuẩn xét theo **năm thành tích**: trước 2024 — Luật TĐKT 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP; từ 2024 — Luật TĐKT 2022 (06/2022/QH15).',
  );
  out.push(
    '- Thẩm quyền và tiền thưởng theo **ngày quyết định**: trước 01/01/2024 — Luật 2013; 01/01/2024–30/6/2025 — Luật 2022, Nghị định 98/2023/NĐ-CP; từ 01/7/2025 — Nghị định 152/2025/NĐ-CP.',
  );
  out.push(
    `- Luật sửa đổi (dự thảo 12/2025): chỉ áp dụng khi bật thiết lập \`amendingLaw\` (mặc định tắt, ngày hiệu lực giả định ${DEFAULT_PROFILE.amendingLaw.effectiveFrom}).`,
    '',
  );
  out.push('## 5. Thiết lập của tỉnh (mặc định và nguồn)', '');
  out.push('| Thiết lập | Nội dung | Mặc định | Nguồn |', '|---|---|---|---|');
  for (const s of PROFILE_SETTINGS)
    out.push(`| \`${s.key}\` | ${esc(s.label)} | ${esc(s.defaultValue)} | ${esc(s.source)} |`);
  for (const q of DEFAULT_PROFILE.quotas)
    out.push(
      `| quota ${q.awardCode} | ${q.awardCode} ≤ ${q.ratio * 100}% số ${q.baseAwardCode}${q.minOneIfFractional ? ', tối thiểu 1' : ''} | ${q.ratio}; ${q.enforcement === 'HARD' ? 'bắt buộc' : 'xem xét (vượt cần lý do)'} | ${esc(q.article)} |`,
    );
  out.push('', '## 6. Mức lương cơ sở (bảng có sẵn; quản trị viên bổ sung được)', '');
  out.push('| Từ ngày | Mức (đồng/tháng) | Văn bản |', '|---|---|---|');
  for (const b of BASE_SALARY_TABLE)
    out.push(`| ${b.from} | ${b.amount.toLocaleString('vi-VN')} | ${b.source} |`);
  out.push(
    '',
    'Tiền thưởng = hệ số × mức lương cơ sở tại ngày quyết định, làm tròn **lên** hàng chục nghìn đồng.',
    '',
  );
  return out.join('\n');
}
