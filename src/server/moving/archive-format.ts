import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import readline from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';

/**
 * A commune's archive: ONE gzip file of JSON lines, written and read as a stream (a commune with many
 * thousand rows never sits whole in memory). Lines, in order:
 *
 *   {"header":{format, formatVersion, schemaLevel, tenant, createdAt, sourceEngine}}
 *   {"part":"rows/<table>","columns":[…]}   then one JSON array per row
 *   {"part":"file/<name>"}                   then the file's bytes as JSON strings of base64, one per line
 *   …
 *   {"manifest":{…, parts:[{name, rows|bytes, sha256}]}}   last: counts and checksums of every part
 *
 * A row part's sha256 is over its row lines (each with its newline); a file part's over the file's bytes.
 * A line starting with `[` is a row, with `"` a chunk of bytes, with `{` a header, part or manifest.
 */
export const ARCHIVE_FORMAT = 'thidua-commune-archive';
export const ARCHIVE_FORMAT_VERSION = 1;

export interface ArchiveTenant {
  id: string;
  code: string;
  name: string;
}

export interface ArchiveHeader {
  format: string;
  formatVersion: number;
  /** the newest migration applied to the database the archive comes from */
  schemaLevel: string;
  tenant: ArchiveTenant;
  createdAt: string;
  sourceEngine: 'sqlite' | 'postgres';
}

export interface PartEntry {
  name: string;
  rows?: number;
  bytes?: number;
  sha256: string;
}

export interface Manifest extends ArchiveHeader {
  /** rows per table (every moved table, 0 included) */
  tables: Record<string, number>;
  parts: PartEntry[];
  /** attachments whose bytes were not found on the old machine (their rows move; the files cannot) */
  missingFiles: string[];
}

export type RowValue = string | number | null;

/** Bytes of a file per line: a multiple of 3, so each line is base64 without padding but the last. */
const CHUNK = 48 * 1024;

export class ArchiveWriter {
  private readonly gzip: Gzip;
  private readonly done: Promise<void>;
  private current: { name: string; hash: Hash; rows?: number; bytes?: number } | null = null;
  readonly parts: PartEntry[] = [];

  constructor(file: string) {
    this.gzip = createGzip();
    const out = fs.createWriteStream(file, { mode: 0o600 });
    this.gzip.pipe(out);
    this.done = finished(out);
    // an error shows up when the writer finishes; keep it from being unhandled meanwhile
    this.done.catch(() => undefined);
  }

  private async line(text: string): Promise<void> {
    if (!this.gzip.write(`${text}\n`)) await once(this.gzip, 'drain');
  }

  async header(h: ArchiveHeader): Promise<void> {
    await this.line(JSON.stringify({ header: h }));
  }

  async beginRows(table: string, columns: string[]): Promise<void> {
    this.endPart();
    this.current = { name: `rows/${table}`, hash: createHash('sha256'), rows: 0 };
    await this.line(JSON.stringify({ part: this.current.name, columns }));
  }

  async row(values: RowValue[]): Promise<void> {
    const c = this.current;
    if (!c || c.rows === undefined) throw new Error('row outside a row part');
    const text = JSON.stringify(values);
    c.hash.update(`${text}\n`);
    c.rows++;
    await this.line(text);
  }

  /** A file's bytes, streamed from `source`. */
  async file(name: string, source: string): Promise<void> {
    this.endPart();
    const c = { name: `file/${name}`, hash: createHash('sha256'), bytes: 0 };
    this.current = c;
    await this.line(JSON.stringify({ part: c.name }));
    for await (const chunk of fs.createReadStream(source, { highWaterMark: CHUNK })) {
      const b = chunk as Buffer;
      c.hash.update(b);
      c.bytes += b.length;
      await this.line(JSON.stringify(b.toString('base64')));
    }
  }

  private endPart(): void {
    const c = this.current;
    if (!c) return;
    this.parts.push({
      name: c.name,
      ...(c.rows !== undefined ? { rows: c.rows } : {}),
      ...(c.bytes !== undefined ? { bytes: c.bytes } : {}),
      sha256: c.hash.digest('hex'),
    });
    this.current = null;
  }

  /** Close the last part, write the manifest (given the parts) and wait for the file to be on disk. */
  async finish(manifest: (parts: PartEntry[]) => Manifest): Promise<Manifest> {
    this.endPart();
    const m = manifest(this.parts);
    await this.line(JSON.stringify({ manifest: m }));
    this.gzip.end();
    await this.done;
    return m;
  }
}

export type ArchiveEvent =
  | { kind: 'header'; header: ArchiveHeader }
  | { kind: 'rows'; table: string; columns: string[] }
  | { kind: 'row'; values: RowValue[]; line: string }
  | { kind: 'file'; name: string }
  | { kind: 'bytes'; bytes: Buffer }
  | { kind: 'manifest'; manifest: Manifest };

export class ArchiveError extends Error {}

const notAnArchive = (why: string) =>
  new ArchiveError(`Tệp không phải bản lưu một xã của Thi Đua hoặc đã hỏng (${why}).`);

/** The archive's lines as events, in order (throws ArchiveError on a damaged file). */
export async function* readArchive(file: string): AsyncGenerator<ArchiveEvent> {
  const gunzip = createGunzip();
  let failure: Error | null = null;
  const input = fs.createReadStream(file).on('error', (e) => gunzip.destroy(e));
  input.pipe(gunzip);
  const lines = readline.createInterface({ input: gunzip, crlfDelay: Number.POSITIVE_INFINITY });
  gunzip.on('error', (e) => {
    failure = e;
    lines.close();
  });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw notAnArchive(`dòng ${n} không đọc được`);
      }
      if (n === 1) {
        const h = (value as { header?: ArchiveHeader }).header;
        if (!h || h.format !== ARCHIVE_FORMAT) throw notAnArchive('thiếu phần đầu');
        yield { kind: 'header', header: h };
      } else if (Array.isArray(value)) yield { kind: 'row', values: value as RowValue[], line };
      else if (typeof value === 'string') yield { kind: 'bytes', bytes: Buffer.from(value, 'base64') };
      else if (value && typeof value === 'object') {
        const o = value as { part?: string; columns?: string[]; manifest?: Manifest };
        if (o.manifest) yield { kind: 'manifest', manifest: o.manifest };
        else if (o.part?.startsWith('rows/') && Array.isArray(o.columns))
          yield { kind: 'rows', table: o.part.slice(5), columns: o.columns };
        else if (o.part?.startsWith('file/')) yield { kind: 'file', name: o.part.slice(5) };
        else throw notAnArchive(`dòng ${n} không rõ`);
      } else throw notAnArchive(`dòng ${n} không rõ`);
    }
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw notAnArchive(failure ? 'giải nén lỗi' : String((e as Error).message ?? e));
  }
  if (failure) throw notAnArchive('giải nén lỗi');
  if (n === 0) throw notAnArchive('tệp rỗng');
}
