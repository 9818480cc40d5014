/**
 * The columns of each intake template (Vietnamese headers, what each means, which drop-down it has) and
 * how a cell's text becomes a value: coded values by code, label or "CODE - tên", dates dd/mm/yyyy (or a
 * date cell), "x" for yes. Used by the template, the reader and the checks, so they cannot disagree.
 */
import type { IntakeKind } from '../../contract/intake';
import {
  ACHIEVEMENT_NATURE_LABELS,
  ACHIEVEMENT_NATURES,
  DISCIPLINE_KIND_LABELS,
  DISCIPLINE_KINDS,
  INITIATIVE_KINDS,
  ISSUING_LEVEL_LABELS,
  ISSUING_LEVELS,
  LEADER_TIERS,
} from '../../core/history/history-terms';
import { AWARDS } from '../../core/law/catalogue';
import { INITIATIVE_LEVELS } from '../../core/law/types';
import { ORG_KINDS } from '../../core/people/org-kinds';
import { GENDERS, PERSON_CATEGORIES } from '../../core/people/person-categories';
import { foldVietnamese } from '../../core/text';

export interface Choice {
  code: string;
  label: string;
}

const UNIT_KIND_LABELS: Record<string, string> = {
  DANG: 'Đảng ủy, chi bộ',
  HDND: 'Hội đồng nhân dân',
  UBND: 'Ủy ban nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  DOAN_THE: 'Đoàn thể, hội',
  NGANH: 'Ngành, cơ quan chuyên môn',
  THON: 'Thôn, tổ dân phố',
  TO: 'Tổ, nhóm',
  TRUONG: 'Trường học',
  Y_TE: 'Trạm y tế',
  CONG_AN: 'Công an',
  QUAN_SU: 'Quân sự',
};
const CATEGORY_LABELS: Record<string, string> = {
  CAN_BO: 'Cán bộ',
  CONG_CHUC: 'Công chức',
  VIEN_CHUC: 'Viên chức',
  NGUOI_LAO_DONG: 'Người lao động',
  NGUOI_LAO_DONG_TRUC_TIEP: 'Người lao động trực tiếp',
  NONG_DAN: 'Nông dân',
  HOC_SINH: 'Học sinh',
  NGUOI_DAN: 'Người dân',
};
const GENDER_LABELS: Record<string, string> = { NAM: 'Nam', NU: 'Nữ' };
const LEADER_TIER_LABELS: Record<string, string> = {
  KHONG: 'Không giữ chức vụ lãnh đạo',
  CAP_PHO: 'Cấp phó',
  CAP_TRUONG: 'Cấp trưởng',
};
const INITIATIVE_KIND_LABELS: Record<string, string> = {
  SANG_KIEN: 'Sáng kiến',
  DE_TAI: 'Đề tài nghiên cứu khoa học',
};
const LEVEL_LABELS: Record<string, string> = {
  CO_SO: 'Cấp cơ sở',
  TINH: 'Cấp tỉnh',
  TOAN_QUOC: 'Toàn quốc',
};

const choices = (codes: readonly string[], labels: Record<string, string>): Choice[] =>
  codes.map((code) => ({ code, label: labels[code] ?? code }));

/** The fixed drop-down lists (the units of the commune come from the database). */
export const CHOICES = {
  unitKind: choices(
    ORG_KINDS.filter((k) => k !== 'XA' && k !== 'TINH'),
    UNIT_KIND_LABELS,
  ),
  gender: choices(GENDERS, GENDER_LABELS),
  category: choices(PERSON_CATEGORIES, CATEGORY_LABELS),
  leaderTier: choices(LEADER_TIERS, LEADER_TIER_LABELS),
  award: AWARDS.map((a) => ({ code: a.code, label: a.name })),
  issuingLevel: choices(ISSUING_LEVELS, ISSUING_LEVEL_LABELS),
  nature: choices(ACHIEVEMENT_NATURES, ACHIEVEMENT_NATURE_LABELS),
  initiativeKind: choices(INITIATIVE_KINDS, INITIATIVE_KIND_LABELS),
  initiativeLevel: choices(INITIATIVE_LEVELS, LEVEL_LABELS),
  disciplineKind: choices(DISCIPLINE_KINDS, DISCIPLINE_KIND_LABELS),
  yes: [{ code: 'x', label: 'có' }],
} satisfies Record<string, Choice[]>;
export type ListName = keyof typeof CHOICES | 'unit';

