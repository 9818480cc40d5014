/** Vietnamese text without diacritics, for search: "Nguyễn Văn A" → "nguyen van a". */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word of `query` occurs in `haystack`, ignoring case and diacritics. */
export function matchesSearch(haystack: string, query: string): boolean {
  const h = foldVietnamese(haystack);
  return foldVietnamese(query)
    .split(' ')
    .filter(Boolean)
    .every((w) => h.includes(w));
}
