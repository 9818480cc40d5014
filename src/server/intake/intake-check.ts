/**
 * Checking intake rows: each row becomes a record or the list of what is wrong with it (row, column,
 * Vietnamese reason), with the shared rules of the core (citizen ID form, history dates) and the
 * commune's units and people. Pure: the commune's data and today are given.
 */
import type { IntakeKind, IntakeRowError } from '../../contract/intake';
import {
  awardHistoryProblems,
  disciplineProblems,
  initiativeProblems,
} from '../../core/history/history-rules';
import type {
  AchievementNature,
  DisciplineKind,
  InitiativeKind,
  IssuingLevel,
  LeaderTier,
} from '../../core/history/history-terms';
import type { InitiativeLevel, SubjectKind } from '../../core/law/types';
import { citizenIdProblem, normaliseCitizenId } from '../../core/people/citizen-id';
import type { OrgKind } from '../../core/people/org-kinds';
import type { Gender, PersonCategory } from '../../core/people/person-categories';
import { foldVietnamese } from '../../core/text';
import { CHOICES, COLUMNS, choiceOf, dateOf, intOf, textOf, unitCodeOf, yesOf } from './intake-columns';
import type { RawRow } from './intake-read';

export interface IntakeContext {
  today: string;
  /** The commune's own code (not a unit to import). */
  communeCode: string;
  /** The commune's units by code (upper case), with their parent's code (null under the commune). */
  units: Map<string, { id: string; parentCode: string | null }>;
  /** Codes of the file already used by another commune (codes are unique on the server). */
  foreignUnitCodes: Set<string>;
  /** The commune's people by citizen ID. */
  people: Map<string, { id: string }>;
}

export interface UnitRecord {
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgKind;
  parentCode: string | null;
  memberCount: number | null;
  smallCollective: boolean;
  directWork: boolean;
}
export interface PersonRecord {
  citizenId: string;
  fullName: string;
  birthDate: string | null;
  birthYear: number | null;
  gender: Gender;
  ethnicity: string | null;
  position: string | null;
  unitId: string;
  category: PersonCategory;
  directWorker: boolean;
  leaderTier: LeaderTier;
}
export interface AwardRecord {
  subjectKind: SubjectKind;
  personId: string | null;
  unitId: string | null;
  awardCode: string;
  issuingLevel: IssuingLevel;
  issuingBody: string;
  decisionNumber: string;
  decisionDate: string;
  year: number;
  nature: AchievementNature;
  note: string | null;
}
export interface InitiativeRecord {
  personId: string;
  kind: InitiativeKind;
  title: string;
  year: number;
  recognizedOn: string | null;
  level: InitiativeLevel;
  scope: InitiativeLevel | null;
  recognitionRef: string | null;
}
export interface DisciplineRecord {
  personId: string;
  kind: DisciplineKind;
  from: string;
  to: string | null;
  decisionRef: string | null;
  note: string | null;
}
export interface RecordOf {
  units: UnitRecord;
  people: PersonRecord;
  awards: AwardRecord;
  initiatives: InitiativeRecord;
  disciplines: DisciplineRecord;
}

/** A clean row: its number, the key that makes it one record (for duplicates and re-imports) and the record. */
export interface Checked<T> {
  rowNumber: number;
  key: string;
  rec: T;
}

/** How a record's key is written, the same in the file and in the database. */
export const keys = {
  award: (a: { awardCode: string; decisionNumber: string; subjectId: string }) =>
    `${a.awardCode}|${foldVietnamese(a.decisionNumber).replace(/\s+/g, '')}|${a.subjectId}`,
  initiative: (i: { personId: string; year: number; title: string }) =>
    `${i.personId}|${i.year}|${foldVietnamese(i.title).replace(/\s+/g, ' ')}`,
  discipline: (d: { personId: string; kind: string; from: string }) => `${d.personId}|${d.kind}|${d.from}`,
};

const MAX_TEXT = 500;

