import { matchesSearch } from '../../core/text';

/** Props for an Ant Design Select whose search ignores diacritics ("nguyen van a" finds "Nguyễn Văn A"). */
export const vietnameseSearch = {
  showSearch: true,
  filterOption: (input: string, option?: { label?: unknown }) =>
    matchesSearch(String(option?.label ?? ''), input),
} as const;
