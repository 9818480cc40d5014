import type { SubjectKind } from '../../../core/law';

/** The lookup page's address of a subject: /tra-cuu/ca-nhan/:id, /tra-cuu/tap-the/:id, /tra-cuu/ho-gia-dinh/:id. */
export const LOOKUP_SEGMENT: Record<SubjectKind, string> = {
  INDIVIDUAL: 'ca-nhan',
  COLLECTIVE: 'tap-the',
  HOUSEHOLD: 'ho-gia-dinh',
};
export const lookupPath = (kind: SubjectKind, id: string) => `/tra-cuu/${LOOKUP_SEGMENT[kind]}/${id}`;
