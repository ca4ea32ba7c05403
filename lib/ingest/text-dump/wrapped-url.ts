/**
 * An address too long for the line (an ad frame's query string, a tracking link) is cut by lynx
 * and w3m at the wrap column and carried over as many lines as it needs, each one unbroken
 * printable ASCII. Read line by line, every piece is a link line of its own, and a dozen of them
 * inside an article wall its end off as if they were a footer; the address is one line.
 */
import type { DumpLine } from "./rewrap";

/** An address opening a line, after the dumper's link number ([12]) if any. */
const ADDRESS_START = /^(?:\[\d+\])?(?:[a-z][\w+.-]*:\/\/|www\.)\S+$/i;
/** A piece of an address: no space, no wide character. */
const PIECE = /^[\x21-\x7e]+$/;
/** A new link or address, a bullet or a number opens its own line. */
const OWN_LINE = /^\[\d+\]|^[a-z][\w+.-]*:\/\/|^[*+•-]\s|^\d+\.\s/i;
/** The address reached the wrap column: shorter lines end where the address ended. */
const MIN_CUT_WIDTH = 60;

export function joinWrappedUrls(lines: DumpLine[]): DumpLine[] {
  const out: DumpLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!ADDRESS_START.test(line.text) || line.text.length < MIN_CUT_WIDTH) {
      out.push(line);
      continue;
    }
    let text = line.text;
    let last = line;
    while (i + 1 < lines.length && last.text.length >= MIN_CUT_WIDTH) {
      const next = lines[i + 1]!;
      if (next.indent !== line.indent || !PIECE.test(next.text) || OWN_LINE.test(next.text)) break;
      text += next.text;
      last = next;
      i++;
    }
    out.push({ ...line, text });
  }
  return out;
}
