/**
 * Strict JSON input for `npm run law:check`: every object refuses keys it does not declare, and every
 * fault is told in Vietnamese with a readable place (`cases[0].record.ratings[1]`).
 * Two layers: the schema's objects are zod strict objects (`obj`), and `strayKeys` compares the input
 * with what the schema kept — a key the schema dropped anywhere (an object declared with plain
 * `z.object`, e.g. one added later) is still refused.
 */
import { type core, z } from 'zod';

/** A strict object: an unknown key is an error; a value that is not an object says what was expected. */
export function obj<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'invalid_type' ? `${what} phải là một đối tượng JSON` : undefined),
  });
}

/** `["cases", 0, "record", "ratings", 1]` → `cases[0].record.ratings[1]`; the empty path → `root`. */
export function readablePath(path: readonly PropertyKey[], root: string): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const s = String(seg);
      out += /^[A-Za-z_$][\w$]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out || root;
}

const unknownKey = (key: string, where: string) => `khóa "${key}" không hợp lệ tại ${where}`;

/** One zod issue in Vietnamese, with its place. */
export function issueText(iss: core.$ZodIssue, root: string): string {
  const where = readablePath(iss.path, root);
  if (iss.code === 'unrecognized_keys') return iss.keys.map((k) => unknownKey(k, where)).join('; ');
  return `${where}: ${iss.message}`;
}

/**
 * Keys present in `input` but not in `output` (what the schema kept), at any depth, as messages. Arrays are
 * compared item by item; values the schema replaced by a non-object are not descended.
 */
export function strayKeys(input: unknown, output: unknown, root: string, path: PropertyKey[] = []): string[] {
  if (Array.isArray(input) && Array.isArray(output))
    return input.flatMap((x, i) => strayKeys(x, output[i], root, [...path, i]));
  if (!isPlainObject(input) || !isPlainObject(output)) return [];
  const found: string[] = [];
  for (const [k, v] of Object.entries(input)) {
    if (!(k in output)) found.push(unknownKey(k, readablePath(path, root)));
    else found.push(...strayKeys(v, output[k], root, [...path, k]));
  }
  return found;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Parse with the schema; on failure (or a key the schema dropped) throw one Vietnamese message. */
export function parseStrict<S extends z.ZodType>(schema: S, input: unknown, root: string): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new Error(r.error.issues.map((iss) => issueText(iss, root)).join('; '));
  const stray = strayKeys(input, r.data, root);
  if (stray.length) throw new Error(stray.join('; '));
  return r.data;
}