/** A row's reader: each getter reports its own problems, so every bad cell of a row is listed. */
class RowReader {
  readonly problems: { field: string; message: string }[] = [];
  constructor(
    private readonly row: RawRow,
    private readonly required: Set<string>,
  ) {}
  bad(field: string, message: string): null {
    this.problems.push({ field, message });
    return null;
  }
  text(field: string, max = MAX_TEXT): string | null {
    const t = textOf(this.row.v[field]);
    if (t === null) return this.required.has(field) ? this.bad(field, 'chưa điền (bắt buộc)') : null;
    if (t.length > max) return this.bad(field, `dài quá ${max} ký tự`);
    return t;
  }
  choice<T extends string>(field: string, list: readonly { code: string; label: string }[]): T | null {
    const t = this.text(field);
    if (t === null) return null;
    return (choiceOf(list, t) as T | null) ?? this.bad(field, `"${t}" không có trong danh sách`);
  }
  date(field: string): string | null {
    const raw = this.row.v[field];
    if (textOf(raw) === null)
      return this.required.has(field) ? this.bad(field, 'chưa điền (bắt buộc)') : null;
    const d = dateOf(raw as string | number);
    return 'date' in d ? d.date : this.bad(field, d.error);
  }
  int(field: string, what: string): number | null {
    const raw = this.row.v[field];
    if (textOf(raw) === null)
      return this.required.has(field) ? this.bad(field, 'chưa điền (bắt buộc)') : null;
    return intOf(raw as string | number) ?? this.bad(field, `${what} phải là số nguyên`);
  }
  yes(field: string): boolean {
    const y = yesOf(this.row.v[field] ?? null);
    if (y === null) this.bad(field, 'chỉ đánh "x" hoặc để trống');
    return Boolean(y);
  }
  has(field: string): boolean {
    return textOf(this.row.v[field]) !== null;
  }
}

type Check<T> = (r: RowReader, ctx: IntakeContext) => { key: string; rec: T; keyField: string } | null;

function person(r: RowReader, ctx: IntakeContext, field = 'citizenId'): string | null {
  const t = r.text(field, 40);
  if (t === null) return null;
  const id = normaliseCitizenId(t);
  const problem = citizenIdProblem(id);
  if (problem) return r.bad(field, problem);
  return (
    ctx.people.get(id)?.id ??
    r.bad(field, `không có người nào mang số CCCD ${id} trong xã (hãy nhập cá nhân trước)`)
  );
}

function unit(r: RowReader, ctx: IntakeContext, field: string): string | null {
  const t = r.text(field, 80);
  if (t === null) return null;
  const code = unitCodeOf(t);
  return ctx.units.get(code)?.id ?? r.bad(field, `không có đơn vị mã ${code} trong xã`);
}

const checkUnit: Check<UnitRecord> = (r, ctx) => {
  const rawCode = r.text('code', 40);
  const code = rawCode === null ? null : unitCodeOf(rawCode);
  if (code !== null) {
    if (!/^[A-Z0-9][A-Z0-9._-]*$/.test(code))
      r.bad('code', 'chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới');
    else if (code === ctx.communeCode.toUpperCase())
      r.bad('code', `${code} là mã của xã, không phải mã một đơn vị`);
    else if (ctx.foreignUnitCodes.has(code))
      r.bad('code', `mã ${code} đã được dùng cho một đơn vị khác (mã đơn vị không được trùng)`);
  }
  const name = r.text('name', 200);
  const shortName = r.text('shortName', 80);
  const kind = r.choice<OrgKind>('kind', CHOICES.unitKind);
  const parent = r.text('parentCode', 80);
  const parentCode = parent === null ? null : unitCodeOf(parent);
  if (parentCode !== null && parentCode === code)
    r.bad('parentCode', 'một đơn vị không thể là cấp trên của chính nó');
  const memberCount = r.int('memberCount', 'Số thành viên');
  if (memberCount !== null && memberCount < 0) r.bad('memberCount', 'Số thành viên không được âm');
  const smallCollective = r.yes('smallCollective');
  const directWork = r.yes('directWork');
  if (code === null || name === null || kind === null || r.problems.length) return null;
  return {
    key: code,
    keyField: 'code',
    rec: {
      code,
      name,
      shortName,
      kind,
      parentCode: parentCode === ctx.communeCode.toUpperCase() ? null : parentCode,
      memberCount,
      smallCollective,
      directWork,
    },
  };
};