/** How a choice shows in a drop-down: "CODE - tên". */
export const choiceText = (c: Choice) => (c.code === 'x' ? 'x' : `${c.code} - ${c.label}`);

export interface Column {
  key: string;
  header: string;
  width: number;
  required?: boolean;
  /** What the column means and its format, for the instructions sheet. */
  help: string;
  list?: ListName;
}

const CITIZEN_ID_HELP =
  'Số định danh cá nhân (CCCD) 12 chữ số của người đã có trong phần mềm (nhập cá nhân trước).';
const DATE_HELP = 'dd/mm/yyyy, ví dụ 20/12/2024 (hoặc ô kiểu ngày của Excel).';

export const COLUMNS: Record<IntakeKind, Column[]> = {
  units: [
    {
      key: 'code',
      header: 'Mã đơn vị',
      width: 16,
      required: true,
      help: 'Mã riêng của đơn vị, không đổi, không trùng (ví dụ THON-1). Nhập lại cùng mã là cập nhật đơn vị đó.',
    },
    { key: 'name', header: 'Tên đơn vị', width: 36, required: true, help: 'Tên đầy đủ.' },
    { key: 'shortName', header: 'Tên viết tắt', width: 16, help: 'Tên ngắn (không bắt buộc).' },
    {
      key: 'kind',
      header: 'Loại đơn vị',
      width: 30,
      required: true,
      list: 'unitKind',
      help: 'Chọn trong danh sách.',
    },
    {
      key: 'parentCode',
      header: 'Mã đơn vị cấp trên',
      width: 20,
      list: 'unit',
      help: 'Để trống nếu trực thuộc xã; hoặc mã một đơn vị đã có hay ở dòng khác của tệp.',
    },
    { key: 'memberCount', header: 'Số thành viên', width: 14, help: 'Số nguyên không âm (không bắt buộc).' },
    {
      key: 'smallCollective',
      header: 'Tập thể nhỏ (x)',
      width: 14,
      list: 'yes',
      help: 'Đánh "x" nếu là tập thể nhỏ.',
    },
    {
      key: 'directWork',
      header: 'Trực tiếp công tác (x)',
      width: 18,
      list: 'yes',
      help: 'Đánh "x" nếu thành viên trực tiếp lao động, sản xuất, công tác.',
    },
  ],
  people: [
    {
      key: 'citizenId',
      header: 'Số CCCD',
      width: 16,
      required: true,
      help: 'Số định danh cá nhân 12 chữ số (định dạng ô là Văn bản để giữ số 0 đầu). Nhập lại cùng số là cập nhật người đó.',
    },
    { key: 'fullName', header: 'Họ và tên', width: 28, required: true, help: 'Họ và tên đầy đủ, có dấu.' },
    {
      key: 'birth',
      header: 'Ngày sinh',
      width: 14,
      help: `${DATE_HELP} Chỉ biết năm: ghi năm (ví dụ 1985).`,
    },
    { key: 'gender', header: 'Giới tính', width: 10, required: true, list: 'gender', help: 'Nam hoặc Nữ.' },
    { key: 'ethnicity', header: 'Dân tộc', width: 12, help: 'Ví dụ Kinh, Tày (không bắt buộc).' },
    { key: 'position', header: 'Chức vụ', width: 24, help: 'Chức vụ, chức danh (không bắt buộc).' },
    {
      key: 'unitCode',
      header: 'Mã đơn vị',
      width: 24,
      required: true,
      list: 'unit',
      help: 'Mã đơn vị công tác (đơn vị đã có trong phần mềm).',
    },
    {
      key: 'category',
      header: 'Đối tượng',
      width: 30,
      required: true,
      list: 'category',
      help: 'Chọn trong danh sách.',
    },
    {
      key: 'directWorker',
      header: 'Trực tiếp lao động (x)',
      width: 18,
      list: 'yes',
      help: 'Đánh "x" nếu là người trực tiếp lao động, sản xuất, công tác.',
    },
    {
      key: 'leaderTier',
      header: 'Cấp lãnh đạo',
      width: 26,
      list: 'leaderTier',
      help: 'Để trống nếu không giữ chức vụ lãnh đạo.',
    },
  ],
  awards: [
    {
      key: 'citizenId',
      header: 'Số CCCD (cá nhân)',
      width: 16,
      help: `Cho khen thưởng cá nhân: ${CITIZEN_ID_HELP} Để trống nếu là tập thể.`,
    },
    {
      key: 'unitCode',
      header: 'Mã đơn vị (tập thể)',
      width: 20,
      list: 'unit',
      help: 'Cho khen thưởng tập thể: mã đơn vị. Điền một trong hai cột Số CCCD hoặc Mã đơn vị.',
    },
    {
      key: 'awardCode',
      header: 'Danh hiệu, hình thức khen thưởng',
      width: 44,
      required: true,
      list: 'award',
      help: 'Chọn trong danh mục (mã - tên).',
    },
    {
      key: 'issuingLevel',
      header: 'Cấp khen thưởng',
      width: 30,
      required: true,
      list: 'issuingLevel',
      help: 'Cấp của cơ quan ra quyết định.',
    },
    {
      key: 'issuingBody',
      header: 'Cơ quan ban hành',
      width: 28,
      required: true,
      help: 'Ví dụ UBND tỉnh Bắc Ninh.',
    },
    {
      key: 'decisionNumber',
      header: 'Số quyết định',
      width: 18,
      required: true,
      help: 'Ví dụ 123/QĐ-UBND. Cùng người (đơn vị), danh hiệu và số quyết định là một dòng: nhập lại là cập nhật.',
    },
    {
      key: 'decisionDate',
      header: 'Ngày quyết định',
      width: 16,
      required: true,
      help: `${DATE_HELP} Không trước năm thành tích.`,
    },
    {
      key: 'year',
      header: 'Năm thành tích',
      width: 12,
      required: true,
      help: 'Năm của thành tích được khen (ví dụ 2023).',
    },
    {
      key: 'nature',
      header: 'Tính chất thành tích',
      width: 26,
      list: 'nature',
      help: 'Để trống: thường xuyên (hằng năm).',
    },
    { key: 'note', header: 'Ghi chú', width: 30, help: 'Không bắt buộc.' },
  ],
  initiatives: [
    { key: 'citizenId', header: 'Số CCCD', width: 16, required: true, help: CITIZEN_ID_HELP },
    {
      key: 'kind',
      header: 'Loại',
      width: 30,
      list: 'initiativeKind',
      help: 'Sáng kiến hoặc đề tài nghiên cứu khoa học; để trống: sáng kiến.',
    },
    {
      key: 'title',
      header: 'Tên sáng kiến, đề tài',
      width: 44,
      required: true,
      help: 'Cùng người, năm và tên là một dòng: nhập lại là cập nhật.',
    },
    {
      key: 'year',
      header: 'Năm công nhận',
      width: 12,
      required: true,
      help: 'Năm được công nhận (ví dụ 2023).',
    },
    {
      key: 'recognizedOn',
      header: 'Ngày công nhận',
      width: 16,
      help: `${DATE_HELP} Phải thuộc năm công nhận.`,
    },
    {
      key: 'level',
      header: 'Cấp công nhận',
      width: 20,
      required: true,
      list: 'initiativeLevel',
      help: 'Cấp cơ sở, cấp tỉnh hoặc toàn quốc.',
    },
    {
      key: 'scope',
      header: 'Phạm vi ảnh hưởng',
      width: 20,
      list: 'initiativeLevel',
      help: 'Không bắt buộc.',
    },
    { key: 'recognitionRef', header: 'Số văn bản công nhận', width: 22, help: 'Không bắt buộc.' },
  ],
  disciplines: [
    { key: 'citizenId', header: 'Số CCCD', width: 16, required: true, help: CITIZEN_ID_HELP },
    {
      key: 'kind',
      header: 'Hình thức kỷ luật',
      width: 24,
      required: true,
      list: 'disciplineKind',
      help: 'Chọn trong danh sách. Cùng người, hình thức và ngày bắt đầu là một dòng.',
    },
    { key: 'from', header: 'Từ ngày', width: 14, required: true, help: DATE_HELP },
    {
      key: 'to',
      header: 'Đến ngày',
      width: 14,
      help: `${DATE_HELP} Để trống nếu chưa hết thời hạn; không trước Từ ngày.`,
    },
    { key: 'decisionRef', header: 'Số quyết định kỷ luật', width: 22, help: 'Không bắt buộc.' },
    { key: 'note', header: 'Ghi chú', width: 30, help: 'Không bắt buộc.' },
  ],
};

