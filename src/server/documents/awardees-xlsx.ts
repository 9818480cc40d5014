import ExcelJS from 'exceljs';
import { formatDateVi } from '../../core/text';
import type { DecisionDocData } from './decision-document';
import { requireFields } from './document-data-error';
import { FONT, MONEY_FMT, tableSheet } from './spreadsheet-format';

const KIND: Record<string, string> = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
  HOUSEHOLD: 'Hộ gia đình',
};

export interface AwardeeSheetRow {
  registerNumber: number;
  verifyCode: string;
  revoked: boolean;
}

/** Danh sách khen thưởng kèm theo quyết định — the decision's awardee list as an Excel sheet. */
export async function renderAwardeesXlsx(d: DecisionDocData, extra: AwardeeSheetRow[]): Promise<Buffer> {
  requireFields(
    {
      'số quyết định': d.number,
      'ngày ký': d.date,
      'danh sách được khen thưởng': d.awardees.length ? 'ok' : '',
    },
    'danh sách khen thưởng',
  );
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Thi Đua';
  const rows = d.awardees.map((a, i) => ({
    stt: i + 1,
    name: a.name,
    kind: KIND[a.kind] ?? a.kind,
    description: a.description,
    achievement: a.achievement,
    amount: a.amount,
    register: extra[i]?.registerNumber ?? '',
    code: extra[i]?.verifyCode ?? '',
    note: [extra[i]?.revoked ? 'Đã thu hồi' : '', a.amountNote ?? ''].filter(Boolean).join('; '),
  }));
  const ws = tableSheet(
    wb,
    'Danh sách',
    [
      `${d.issuer.parent} ${d.issuer.name}`.trim(),
      `DANH SÁCH ĐƯỢC TẶNG ${d.awardName.toUpperCase()}`,
      `(Kèm theo Quyết định số ${d.number}/${d.symbol} ngày ${formatDateVi(d.date)} của ${d.signerTitle.charAt(0)}${d.signerTitle.slice(1).toLowerCase()} UBND ${d.communeName})`,
    ],
    [
      { header: 'STT', key: 'stt', width: 6 },
      { header: 'Họ và tên / Tên tập thể', key: 'name', width: 28 },
      { header: 'Đối tượng', key: 'kind', width: 12 },
      { header: 'Chức vụ, đơn vị', key: 'description', width: 32 },
      { header: 'Thành tích', key: 'achievement', width: 44 },
      { header: 'Tiền thưởng (đồng)', key: 'amount', width: 16, numFmt: MONEY_FMT },
      { header: 'Số sổ', key: 'register', width: 8 },
      { header: 'Mã xác minh', key: 'code', width: 18 },
      { header: 'Ghi chú', key: 'note', width: 14 },
    ],
    rows,
  );
  const total = ws.addRow({ name: 'Tổng cộng', amount: d.awardees.reduce((s, a) => s + a.amount, 0) });
  total.eachCell((c) => {
    c.font = { ...FONT, bold: true };
  });
  total.getCell('amount').numFmt = MONEY_FMT;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
