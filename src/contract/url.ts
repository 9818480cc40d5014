/**
 * The URL of an endpoint, apart from its schemas: the web's client imports only this, so drawing the first
 * page does not wait for zod (the schemas are loaded with the pages that use them).
 */

/** The two parts of an endpoint a URL needs. */
interface Addressed {
  readonly method: string;
  readonly path: string;
}

/** The URL of an endpoint for given parameters and query (for links and downloads). */
export function urlOf(e: Addressed, params?: Record<string, string | number>, query?: object): string {
  const path = e.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const v = params?.[name];
    if (v === undefined) throw new Error(`${e.method} ${e.path}: thiếu tham số ${name}`);
    return encodeURIComponent(String(v));
  });
  return `/api${path}${queryString(query)}`;
}

export function queryString(query?: object): string {
  if (!query) return '';
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const x of v) s.append(k, String(x));
    else s.set(k, String(v));
  }
  const str = s.toString();
  return str ? `?${str}` : '';
}
