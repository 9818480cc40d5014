import zlib from 'node:zlib';
import { AppError } from '../http/errors';

/** One file inside a zip (an .xlsx is a zip of XML files), from the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Most files inside (an .xlsx has 10–20). */
  maxEntries: number;
  /** Most bytes all files may declare once expanded. */
  maxTotalUncompressed: number;
  /** Most expansion of one file larger than 1 MB expanded (XML compresses 10–30×; a bomb 1 000×). */
  maxRatio: number;
}

const badFile = () =>
  new AppError('BAD_FILE', 'Không đọc được tệp Excel (.xlsx). Hãy dùng tệp mẫu tải từ phần mềm.');
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * The zip's central directory (the table of contents at the end of the file), checked against `limits`
 * before anything is expanded: a 0.4 MB file that declares 400 MB is refused here, in microseconds.
 * The declared sizes can lie, so whoever expands an entry must still stop at the limit (`inflateEntry`).
 */
export function readZipDirectory(buf: Buffer, limits: ZipLimits): Map<string, ZipEntry> {
  // End of central directory: 22 bytes + a comment of at most 65 535 bytes, at the end of the file
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw badFile();
  const count = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw badFile(); // zip64: no spreadsheet of ours needs it
  if (count > limits.maxEntries) {
    throw new AppError(
      'FILE_TOO_COMPLEX',
      `Tệp Excel có quá nhiều thành phần (${count}, tối đa ${limits.maxEntries}). Hãy dùng tệp mẫu tải từ phần mềm.`,
    );
  }
  if (dirOffset + dirSize > buf.length) throw badFile();
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw badFile();
    const nameLength = buf.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    total += entry.uncompressedSize;
    if (entry.uncompressedSize === 0xffffffff || total > limits.maxTotalUncompressed) {
      throw new AppError(
        'FILE_EXPANDS_TOO_MUCH',
        `Tệp quá lớn khi giải nén: tệp Excel này bung ra hơn ${mb(limits.maxTotalUncompressed)} (tối đa ${mb(limits.maxTotalUncompressed)}). Hãy dùng tệp mẫu, chỉ gồm danh sách cần nhập.`,
      );
    }
    if (
      entry.uncompressedSize > 1024 * 1024 &&
      entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)
    ) {
      throw new AppError(
        'FILE_EXPANDS_TOO_MUCH',
        `Tệp Excel bị nén bất thường (phần "${entry.name}" bung ra ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} lần, tối đa ${limits.maxRatio} lần). Hãy dùng tệp mẫu tải từ phần mềm.`,
      );
    }
    entries.set(entry.name, entry);
  }
  return entries;
}

/** The stored (compressed) bytes of an entry, located through its local header. */
function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const h = e.localHeaderOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== 0x04034b50) throw badFile();
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  if (start + e.compressedSize > buf.length) throw badFile();
  return buf.subarray(start, start + e.compressedSize);
}

const tooBig = (e: ZipEntry, max: number) =>
  new AppError(
    'FILE_EXPANDS_TOO_MUCH',
    `Tệp quá lớn khi giải nén: phần "${e.name}" vượt ${mb(max)} (tối đa ${mb(max)}).`,
  );

/**
 * The entry expanded, chunk by chunk (each chunk is a turn of the event loop, so other requests are
 * served meanwhile), stopping with 413 as soon as more than `max` bytes come out whatever the directory said.
 */
export async function* inflateEntry(buf: Buffer, e: ZipEntry, max: number): AsyncGenerator<Buffer> {
  const data = entryData(buf, e);
  if (e.method === 0) {
    if (data.length > max) throw tooBig(e, max);
    yield data;
    return;
  }
  if (e.method !== 8) throw badFile();
  const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  inflate.end(data);
  let out = 0;
  try {
    for await (const chunk of inflate) {
      out += (chunk as Buffer).length;
      if (out > max) throw tooBig(e, max);
      yield chunk as Buffer;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw badFile();
  } finally {
    inflate.destroy();
  }
}
