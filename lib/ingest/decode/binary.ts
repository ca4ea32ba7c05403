/**
 * Refuses input that is not text at all before any decoding is tried: NUL bytes or a high share
 * of control characters in the first block, with the file type named when its signature is known.
 */

const SAMPLE = 8_192;
const CONTROL_SHARE = 0.1;

const SIGNATURES: [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive (or Office document)", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
];

function signature(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

/** A reason the bytes are binary, or null when they may be text. Call after BOM handling (UTF-16 has NULs). */
export function binaryReason(bytes: Uint8Array): string | null {
  const known = signature(bytes);
  if (known) return `binary file (looks like a ${known}), not text`;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `binary file: NUL byte at offset ${i}`;
    // Tab, LF, FF, CR and ESC (used by some legacy encodings) are normal in text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  if (n > 0 && control / n > CONTROL_SHARE) {
    return `binary file: ${((100 * control) / n).toFixed(0)}% control characters in the first ${n} bytes`;
  }
  return null;
}