export const KIND_TITLES: Record<IntakeKind, string> = {
  units: 'Đơn vị',
  people: 'Cá nhân',
  awards: 'Khen thưởng đã có',
  initiatives: 'Sáng kiến, đề tài',
  disciplines: 'Kỷ luật',
};

/** The text of a cell, trimmed; null when empty. */
export function textOf(v: string | number | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}

/** Each list's accepted spellings, folded once: code, label, "CODE - label". */
const spellings = new WeakMap<readonly Choice[], Map<string, string>>();
function spellingsOf(list: readonly Choice[]): Map<string, string> {
  let m = spellings.get(list);
  if (!m) {
    m = new Map();
    for (const c of list) {
      m.set(foldVietnamese(c.label).trim(), c.code);
      m.set(foldVietnamese(c.code), c.code);
    }
    spellings.set(list, m);
  }
  return m;
}

/** A coded value given as its code, its label, or "CODE - label" (case and diacritics ignored). */
export function choiceOf(list: readonly Choice[], raw: string): string | null {
  const m = spellingsOf(list);
  const head = raw.split(' - ')[0] ?? '';
  return m.get(foldVietnamese(head).trim()) ?? m.get(foldVietnamese(raw).trim()) ?? null;
}

/** The code of a unit given as "CODE" or "CODE - name". */
export const unitCodeOf = (raw: string) => (raw.split(' - ')[0] ?? raw).trim().toUpperCase();

