/**
 * Runs of a text dump that are an article's own structure though no line of them reads as prose:
 * a block of code or shell commands (a <pre> the dumper printed as it was), a listing of
 * numbered entries with labelled fields (1、某景区 / 成人票原价：60元 / 咨询电话：…), a table
 * turned into text, verse or notes written one whole sentence a line, and writing broken into short
 * lines (a blog that gives each phrase its own line). In HTML the cascade marks the chosen region's lines as its own ("core"), so
 * bridging them costs nothing and a contact field inside a listing is an entry, not a contact
 * bar; a dump has no region, so these runs get the same mark by their shape. Menus, sidebars and
 * footers have none of these shapes: their lines are link text, bare names or a few contact fields.
 */

import type { RemovalKind } from "../types";
import { stripLinkMarkers } from "./link-markers";
import { blockFeatures, vocabularyOf } from "../classify/features";
import { dataTableLines } from "./data-tables";
import { listInArticleLines } from "./list-in-article";

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

function runs(texts: string[], member: (t: string, i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let last = -1;
  for (let i = 0; i <= texts.length; i++) {
    const t = i < texts.length ? texts[i]!.trim() : null;
    if (t === "") continue;
    if (t !== null && member(t, i)) {
      if (start === -1) start = i;
      last = i;
      continue;
    }
    if (start !== -1) out.push([start, last]);
    start = -1;
  }
  return out;
}

/**
 * Writing broken into short lines, a phrase a line: some lines stop inside a sentence, on a
 * comma, which no menu item, headline or label does. A link (a product, a tag) alone on its line
 * may sit between two phrases; a longer one between them (a product box) is stepped over too. A
 * list item ends the run (the lists after such writing are the blog's menus), and so does the
 * boilerplate that follows a post (上一篇, a copyright notice, 相关文章, 评论).
 */
const PHRASE_MAX = 40;
/** A bulleted line (as parse-text.ts reads one): a list item, not a phrase. */
const BULLET = /^[•·●▪◆◇■□►▶+\-*]\s+/;
const CLAUSE_END = /[，、,]$/;
const MIN_PHRASE_LINES = 20;
/** Lines of a product box or a link stepped over between two phrases (a dumper wraps a long link over three). */
const MAX_GAP_LINES = 3;
const MAX_PHRASE_MEDIAN = 12;
const MIN_CLAUSE_ENDS = 3;
const MIN_CLAUSE_SHARE = 0.05;
/** Link share from which a line is a link, not a phrase. */
const LINKED = 0.5;
/** Boilerplate after which the writing is over: the next and previous posts, a notice, a list or comments. */
const ENDS_WRITING = new Set<RemovalKind>(["prev-next", "copyright", "disclaimer", "related", "comment"]);
const endsWriting = (text: string) => ENDS_WRITING.has(vocabularyOf(blockFeatures(text).norm)?.kind ?? "empty");

export interface PhraseRun {
  /** First and last line of the run. */
  start: number;
  end: number;
  phrases: number[];
  /** Lines of the boxes stepped over that open with a link or an image: a product card, not the writing. */
  boxes: number[];
}

/** A box between phrases opens with a link's marker (w3m, lynx) or an image's bracketed name (html2text). */
const OPENS_WITH_LINK = /^\[/;

/**
 * The runs of short-line writing among the dump's lines (`texts`, blank ones included). A caller
 * that needs both the runs' phrases and the structured lines computes them once and passes them
 * to both (a page's link markers and vocabulary are looked up line by line here).
 */
export function phraseRuns(texts: string[]): PhraseRun[] {
  const lines = texts.map((t) => {
    const { text, linkDensity } = stripLinkMarkers(t);
    const length = text.replace(/\s/g, "").length;
    return { text: text.trim(), length, item: BULLET.test(t.trim()), phrase: length > 0 && length <= PHRASE_MAX && linkDensity < LINKED };
  });
  const out: PhraseRun[] = [];
  let phrases: number[] = [];
  let boxes: number[] = [];
  let gap: number[] = [];
  const flush = () => {
    const lengths = phrases.map((i) => lines[i]!.length).sort((a, b) => a - b);
    const clauseEnds = phrases.filter((i) => CLAUSE_END.test(lines[i]!.text)).length;
    if (phrases.length >= MIN_PHRASE_LINES && lengths[lengths.length >> 1]! <= MAX_PHRASE_MEDIAN && clauseEnds >= Math.max(MIN_CLAUSE_ENDS, MIN_CLAUSE_SHARE * phrases.length)) {
      out.push({ start: phrases[0]!, end: phrases[phrases.length - 1]!, phrases, boxes });
    }
    phrases = [];
    boxes = [];
    gap = [];
  };
  for (const [i, l] of lines.entries()) {
    if (l.length === 0) continue;
    // Vocabulary is looked up only for the lines a run would take in.
    if (l.item || ((l.phrase || phrases.length > 0) && endsWriting(l.text))) flush();
    else if (l.phrase) {
      if (gap.length > 0 && OPENS_WITH_LINK.test(texts[gap[0]!]!.trim())) boxes.push(...gap);
      phrases.push(i);
      gap = [];
    } else if (phrases.length > 0 && gap.length < MAX_GAP_LINES) gap.push(i);
    else flush();
  }
  flush();
  return out;
}

/**
 * The phrases of short-line writing, which count as prose though each is short, and the link
 * boxes set among them (a product card: a link or image with its long name), which are links.
 */
export function shortLineWriting(texts: string[], runs: PhraseRun[] = phraseRuns(texts)): { phrases: Set<number>; boxes: Set<number> } {
  return { phrases: new Set(runs.flatMap((r) => r.phrases)), boxes: new Set(runs.flatMap((r) => r.boxes)) };
}

/** A short line that is a whole sentence (a line of verse, a numbered note, a translated line). */
const SENTENCE_LINE = /\p{Script=Han}.*[。！？；]$/u;
/** SENTENCE_LINE's last character, tested first: most lines end otherwise, and the pattern scans from every Han character. */
const SENTENCE_ENDS = new Set(["。", "！", "？", "；"]);
const sentenceLine = (t: string) => SENTENCE_ENDS.has(t[t.length - 1] ?? "") && SENTENCE_LINE.test(t);
const MIN_SENTENCE_LINES = 4;
/** A numbered note (①…⑳) under verse or a translation. */
const CIRCLED_NOTE = /^[\u2460-\u2473]/u;
/** A section label: a few Han characters, perhaps a colon, no link. */
const LABEL = /^\p{Script=Han}{2,8}[:：]?$/u;

/** Indices of the dump lines (as given, blank ones included) that belong to a code block, a listing or verse. */
export function structuredLines(texts: string[], phrases: PhraseRun[] = phraseRuns(texts)): Set<number> {
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
  // The verse's numbered notes (①…) are its lines whatever they end with (the site cuts the last
  // one short with ...), and their label (注释) does not break the run: numbered notes belong to
  // the text above them. The run starts and ends on a line of writing.
  const nextLine = (i: number) => texts.slice(i + 1).find((t) => t.trim() !== "")?.trim() ?? "";
  for (const [a0, b0] of runs(texts, (t, i) => sentenceLine(t) || CIRCLED_NOTE.test(t) || (LABEL.test(t) && CIRCLED_NOTE.test(nextLine(i))))) {
    let a = a0;
    let b = b0;
    while (a <= b && (texts[a]!.trim() === "" || LABEL.test(texts[a]!.trim()))) a++;
    while (b >= a && (texts[b]!.trim() === "" || LABEL.test(texts[b]!.trim()))) b--;
    if (a > b || nonBlank(a, b).filter((t) => !LABEL.test(t.trim())).length < MIN_SENTENCE_LINES) continue;
    for (let i = a; i <= b; i++) marked.add(i);
    // The verse's own labels (原文：, 译文, 创作背景) right above and below it belong to it.
    for (const step of [-1, 1]) {
      let k = (step < 0 ? a : b) + step;
      while (k >= 0 && k < texts.length && texts[k]!.trim() === "") k += step;
      if (k >= 0 && k < texts.length && LABEL.test(texts[k]!.trim())) marked.add(k);
    }
  }
  for (const run of phrases) for (let i = run.start; i <= run.end; i++) marked.add(i);
  for (const i of dataTableLines(texts)) marked.add(i);
  for (const i of listInArticleLines(texts)) marked.add(i);
  return marked;
}
