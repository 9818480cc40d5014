import type { Db } from '../db/connect';

/**
 * Title codes (law catalogue codes, e.g. `LDTT`, `CSTDCS`, `TTLDTT`) that a subject registered for
 * `year`, from any movement or from the annual registration, sorted and without duplicates. The
 * eligibility rules read it: a title not registered is not proposed (Điều 7 Nghị định 98/2023/NĐ-CP).
 */
export async function registeredTitles(
  db: Db,
  tenantId: string,
  subjectKind: 'UNIT' | 'INDIVIDUAL',
  subjectId: string,
  year: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('registrations')
    .select('titles')
    .where('tenant_id', '=', tenantId)
    .where('subject_kind', '=', subjectKind)
    .where('subject_id', '=', subjectId)
    .where('year', '=', year)
    .execute();
  const codes = new Set<string>();
  for (const r of rows) for (const c of parseCodes(r.titles)) codes.add(c);
  return [...codes].sort();
}

/** Parses a JSON array of strings stored in a text column; anything else reads as empty. */
export function parseCodes(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
