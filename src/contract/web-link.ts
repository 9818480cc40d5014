import { z } from './zod';

/** An absolute http(s) address with a host: `javascript:`, `data:`, `file:`, `vbscript:` … are not. */
export function isWebLink(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** What leaves the server: a stored link that is not http(s) (written before links were checked) is dropped. */
export function safeLink(s: string | null | undefined): string | null {
  return s && isWebLink(s) ? s : null;
}

const message = (what: string) => `${what} phải là địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://`;

/** The one schema for links users give (media articles, evidence): http/https only, parsed by `new URL`. */
export function webLink(what = 'Đường dẫn', max = 1000) {
  return z.string().trim().max(max, `${what} dài quá ${max} ký tự`).refine(isWebLink, message(what));
}

/** As `webLink`, but an empty field (a form left blank) is allowed. */
export function webLinkOrEmpty(what = 'Đường dẫn', max = 1000) {
  return z
    .string()
    .trim()
    .max(max, `${what} dài quá ${max} ký tự`)
    .refine((s) => s === '' || isWebLink(s), message(what));
}
