import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/** Deeper JSON than this is refused before it is parsed (no form of the app nests more than 6 levels). */
export const JSON_MAX_DEPTH = 32;
/** JSON bodies are at most 1 MB unless a route (a file upload) sets its own `bodyLimit`. */
export const JSON_BODY_LIMIT = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

const tooDeep = () =>
  new AppError('JSON_TOO_DEEP', `Dữ liệu gửi lên lồng nhau quá sâu (tối đa ${JSON_MAX_DEPTH} cấp).`);
const badText = () => new AppError('BAD_ENCODING', 'Dữ liệu gửi lên không phải văn bản UTF-8 hợp lệ.');

/**
 * True when `text` (JSON) opens more than `max` objects/arrays inside one another. One linear pass over
 * the characters, skipping strings, so a hostile body costs no more than reading it — `JSON.parse` of a
 * deeply nested 1 MB body is what would stall the server.
 */
export function jsonDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** Every string (and key) in NFC, so "Nguyễn" typed on a Mac (NFD) is the same text as on Windows (NFC). */
export function normaliseText(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(normaliseText);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      // the prototype-poisoning guard Fastify's own parser applies (assigning it would swap the prototype)
      if (k === '__proto__') throw new AppError('BAD_REQUEST', 'Yêu cầu không hợp lệ (khóa dữ liệu bị cấm).');
      out[k.normalize('NFC')] = normaliseText(x);
    }
    return out;
  }
  return v;
}

/** Decode UTF-8 strictly, check depth, parse, normalise. Throws AppError 400 on any failure. */
export function parseJsonBody(body: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw badText();
  }
  if (text.trim() === '') throw new AppError('BAD_REQUEST', 'Yêu cầu không hợp lệ (thiếu dữ liệu JSON).');
  if (jsonDeeperThan(text, JSON_MAX_DEPTH)) throw tooDeep();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'Yêu cầu không hợp lệ (JSON sai cú pháp hoặc thiếu dữ liệu).');
  }
  return normaliseText(parsed);
}

/** Whether the percent-encoded bytes of a URL are valid UTF-8 (the router leaves bad escapes undecoded). */
export function urlIsUtf8(url: string): boolean {
  if (!url.includes('%')) return true;
  const bytes: number[] = [];
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 37 && /^[0-9a-fA-F]{2}$/.test(url.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(url.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c < 128 ? c : 0x41); // raw non-ASCII is already text; stands in as a letter
  }
  try {
    utf8.decode(Uint8Array.from(bytes));
    return true;
  } catch {
    return false;
  }
}

/** Query strings and path parameters: NFC, and text that is not valid UTF-8 is refused. */
function normaliseUrlParts(req: FastifyRequest): void {
  if (!urlIsUtf8(req.url)) throw badText();
  for (const part of [req.query, req.params]) {
    if (part === null || typeof part !== 'object') continue;
    const rec = part as Record<string, unknown>;
    for (const [k, v] of Object.entries(rec)) {
      const values = Array.isArray(v) ? v : [v];
      if (values.some((x) => typeof x === 'string' && x.includes('\uFFFD'))) throw badText();
      rec[k] = Array.isArray(v)
        ? v.map((x) => (typeof x === 'string' ? x.normalize('NFC') : x))
        : typeof v === 'string'
          ? v.normalize('NFC')
          : v;
    }
  }
}

/**
 * JSON bodies on every route: strict UTF-8, at most `JSON_MAX_DEPTH` levels (checked before parsing),
 * at most `JSON_BODY_LIMIT` bytes unless the route allows more, all text in NFC; query strings and path
 * parameters in NFC too. Call before the routes are registered.
 */
export function installJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: JSON_BODY_LIMIT },
    (_req, body, done) => {
      try {
        done(null, parseJsonBody(body as Buffer));
      } catch (err) {
        done(err as Error, undefined);
      }
    },
  );
  app.addHook('preValidation', async (req) => {
    normaliseUrlParts(req);
  });
}