/** Excel's day 0 is 30 Dec 1899 (with the 1900 leap-year bug folded in). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function validDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date cell: "dd/mm/yyyy", "yyyy-mm-dd" or an Excel date; `{ error }` when it is no real day. */
export function dateOf(v: string | number): { date: string } | { error: string } {
  if (typeof v === 'number') {
    if (v < 1 || v > 110_000) return { error: 'không phải một ngày (ghi dd/mm/yyyy)' };
    return { date: new Date(EXCEL_EPOCH + Math.floor(v) * 86_400_000).toISOString().slice(0, 10) };
  }
  const s = v.trim();
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const [y, m, d] = vi
    ? [Number(vi[3]), Number(vi[2]), Number(vi[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (!y) return { error: `"${s}" không đúng dạng ngày dd/mm/yyyy` };
  const date = validDay(y, m, d);
  return date ? { date } : { error: `ngày ${s} không có thật` };
}

/** A whole number cell (a year, a count); null when it is not one. */
export function intOf(v: string | number): number | null {
  const n = typeof v === 'number' ? v : Number(v.trim().replace(/[.,\s]/g, ''));
  return Number.isInteger(n) ? n : null;
}

/** A yes column: "x" (or có / yes / 1) is yes; empty is no; anything else is a mistake (null). */
export function yesOf(v: string | number | null): boolean | null {
  const t = textOf(v);
  if (t === null) return false;
  const f = foldVietnamese(t);
  if (['x', 'co', 'yes', '1', 'true', 'c'].includes(f)) return true;
  if (['khong', 'no', '0', 'false'].includes(f)) return false;
  return null;
}
