export { foldVietnamese, matchesSearch } from './fold';
export { compareVietnamese, comparePersonNames } from './collation';
export { formatDateVi, parseDateVi, longDateVi, formatMoneyVnd } from './format';
