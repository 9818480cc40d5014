/**
 * Who may hold a title or form, finer than individual / collective / household: the person's category
 * (cán bộ, công chức, học sinh …) and the unit's kind (trường, trạm y tế, thôn, tổ …). Each category and
 * kind has one bit, so a rule compares a subject with an award's holders without allocating (R-GEN-3).
 */
import { ORG_KINDS, type OrgKind } from '../people/org-kinds';
import { PERSON_CATEGORIES, type PersonCategory } from '../people/person-categories';

export type HolderKind = PersonCategory | OrgKind;

const ALL: readonly HolderKind[] = [...PERSON_CATEGORIES, ...ORG_KINDS];
const BITS = new Map<string, number>(ALL.map((k, i) => [k, 1 << i]));

/** The category or unit kind of a bit (for messages). */
export const holderOfBit = (bit: number): HolderKind | undefined =>
  bit ? ALL[31 - Math.clz32(bit)] : undefined;

/** The bit of a person category or unit kind; 0 when not known. */
export const holderBit = (kind: string | null | undefined): number => (kind ? (BITS.get(kind) ?? 0) : 0);

/** Who may hold an award, by article: person categories for individuals, unit kinds for collectives. */
export interface Holders {
  categories?: readonly PersonCategory[];
  orgKinds?: readonly OrgKind[];
  article: string;
}

/** The mask of the categories and kinds allowed; -1 = anyone of the award's subject kinds. */
export function holderMask(h: Holders | undefined, kind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD'): number {
  const list = kind === 'INDIVIDUAL' ? h?.categories : kind === 'COLLECTIVE' ? h?.orgKinds : undefined;
  if (!list) return -1;
  let m = 0;
  for (const k of list) m |= holderBit(k);
  return m;
}

/** Whether a subject of this kind, category / unit kind and service may hold the award (unknown category: yes). */
export function mayHold(
  award: { holders?: Holders | undefined; armedForcesMayHold?: boolean | undefined },
  kind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD',
  holder: string | null | undefined,
  armedForces = false,
): boolean {
  const bit = holderBit(holder);
  return (
    bit === 0 ||
    (holderMask(award.holders, kind) & bit) !== 0 ||
    (armedForces && award.armedForcesMayHold === true)
  );
}

export const PERSON_CATEGORY_LABELS: Record<PersonCategory, string> = {
  CAN_BO: 'cán bộ',
  CONG_CHUC: 'công chức',
  VIEN_CHUC: 'viên chức',
  NGUOI_LAO_DONG: 'người lao động',
  NGUOI_LAO_DONG_TRUC_TIEP: 'công nhân, người lao động trực tiếp',
  NONG_DAN: 'nông dân',
  HOC_SINH: 'học sinh',
  NGUOI_DAN: 'người dân',
};

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  DANG: 'tổ chức đảng',
  HDND: 'Hội đồng nhân dân',
  UBND: 'Ủy ban nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  DOAN_THE: 'đoàn thể',
  NGANH: 'ngành, cơ quan chuyên môn',
  THON: 'thôn',
  TO: 'tổ dân phố',
  TRUONG: 'trường học',
  Y_TE: 'trạm y tế',
  CONG_AN: 'công an',
  QUAN_SU: 'quân sự',
  TINH: 'cấp tỉnh',
  XA: 'xã, phường, đặc khu',
};

/** Who the subject is, in words (for messages). */
export const holderLabel = (kind: string | null | undefined): string =>
  (kind && (PERSON_CATEGORY_LABELS[kind as PersonCategory] ?? ORG_KIND_LABELS[kind as OrgKind])) || '';

/** "cán bộ, công chức …" — who may hold the award, in words; '' when anyone of its subject kinds may. */
export function allowedHoldersText(
  award: { holders?: Holders | undefined; armedForcesMayHold?: boolean | undefined },
  kind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD',
): string {
  const list =
    kind === 'INDIVIDUAL'
      ? award.holders?.categories
      : kind === 'COLLECTIVE'
        ? award.holders?.orgKinds
        : undefined;
  if (!list) return '';
  const names = list.map(holderLabel);
  if (kind === 'INDIVIDUAL' && award.armedForcesMayHold) names.push('lực lượng vũ trang, dân quân');
  return names.join(', ');
}

/** Why a subject may not hold an award, in Vietnamese. */
export function notHolderMessage(
  award: { name: string; holders?: Holders | undefined; armedForcesMayHold?: boolean | undefined },
  kind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD',
  holder: string | null | undefined,
): string {
  const who =
    holderLabel(holder) || (kind === 'INDIVIDUAL' ? 'người thuộc đối tượng này' : 'loại đơn vị này');
  const allowed = allowedHoldersText(award, kind);
  return `${award.name} không dành cho ${who}${allowed ? ` (chỉ dành cho: ${allowed})` : ''}.`;
}