const checkPerson: Check<PersonRecord> = (r, ctx) => {
  const rawId = r.text('citizenId', 40);
  const fullName = r.text('fullName', 120);
  const gender = r.choice<Gender>('gender', CHOICES.gender);
  let birthDate: string | null = null;
  let birthYear: number | null = null;
  const birth = r.text('birth', 20);
  if (birth !== null) {
    const y = intOf(birth);
    if (y !== null && y >= 1900 && y <= 2100 && /^\d{4}$/.test(birth.trim())) birthYear = y;
    else {
      const d = r.date('birth');
      if (d && d > ctx.today) r.bad('birth', 'ngày sinh sau ngày hôm nay');
      else if (d && d < '1900-01-01') r.bad('birth', 'ngày sinh trước năm 1900');
      else if (d) {
        birthDate = d;
        birthYear = Number(d.slice(0, 4));
      }
    }
    if (birthYear !== null && birthYear > Number(ctx.today.slice(0, 4)))
      r.bad('birth', 'năm sinh sau năm nay');
  }
  let citizenId: string | null = null;
  if (rawId !== null) {
    citizenId = normaliseCitizenId(rawId);
    const problem = citizenIdProblem(citizenId, { gender, birthYear });
    if (problem) r.bad('citizenId', problem);
  }
  const ethnicity = r.text('ethnicity', 40);
  const position = r.text('position', 120);
  const unitId = unit(r, ctx, 'unitCode');
  const category = r.choice<PersonCategory>('category', CHOICES.category);
  const directWorker = r.yes('directWorker');
  const leaderTier = r.choice<LeaderTier>('leaderTier', CHOICES.leaderTier) ?? 'KHONG';
  if (
    citizenId === null ||
    fullName === null ||
    gender === null ||
    unitId === null ||
    category === null ||
    r.problems.length
  )
    return null;
  return {
    key: citizenId,
    keyField: 'citizenId',
    rec: {
      citizenId,
      fullName,
      birthDate,
      birthYear,
      gender,
      ethnicity,
      position,
      unitId,
      category,
      directWorker,
      leaderTier,
    },
  };
};

const checkAward: Check<AwardRecord> = (r, ctx) => {
  const hasPerson = r.has('citizenId');
  const hasUnit = r.has('unitCode');
  if (hasPerson && hasUnit)
    r.bad('unitCode', 'chỉ điền một trong hai cột: Số CCCD (cá nhân) hoặc Mã đơn vị (tập thể)');
  else if (!hasPerson && !hasUnit) r.bad('citizenId', 'chưa điền Số CCCD (cá nhân) hoặc Mã đơn vị (tập thể)');
  const personId = hasPerson && !hasUnit ? person(r, ctx) : null;
  const unitId = hasUnit && !hasPerson ? unit(r, ctx, 'unitCode') : null;
  const subjectKind: SubjectKind = hasPerson ? 'INDIVIDUAL' : 'COLLECTIVE';
  const awardCode = r.choice<string>('awardCode', CHOICES.award);
  const issuingLevel = r.choice<IssuingLevel>('issuingLevel', CHOICES.issuingLevel);
  const issuingBody = r.text('issuingBody', 200);
  const decisionNumber = r.text('decisionNumber', 60);
  const decisionDate = r.date('decisionDate');
  const year = r.int('year', 'Năm thành tích');
  const nature = r.choice<AchievementNature>('nature', CHOICES.nature) ?? 'THUONG_XUYEN';
  const note = r.text('note', 1000);
  if (awardCode !== null && decisionDate !== null && year !== null) {
    const field = { awardCode: 'awardCode', year: 'year', decisionDate: 'decisionDate' } as const;
    for (const p of awardHistoryProblems({ subjectKind, awardCode, year, decisionDate }, ctx.today))
      r.bad(field[p.field], p.message);
  }
  const subjectId = personId ?? unitId;
  if (
    !subjectId ||
    !awardCode ||
    !issuingLevel ||
    !issuingBody ||
    !decisionNumber ||
    !decisionDate ||
    year === null ||
    r.problems.length
  )
    return null;
  return {
    key: keys.award({ awardCode, decisionNumber, subjectId }),
    keyField: 'decisionNumber',
    rec: {
      subjectKind,
      personId,
      unitId,
      awardCode,
      issuingLevel,
      issuingBody,
      decisionNumber,
      decisionDate,
      year,
      nature,
      note,
    },
  };
};

const checkInitiative: Check<InitiativeRecord> = (r, ctx) => {
  const personId = person(r, ctx);
  const kind = r.choice<InitiativeKind>('kind', CHOICES.initiativeKind) ?? 'SANG_KIEN';
  const title = r.text('title', 500);
  const year = r.int('year', 'Năm công nhận');
  const recognizedOn = r.date('recognizedOn');
  const level = r.choice<InitiativeLevel>('level', CHOICES.initiativeLevel);
  const scope = r.choice<InitiativeLevel>('scope', CHOICES.initiativeLevel);
  const recognitionRef = r.text('recognitionRef', 120);
  if (year !== null)
    for (const p of initiativeProblems({ year, recognizedOn }, ctx.today)) r.bad(p.field, p.message);
  if (!personId || !title || year === null || !level || r.problems.length) return null;
  return {
    key: keys.initiative({ personId, year, title }),
    keyField: 'title',
    rec: { personId, kind, title, year, recognizedOn, level, scope, recognitionRef },
  };
};

