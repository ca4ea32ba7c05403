/** Byte-order marks: the only declaration that is never wrong about the encoding it names. */
import type { EncodingName } from "../types";

export interface Bom {
  encoding: EncodingName;
  length: number;
}

export function sniffBom(bytes: Uint8Array): Bom | null {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}
