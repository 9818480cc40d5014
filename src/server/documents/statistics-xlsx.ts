import ExcelJS from 'exceljs';
import { FONT, MONEY_FMT, PERCENT_FMT, tableSheet } from './spreadsheet-format';
import type { YearFigures } from './year-figures';

/**
 * Statistics tables of the year, ready to send to the level above: awards by form and subject kind,
 * by unit, and the spread (small collectives, direct workers, leaders, women).
 */
export async function renderStatisticsXlsx(f: YearFigures): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Thi Đua';
  const org = `ỦY BAN NHÂN DÂN ${f.communeName.toUpperCase()}`;
  const bold = (ws: ExcelJS.Worksheet) =>
    ws.lastRow?.eachCell((c) => {
      c.font = { ...FONT, bold: true };
    });
  const sum = <K extends 'individuals' | 'collectives' | 'households' | 'total'>(
    rows: Record<K, number>[],
    k: K,
  ) => rows.reduce((s, r) => s + r[k], 0);

  const byForm = tableSheet(
    wb,
    'Theo hình thức',
    [org, `THỐNG KÊ KHEN THƯỞNG THEO HÌNH THỨC NĂM ${f.year}`],
    [
      { header: 'STT', key: 'stt', width: 6 },
      { header: 'Hình thức khen thưởng', key: 'form', width: 50 },
      { header: 'Cá nhân', key: 'individuals', width: 10 },
      { header: 'Tập thể', key: 'collectives', width: 10 },
      { header: 'Hộ gia đình', key: 'households', width: 12 },
      { header: 'Tổng số', key: 'total', width: 10 },
      { header: 'Tiền thưởng (đồng)', key: 'amount', width: 18, numFmt: MONEY_FMT },
    ],
    f.byForm.map((r, i) => ({
      stt: i + 1,
      form: r.awardName,
      individuals: r.individuals,
      collectives: r.collectives,
      households: r.households,
      total: r.total,
      amount: r.amount,
    })),
  );
  byForm.addRow({
    form: 'Tổng cộng',
    individuals: sum(f.byForm, 'individuals'),
    collectives: sum(f.byForm, 'collectives'),
    households: sum(f.byForm, 'households'),
    total: sum(f.byForm, 'total'),
    amount: f.byForm.reduce((s, r) => s + r.amount, 0),
  });
  bold(byForm);

  const byUnit = tableSheet(
    wb,
    'Theo đơn vị',
    [org, `THỐNG KÊ KHEN THƯỞNG THEO ĐƠN VỊ NĂM ${f.year}`],
    [
      { header: 'STT', key: 'stt', width: 6 },
      { header: 'Đơn vị', key: 'unit', width: 44 },
      { header: 'Cá nhân', key: 'individuals', width: 10 },
      { header: 'Tập thể', key: 'collectives', width: 10 },
      { header: 'Hộ gia đình', key: 'households', width: 12 },
      { header: 'Tổng số', key: 'total', width: 10 },
    ],
    f.byUnit.map((r, i) => ({
      stt: i + 1,
      unit: r.unitName,
      individuals: r.individuals,
      collectives: r.collectives,
      households: r.households,
      total: r.total,
    })),
  );
  byUnit.addRow({
    unit: 'Tổng cộng',
    individuals: sum(f.byUnit, 'individuals'),
    collectives: sum(f.byUnit, 'collectives'),
    households: sum(f.byUnit, 'households'),
    total: sum(f.byUnit, 'total'),
  });
  bold(byUnit);

  const s = f.spread;
  tableSheet(
    wb,
    'Cơ cấu',
    [org, `CƠ CẤU KHEN THƯỞNG NĂM ${f.year}`],
    [
      { header: 'Chỉ số', key: 'label', width: 50 },
      { header: 'Số được khen', key: 'count', width: 14 },
      { header: 'Trên tổng số', key: 'base', width: 14 },
      { header: 'Tỷ lệ', key: 'share', width: 10, numFmt: PERCENT_FMT },
    ],
    [
      {
        label: 'Tập thể nhỏ (thôn, tổ; hoặc không quá 30 thành viên) / tổng số tập thể',
        count: s.smallCollectives.count,
        base: s.smallCollectives.base,
        share: s.smallCollectives.share,
      },
      {
        label: 'Người lao động trực tiếp / tổng số cá nhân',
        count: s.directWorkers.count,
        base: s.directWorkers.base,
        share: s.directWorkers.share,
      },
      {
        label: 'Cán bộ lãnh đạo, quản lý / tổng số cá nhân',
        count: s.leaders.count,
        base: s.leaders.base,
        share: s.leaders.share,
      },
      {
        label: 'Nữ / cá nhân có ghi giới tính',
        count: s.women.count,
        base: s.women.base,
        share: s.women.share,
      },
      {
        label: 'Tập thể chưa rõ quy mô',
        count: s.collectivesSizeUnknown,
        base: s.collectives,
        share: s.collectives ? s.collectivesSizeUnknown / s.collectives : 0,
      },
    ],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
