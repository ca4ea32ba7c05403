/**
 * Terminal column width of a line, as text-mode browsers count it when they hard-wrap a dump:
 * East Asian wide and full-width characters take two columns, everything else one.
 */

function wideCode(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

export function isWide(ch: string): boolean {
  return ch !== "" && wideCode(ch.codePointAt(0)!);
}

export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    w += wideCode(c) ? 2 : 1;
  }
  return w;
}

/** Characters (code points) in a line, as `[...text].length` counts them, without an array of them. */
export function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** A line's first character (a code point, as `[...text][0]` gives it), or "" for an empty line. */
export function firstChar(text: string): string {
  return text === "" ? "" : String.fromCodePoint(text.codePointAt(0)!);
}

/** A line's last character (a code point, as `[...text].pop()` gives it), or "" for an empty line. */
export function lastChar(text: string): string {
  const n = text.length;
  if (n === 0) return "";
  const c = text.charCodeAt(n - 1);
  if (n >= 2 && c >= 0xdc00 && c <= 0xdfff) {
    const h = text.charCodeAt(n - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(n - 2);
  }
  return text.slice(n - 1);
}
