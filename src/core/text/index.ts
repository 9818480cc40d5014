export { comparePersonNames, compareVietnamese } from './collation';
export { foldVietnamese, matchesSearch } from './fold';
export { formatDateVi, formatMoneyVnd, longDateVi, parseDateVi } from './format';
