/**
 * A small local diacritic fold for matching Excel cells: "Hoàn thành Tốt nhiệm vụ." → "hoan thanh tot
 * nhiem vu". Kept here on purpose (the shared text module is separate work); only for matching.
 */
export function foldForMatch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
