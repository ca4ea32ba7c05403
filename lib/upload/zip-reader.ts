/**
 * A small, strict reader for .zip uploads (no dependency, no disk). It reads the central
 * directory, refuses what it does not need to understand (ZIP64, encryption, multi-disk,
 * symlinks, methods other than stored/deflate) and inflates each entry with a hard output
 * limit, so a zip bomb stops at the limit instead of filling memory. Entry names are decoded
 * as UTF-8 when flagged or valid, else as GB18030 (zips made on Chinese Windows).
 */
import { problemText, type ProblemDetail, type UploadProblemCode } from "./problems";
import zlib from "node:zlib";

/** A zip that cannot be read safely; `message` is the Chinese reason (problems.ts), `detail` the specifics for the log. */
export class ZipError extends Error {
  constructor(
    readonly code: UploadProblemCode,
    readonly detail = "",
    readonly data: ProblemDetail = {},
  ) {
    super(problemText(code, data));
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  name: string;
  isDirectory: boolean;
  isSymlink: boolean;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  crc32: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function decodeName(raw: Buffer, utf8Flag: boolean): string {
  if (utf8Flag) return raw.toString("utf8");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder("gb18030").decode(raw);
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  throw new ZipError("not_zip", "no end-of-central-directory record");
}

/** Lists the entries of a zip held in memory. */
export function listZipEntries(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipError("not_zip", "too short");
  const eocd = findEndOfCentralDirectory(buf);
  if (buf.readUInt16LE(eocd + 4) !== 0 || buf.readUInt16LE(eocd + 6) !== 0) throw new ZipError("multipart_zip");
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ZipError("zip64");
  if (cdOffset + cdSize > eocd) throw new ZipError("corrupt_zip", "central directory out of bounds");

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIG) throw new ZipError("corrupt_zip", "bad central directory entry");
    const versionMadeBy = buf.readUInt16LE(p + 4);
    const flags = buf.readUInt16LE(p + 8);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const external = buf.readUInt32LE(p + 38);
    const name = decodeName(buf.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    // Unix-made archives keep the file mode in the high half of the external attributes.
    const unixMode = versionMadeBy >> 8 === 3 ? external >>> 16 : 0;
    entries.push({
      name,
      isDirectory: name.endsWith("/") || name.endsWith("\\"),
      isSymlink: (unixMode & 0xf000) === 0xa000,
      method: buf.readUInt16LE(p + 10),
      encrypted: (flags & 1) !== 0,
      crc32: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The bytes of one entry, refusing anything larger than `maxBytes` once inflated. */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.encrypted) throw new ZipError("encrypted_entry");
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError("unsupported_compression", "", { method: entry.method });
  if (entry.size > maxBytes) throw new ZipError("entry_too_large", "", { size: `${entry.size} 字节`, limit: `${maxBytes} 字节` });
  const h = entry.localHeaderOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== LOCAL_SIG) throw new ZipError("corrupt_zip", "bad local header");
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipError("corrupt_zip", "entry data out of bounds");
  const raw = buf.subarray(start, end);
  let data: Buffer;
  if (entry.method === 0) data = Buffer.from(raw);
  else {
    try {
      // The declared size can lie; the inflater's own limit is what protects memory.
      data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (err) {
      const tooBig = err instanceof RangeError || (err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE";
      throw (tooBig ? new ZipError("zip_bomb") : new ZipError("corrupt_entry", "corrupt compressed data"));
    }
  }
  if (data.length !== entry.size) throw new ZipError("corrupt_entry", "unpacked size does not match the archive's record");
  if (crc32(data) !== entry.crc32) throw new ZipError("corrupt_entry", "checksum mismatch");
  return data;
}
