export { comparePersonNames, compareVietnamese } from './collation';
export { foldVietnamese, matchesSearch } from './fold';
export { formatDateTimeVi, formatDateVi, formatMoneyVnd, longDateVi, parseDateVi } from './format';
