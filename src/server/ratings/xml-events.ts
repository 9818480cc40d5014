import { AppError } from '../http/errors';

/** A start tag (with its attributes), an end tag, or text between tags, from a streamed XML file. */
export type XmlEvent =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

/** Longest stretch without a tag (one cell's text); more is not a spreadsheet a person filled in. */
const MAX_PENDING = 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? '';
  });
}

/** Local name without its namespace prefix (`x:row` → `row`). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

function parseTag(tag: string): XmlEvent | null {
  if (tag.startsWith('/')) return { kind: 'close', name: local(tag.slice(1).trim()) };
  const selfClosing = tag.endsWith('/');
  const body = selfClosing ? tag.slice(0, -1) : tag;
  const m = /^[^\s/>]+/.exec(body);
  if (!m) return null;
  const attrs: Record<string, string> = {};
  for (const a of body.slice(m[0].length).matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[a[1] as string] = decodeEntities(a[2] ?? a[3] ?? '');
  }
  return { kind: 'open', name: local(m[0]), attrs, selfClosing };
}

/**
 * XML events from a stream of bytes, chunk by chunk: enough for the regular XML inside an .xlsx
 * (no DTDs). Invalid UTF-8 and a text run longer than 1 MB are refused.
 */
export async function* xmlEvents(chunks: AsyncIterable<Buffer>): AsyncGenerator<XmlEvent> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  const bad = () =>
    new AppError('BAD_FILE', 'Tệp Excel bị hỏng hoặc không phải tệp .xlsx (nội dung không đọc được).');
  for await (const chunk of chunks) {
    try {
      pending += decoder.decode(chunk, { stream: true });
    } catch {
      throw bad();
    }
    let i = 0;
    for (;;) {
      const lt = pending.indexOf('<', i);
      if (lt < 0) break;
      if (lt > i) yield { kind: 'text', text: decodeEntities(pending.slice(i, lt)) };
      i = lt;
      if (pending.startsWith('<![CDATA[', lt)) {
        const end = pending.indexOf(']]>', lt);
        if (end < 0) break;
        yield { kind: 'text', text: pending.slice(lt + 9, end) };
        i = end + 3;
        continue;
      }
      if (pending.startsWith('<!--', lt)) {
        const end = pending.indexOf('-->', lt);
        if (end < 0) break;
        i = end + 3;
        continue;
      }
      const gt = pending.indexOf('>', lt);
      if (gt < 0) break;
      const tag = pending.slice(lt + 1, gt);
      i = gt + 1;
      if (tag.startsWith('?') || tag.startsWith('!')) continue;
      const ev = parseTag(tag);
      if (ev) yield ev;
    }
    pending = pending.slice(i);
    if (pending.length > MAX_PENDING) {
      throw new AppError(
        'CELL_TOO_LONG',
        'Tệp Excel có một ô chứa quá nhiều chữ (hơn 1 triệu ký tự). Hãy dùng tệp mẫu tải từ phần mềm.',
      );
    }
  }
  if (pending.trim() !== '' && pending.includes('<')) throw bad();
}
