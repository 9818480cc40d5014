/** Tables and columns of migration 0014 (issue 10): one award per subject and year, signed revocation list. */
export interface RevocationListTable {
  tenant_id: string;
  /** grows by one at each revocation; the newest list is the one in force */
  sequence: number;
  issued_at: string;
  /** JSON array of { code, revokedAt, reason } — exactly what the signature covers */
  entries: string;
  signature: string;
}

declare module './schema' {
  interface AwardTable {
    /** set by migration 0014 on awards found duplicated before the rule existed (the earliest kept); null otherwise */
    duplicate_of: string | null;
  }
  interface Database {
    revocation_lists: RevocationListTable;
  }
}