const checkDiscipline: Check<DisciplineRecord> = (r, ctx) => {
  const personId = person(r, ctx);
  const kind = r.choice<DisciplineKind>('kind', CHOICES.disciplineKind);
  const from = r.date('from');
  const to = r.date('to');
  const decisionRef = r.text('decisionRef', 120);
  const note = r.text('note', 1000);
  if (from !== null) for (const p of disciplineProblems({ from, to }, ctx.today)) r.bad(p.field, p.message);
  if (!personId || !kind || !from || r.problems.length) return null;
  return {
    key: keys.discipline({ personId, kind, from }),
    keyField: 'from',
    rec: { personId, kind, from, to, decisionRef, note },
  };
};

const CHECKS: { [K in IntakeKind]: Check<RecordOf[K]> } = {
  units: checkUnit,
  people: checkPerson,
  awards: checkAward,
  initiatives: checkInitiative,
  disciplines: checkDiscipline,
};

const KEY_WORDS: Record<IntakeKind, string> = {
  units: 'cùng mã đơn vị',
  people: 'cùng số CCCD',
  awards: 'cùng người (đơn vị), danh hiệu và số quyết định',
  initiatives: 'cùng người, năm và tên',
  disciplines: 'cùng người, hình thức và ngày bắt đầu',
};

/** Check a slice of rows; `seen` carries the keys of earlier rows across slices (duplicates inside the file). */
export function checkRows<K extends IntakeKind>(
  kind: K,
  rows: readonly RawRow[],
  ctx: IntakeContext,
  seen: Map<string, number>,
  out: { ok: Checked<RecordOf[K]>[]; errors: IntakeRowError[] },
): void {
  const cols = COLUMNS[kind];
  const header = new Map(cols.map((c) => [c.key, c.header]));
  const required = new Set(cols.filter((c) => c.required).map((c) => c.key));
  const check = CHECKS[kind] as Check<RecordOf[K]>;
  for (const row of rows) {
    const r = new RowReader(row, required);
    const got = check(r, ctx);
    if (got) {
      const first = seen.get(got.key);
      if (first !== undefined) r.bad(got.keyField, `trùng với dòng ${first} (${KEY_WORDS[kind]})`);
      else {
        seen.set(got.key, row.rowNumber);
        out.ok.push({ rowNumber: row.rowNumber, key: got.key, rec: got.rec });
      }
    }
    for (const p of r.problems)
      out.errors.push({
        rowNumber: row.rowNumber,
        field: p.field,
        column: header.get(p.field) ?? p.field,
        message: p.message,
      });
  }
}

/**
 * Units only, once all rows are checked: a parent must be a unit of the commune or a clean row of the
 * file, without a cycle. Rows whose parent cannot be placed are moved to the errors.
 */
export function placeUnits(
  ok: Checked<UnitRecord>[],
  ctx: IntakeContext,
  errors: IntakeRowError[],
): Checked<UnitRecord>[] {
  const header = COLUMNS.units.find((c) => c.key === 'parentCode')?.header ?? 'parentCode';
  let rows = ok;
  for (;;) {
    const inFile = new Map(rows.map((r) => [r.rec.code, r]));
    const parentOf = (code: string): string | null =>
      inFile.has(code)
        ? (inFile.get(code)?.rec.parentCode ?? null)
        : (ctx.units.get(code)?.parentCode ?? null);
    const bad = new Map<number, string>();
    for (const r of rows) {
      const p = r.rec.parentCode;
      if (p === null) continue;
      if (!inFile.has(p) && !ctx.units.has(p)) {
        bad.set(r.rowNumber, `không có đơn vị mã ${p} trong xã hay trong tệp (hoặc dòng của nó bị lỗi)`);
        continue;
      }
      let at: string | null = p;
      for (let steps = 0; at !== null && steps < 10_000; steps++) {
        if (at === r.rec.code) {
          bad.set(r.rowNumber, `đơn vị cấp trên ${p} lại nằm dưới đơn vị này (vòng lặp)`);
          break;
        }
        at = parentOf(at);
      }
    }
    if (bad.size === 0) return rows;
    for (const [rowNumber, message] of bad)
      errors.push({ rowNumber, field: 'parentCode', column: header, message });
    rows = rows.filter((r) => !bad.has(r.rowNumber));
  }
}
