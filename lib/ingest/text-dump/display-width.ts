/**
 * Terminal column width of a line, as text-mode browsers count it when they hard-wrap a dump:
 * East Asian wide and full-width characters take two columns, everything else one.
 */

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch) ? 2 : 1;
  return w;
}
