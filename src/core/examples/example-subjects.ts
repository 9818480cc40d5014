/** Who a typical example is: a person, a collective (a unit or team) or a household of the commune. */
export const EXAMPLE_SUBJECT_KINDS = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'] as const;
export type ExampleSubjectKind = (typeof EXAMPLE_SUBJECT_KINDS)[number];

export const EXAMPLE_SUBJECT_KIND_LABELS: Record<ExampleSubjectKind, string> = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
  HOUSEHOLD: 'Hộ gia đình',
};
