import { type RawBuilder, type SqlBool, sql } from 'kysely';

/** `%`, `_` and the escape character itself written literally in a LIKE pattern (escape character `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `column LIKE '%word%' ESCAPE '\'`: the column contains `word` as typed, so a search for "%" or "_"
 * finds only text with that character instead of everything. Same SQL on SQLite and PostgreSQL.
 */
export function containsText(column: string, word: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`%${escapeLike(word)}%`} escape '\\'`;
}
