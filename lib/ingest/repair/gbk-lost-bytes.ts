/**
 * Re-reads GBK/GB18030 bytes shown as cp1252 where the tool wrote U+FFFD for each of the five
 * bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D). In GBK those bytes are lead bytes
 * of the extension (traditional and rare characters), trail bytes of it, and 0x81 leads every
 * four-byte GB18030 sequence of the BMP (a no-break space, ©, ·); so a traditional page or one
 * with such symbols loses bytes all over. Each hole is one byte: its candidates are the
 * characters the five bytes make with the known bytes around it, and the likeliest is chosen by
 * the same character-pair model that mends UTF-8's lost bytes (lost-byte-choice.ts).
 */
import iconv from "iconv-lite";
import { chooseLostBytes } from "./lost-byte-choice";
import { CP1252_UNDEFINED } from "./mojibake-bytes";

const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
const isLead = (b: number) => b >= 0x81 && b <= 0xfe;
const HOLE = "\uFFFD";

/** The one character `bytes` decode to, or null when they are not exactly one real character. */
function oneChar(bytes: number[]): string | null {
  const s = iconv.decode(Buffer.from(bytes), "gb18030");
  if ([...s].length !== 1 || s === HOLE) return null;
  const c = s.codePointAt(0)!;
  return (c >= 0xe000 && c <= 0xf8ff) || c < 0x80 ? null : s;
}

/** Every byte string a sequence may have been, each hole filled with each undefined byte. */
function fillings(seq: number[], holes: boolean[]): number[][] {
  let out: number[][] = [[]];
  seq.forEach((b, k) => {
    out = holes[k] ? out.flatMap((p) => CP1252_UNDEFINED.map((u) => [...p, u])) : out.map((p) => [...p, b]);
  });
  return out;
}

/** The text `bytes` stand for; `lost[i]` marks a byte written as U+FFFD. */
export function readGb18030WithHoles(bytes: number[], lost: boolean[]): string {
  // Decided text, or the candidates for one character that lost a byte.
  const tokens: (string | string[])[] = [];
  let plain: number[] = [];
  const flush = () => {
    if (plain.length) tokens.push(iconv.decode(Buffer.from(plain), "gb18030"));
    plain = [];
  };
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (!lost[i] && !isLead(lead)) {
      plain.push(lead);
      i++;
      continue;
    }
    // A digit second byte marks a four-byte sequence; a lost second byte is never a digit.
    const width = i + 3 < bytes.length && !lost[i + 1] && isDigit(bytes[i + 1]!) ? 4 : 2;
    const end = Math.min(i + width, bytes.length);
    const holes = lost.slice(i, end);
    if (!holes.some(Boolean)) {
      plain.push(...bytes.slice(i, end));
      i = end;
      continue;
    }
    flush();
    let candidates = [...new Set(fillings(bytes.slice(i, end), holes).map(oneChar).filter((c): c is string => c !== null))];
    // A hole in a four-byte lead is 0x81 (the BMP: a no-break space) or 0x90 (beyond it: Linear B,
    // rare Han); a page holds the former unless nothing else decodes.
    const bmp = candidates.filter((c) => c.length === 1);
    if (bmp.length) candidates = bmp;
    tokens.push(candidates.length === 0 ? HOLE : candidates.length === 1 ? candidates[0]! : candidates);
    i = end;
  }
  flush();
  let out = "";
  for (let t = 0; t < tokens.length; ) {
    const token = tokens[t]!;
    if (typeof token === "string") {
      out += token;
      t++;
      continue;
    }
    const chain: string[][] = [];
    while (t < tokens.length && typeof tokens[t] !== "string") chain.push(tokens[t++] as string[]);
    const after = typeof tokens[t] === "string" ? (tokens[t] as string) : "";
    // The candidates a hole leaves are mostly GBK-extension (traditional) characters even on a
    // simplified page, so each is scored by its simplified form, whatever the page's script.
    // The model scores Han and punctuation; a symbol it does not know (a no-break space) is
    // still the character the bytes make, so the first candidate stands when it finds none.
    out += chooseLostBytes(chain, out, after, "traditional")
      .map((ch, k) => ch ?? chain[k]![0] ?? HOLE)
      .join("");
  }
  return out;
}
