/** Immutable list edits used by the plan editor (add, replace, remove, move up/down). */
export const replaceAt = <T>(list: readonly T[], i: number, item: T): T[] =>
  list.map((x, j) => (j === i ? item : x));

export const removeAt = <T>(list: readonly T[], i: number): T[] => list.filter((_, j) => j !== i);

export function moveAt<T>(list: readonly T[], i: number, delta: -1 | 1): T[] {
  const j = i + delta;
  if (j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j] as T, out[i] as T];
  return out;
}
