/**
 * Runs of a text dump that are an article's own structure though no line of them reads as prose:
 * a block of code or shell commands (a <pre> the dumper printed as it was), a listing of
 * numbered entries with labelled fields (1、某景区 / 成人票原价：60元 / 咨询电话：…), a table
 * turned into text, and verse or notes written one whole sentence a line. In HTML the cascade marks the chosen region's lines as its own ("core"), so
 * bridging them costs nothing and a contact field inside a listing is an entry, not a contact
 * bar; a dump has no region, so these runs get the same mark by their shape. Menus, sidebars and
 * footers have none of these shapes: their lines are link text, bare names or a few contact fields.
 */

/** A line of code or a command: no wide character, and the punctuation of code. */
const CODE = /^[\x20-\x7e]+$/;
const CODE_PUNCT = /[=\\${};]|&&|\|\||^\s*(?:-{1,2}[a-z]|\$ |#!|\/\/|<\/?[a-z])/i;
const MIN_CODE_LINES = 3;
const MIN_CODE_LETTERS = 0.4;
/** Addresses hold code punctuation (?a=b, javascript:;) but are no code: a references list, a bracketed image or link. */
const ADDRESS = /^[\w+.-]*:\/\/\S*$|^\[|^\d+\.\s*[a-z][\w+.-]*:/i;

/** A numbered entry (1、… 2. …) and a labelled field (票价：60元). */
const NUMBERED = /^(?:\d{1,3}[、.．)）]|[(（]\d{1,3}[)）])\s*\S/;
const LABELLED = /^[^:：\s]{1,12}[:：]\s*\S/;
const MIN_ENTRIES = 3;
const MIN_FIELDS = 6;

function runs(texts: string[], member: (t: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let last = -1;
  for (let i = 0; i <= texts.length; i++) {
    const t = i < texts.length ? texts[i]!.trim() : null;
    if (t === "") continue;
    if (t !== null && member(t)) {
      if (start === -1) start = i;
      last = i;
      continue;
    }
    if (start !== -1) out.push([start, last]);
    start = -1;
  }
  return out;
}

/** A short line that is a whole sentence (a line of verse, a numbered note, a translated line). */
const SENTENCE_LINE = /\p{Script=Han}.*[。！？；]$/u;
const MIN_SENTENCE_LINES = 4;
/** A section label: a few Han characters, perhaps a colon, no link. */
const LABEL = /^\p{Script=Han}{2,8}[:：]?$/u;

/** Indices of the dump lines (as given, blank ones included) that belong to a code block, a listing or verse. */
export function structuredLines(texts: string[]): Set<number> {
  const marked = new Set<number>();
  const nonBlank = (a: number, b: number) => texts.slice(a, b + 1).filter((t) => t.trim() !== "");
  for (const [a, b] of runs(texts, (t) => CODE.test(t) && !ADDRESS.test(t))) {
    const lines = nonBlank(a, b);
    if (lines.filter((t) => CODE_PUNCT.test(t)).length < MIN_CODE_LINES) continue;
    // Code is words (commands, names, options) with spaces between them; encoded data (an inline
    // SVG's path, an ad's query wrapped over lines) is digits and symbols without a space.
    const chars = lines.join("").replace(/\s/g, "");
    if ((chars.match(/[a-z]/gi)?.length ?? 0) < MIN_CODE_LETTERS * chars.length) continue;
    if (lines.filter((t) => /\S\s+\S/.test(t.trim())).length * 2 < lines.length) continue;
    for (let i = a; i <= b; i++) marked.add(i);
  }
  for (const [a, b] of runs(texts, (t) => NUMBERED.test(t) || LABELLED.test(t))) {
    const lines = nonBlank(a, b);
    const entries = lines.filter((t) => NUMBERED.test(t)).length;
    const fields = lines.filter((t) => LABELLED.test(t) && !NUMBERED.test(t)).length;
    if (entries < MIN_ENTRIES || fields < MIN_FIELDS) continue;
    for (let i = a; i <= b; i++) marked.add(i);
  }
  // Verse and line-by-line translations: several whole sentences in a row, one a line. A menu or
  // a list of headlines has no sentence ending; comments come between names and dates, one at a time.
  for (const [a, b] of runs(texts, (t) => SENTENCE_LINE.test(t))) {
    if (nonBlank(a, b).length < MIN_SENTENCE_LINES) continue;
    for (let i = a; i <= b; i++) marked.add(i);
    // The verse's own labels (原文：, 译文, 创作背景) right above and below it belong to it.
    for (const step of [-1, 1]) {
      let k = (step < 0 ? a : b) + step;
      while (k >= 0 && k < texts.length && texts[k]!.trim() === "") k += step;
      if (k >= 0 && k < texts.length && LABEL.test(texts[k]!.trim())) marked.add(k);
    }
  }
  return marked;
}
