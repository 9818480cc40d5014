import type { FileChild } from 'docx';
import { formatDateVi, formatMoneyVnd } from '../../core/text';
import {
  adminClosing,
  adminHeader,
  adminTitle,
  gridTable,
  packAdminDocument,
  para,
  run,
  TEXT_WIDTH,
} from './admin-format';
import { DocumentDataError } from './document-data-error';
import { pct } from './minutes-document';
import { movementTypeLabel, type YearFigures } from './year-figures';

export interface YearEndReportInput {
  figures: YearFigures;
  date: string;
  number: string | null;
  /** "N/M chỉ tiêu hoàn thành" with the figures, when the year's targets are recorded. */
  targets: { text: string; completed: number; total: number } | null;
}

const head = (t: string) => para([run(t, { bold: true })], { keepNext: true });

/**
 * Báo cáo tổng kết công tác thi đua, khen thưởng năm … — every figure computed from the records:
 * the plan issued, the movements launched, proposals by status, decisions and reward money, awards by
 * form, the share to small collectives and to direct workers (the plan's II.2.1), revocations, and the
 * targets summary when available. Assessment prose is left to the officer; no figure is typed by hand.
 */
export async function renderYearEndReportDocx(r: YearEndReportInput): Promise<Buffer> {
  const f = r.figures;
  const missing: string[] = [];
  if (!f.chairmanName) missing.push('người ký (Chủ tịch UBND xã chưa có tài khoản)');
  if (!r.date) missing.push('ngày báo cáo');
  if (missing.length) throw new DocumentDataError(missing, `báo cáo tổng kết năm ${f.year}`);
  const commune = f.communeName.replace(/^Xã/, 'xã');
  const formCols = [
    { header: 'Hình thức khen thưởng', width: 3554 },
    { header: 'Cá nhân', width: 1100, align: 'center' as const },
    { header: 'Tập thể', width: 1100, align: 'center' as const },
    { header: 'Hộ gia đình', width: 1100, align: 'center' as const },
    { header: 'Tổng', width: 900, align: 'center' as const },
    { header: 'Tiền thưởng (đồng)', width: TEXT_WIDTH - 3554 - 4200, align: 'right' as const },
  ];
  const formRows = f.byForm.map((x) => [
    x.awardName,
    String(x.individuals),
    String(x.collectives),
    String(x.households),
    String(x.total),
    formatMoneyVnd(x.amount).replace(' đ', ''),
  ]);
  const sum = (k: 'individuals' | 'collectives' | 'households' | 'total' | 'amount') =>
    f.byForm.reduce((s, x) => s + x[k], 0);
  formRows.push([
    'Tổng cộng',
    String(sum('individuals')),
    String(sum('collectives')),
    String(sum('households')),
    String(sum('total')),
    formatMoneyVnd(sum('amount')).replace(' đ', ''),
  ]);
  const s = f.spread;
  const body: FileChild[] = [
    adminHeader({
      issuer: { parent: 'ỦY BAN NHÂN DÂN', name: commune.toUpperCase() },
      numberSymbol: `${r.number ?? '      '}/BC-UBND`,
      place: f.place,
      date: r.date,
    }),
    ...adminTitle('BÁO CÁO', [`Tổng kết công tác thi đua, khen thưởng năm ${f.year}`]),
    head('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
    para(
      f.plan
        ? `Ủy ban nhân dân ${commune} ban hành Kế hoạch số ${f.plan.numberSymbol} ngày ${formatDateVi(f.plan.date)} về công tác thi đua, khen thưởng năm ${f.year} với chủ đề thi đua “${f.plan.theme}”.`
        : `Năm ${f.year}, Ủy ban nhân dân ${commune} chưa ghi nhận kế hoạch công tác thi đua, khen thưởng trên hệ thống.`,
    ),
    head('II. KẾT QUẢ TỔ CHỨC CÁC PHONG TRÀO THI ĐUA'),
    para(
      f.movements.length
        ? `Trong năm, toàn xã triển khai ${f.movements.length} phong trào thi đua: ${f.movements.map((m) => `“${m.name}” (${movementTypeLabel(m.type).toLowerCase()})`).join('; ')}.`
        : 'Trong năm chưa ghi nhận phong trào thi đua nào trên hệ thống.',
    ),
    ...(r.targets
      ? [para(`Kết quả thực hiện các chỉ tiêu phát triển kinh tế - xã hội: ${r.targets.text}.`)]
      : []),
    head('III. KẾT QUẢ CÔNG TÁC KHEN THƯỞNG'),
    para(
      `1. Tiếp nhận và xét ${f.proposals.total} hồ sơ đề nghị khen thưởng${f.proposals.byStatus.length ? `, trong đó: ${f.proposals.byStatus.map((b) => `${b.label.toLowerCase()}: ${b.count}`).join('; ')}` : ''}.`,
    ),
    para(
      `2. Chủ tịch Ủy ban nhân dân xã ban hành ${f.decisions.count} quyết định khen thưởng với tổng số tiền thưởng ${formatMoneyVnd(f.decisions.totalAmount).replace(' đ', ' đồng')}; khen thưởng ${s.total} lượt (${s.individuals} cá nhân, ${s.collectives} tập thể, ${s.households} hộ gia đình)${f.revoked ? `; hủy bỏ ${f.revoked} trường hợp` : ''}, cụ thể:`,
    ),
    gridTable(formCols, formRows, { boldLast: true }),
    para([], { indent: false, after: 0 }),
    para(
      `3. Cơ cấu khen thưởng: khen thưởng tập thể nhỏ ${s.smallCollectives.count}/${s.smallCollectives.base} tập thể (${pct(s.smallCollectives.share)})${s.collectivesSizeUnknown ? `, ${s.collectivesSizeUnknown} tập thể chưa rõ quy mô` : ''}; khen thưởng người lao động trực tiếp ${s.directWorkers.count}/${s.directWorkers.base} cá nhân (${pct(s.directWorkers.share)}); cán bộ lãnh đạo, quản lý ${s.leaders.count}/${s.leaders.base} cá nhân (${pct(s.leaders.share)}); nữ ${s.women.count}/${s.women.base} cá nhân (${pct(s.women.share)}).`,
    ),
    para(
      `Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm ${f.year} của Ủy ban nhân dân ${commune}./.`,
    ),
    ...adminClosing(
      ['Ban TĐKT - Sở Nội vụ tỉnh', 'Thường trực Đảng ủy', 'Thường trực HĐND xã', 'Lưu: VT, VP'],
      { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: f.chairmanName ?? '' },
    ),
  ];
  return packAdminDocument(`Báo cáo tổng kết công tác thi đua, khen thưởng năm ${f.year}`, body);
}
