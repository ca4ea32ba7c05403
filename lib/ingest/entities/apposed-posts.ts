/**
 * A person whose post stands in apposition to the name rather than before it: after a comma or in
 * brackets (祁文涛，声屿科技创始人兼CEO，…; 祁文涛（声屿科技创始人）表示…), or in a 作为 clause before
 * it (作为声屿科技的创始人，祁文涛…). The apposed segment must be an organisation and a strong title
 * and nothing else, so a clause that merely says something about someone names nobody.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isClauseBreakAt, nameRightOk } from "./context";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt, verbStartsAt } from "./names";
import { ORG_SUFFIX, PHRASE_CHARS } from "./org-words";
import { isStrongTitle, titleEndingAt } from "./titles";
import { clauseStarts, coversAny, type SpanTable, spanTable } from "./clause-scan";

/** The segment [s, e) is an organisation (known, found, or a suffixed Han name) and then a strong title, perhaps chained (创始人兼CEO). */
function orgThenTitle(t: ArticleText, orgs: SpanTable, s: number, e: number): boolean {
  if (e - s < 3 || e - s > 22) return false;
  const title = titleEndingAt(t.low, e);
  if (!title || !isStrongTitle(title)) return false;
  // titles chained by 兼/、 before the last one belong to the post
  let head = e - title.length;
  for (;;) {
    let k = head;
    while (k > s && /[兼、]/.test(t.simp[k - 1]!)) k--;
    const prev = k < head ? titleEndingAt(t.low, k) : null;
    if (!prev) break;
    head = k - prev.length;
  }
  const org = t.simp.slice(s, head).replace(/的$/, "");
  if (org.length < 2) return false;
  if (orgs.endFrom[s]! >= s + org.length) return true;
  return /^[\u4e00-\u9fff]+$/.test(org) && ORG_SUFFIX.test(org) && !PHRASE_CHARS.test(org.replace(ORG_SUFFIX, ""));
}

/** The closing mark of each opening one (a Map: an object read with every character after a name turns megamorphic). */
const CLOSE: ReadonlyMap<string, string> = new Map([["，", "，"], [",", ","], ["（", "）"], ["(", ")"]]);
/** CLOSE's keys by code unit. */
const OPENS_APPOSITION = new Uint8Array(65536);
for (const c of CLOSE.keys()) OPENS_APPOSITION[c.charCodeAt(0)] = 1;
/**
 * OPENS_APPOSITION of the code unit at i, 0 past the text's end: indexing the table with the NaN
 * charCodeAt gives there turns the read megamorphic (a lookup of the property "NaN"), and V8 then
 * makes every later read of that site a generic call instead of an inline table load.
 */
const opensAppositionAt = (text: string, i: number) => (i < text.length ? OPENS_APPOSITION[text.charCodeAt(i)]! : 0);
/** 作为/身为 opening the clause before the name, by code unit. */
const WEI = "为".charCodeAt(0);
const AS_FIRST = new Set(["作", "身"].map((c) => c.charCodeAt(0)));

export function apposedNames(t: ArticleText, orgSpans: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const text = t.simp;
  let tables: { orgs: SpanTable; people: SpanTable } | null = null;
  const spans = () => (tables ??= { orgs: spanTable(text.length, orgSpans), people: spanTable(text.length, people) });
  for (const s of clauseStarts(text)) {
    // 作为X的创始人，|Y…
    if (text.charCodeAt(s + 1) === WEI && AS_FIRST.has(text.charCodeAt(s))) {
      let c = s + 2;
      while (c < text.length && !isClauseBreakAt(text, c)) c++;
      if (!/[，,]/.test(text[c] ?? "") || !orgThenTitle(t, spans().orgs, s + 2, c)) continue;
      const zh = chineseNameAt(text, c + 1);
      if (!zh || !zh.strongSurname || coversAny(spans().people, c + 1, zh.end) || coversAny(spans().orgs, c + 1, zh.end)) continue;
      if (!verbStartsAt(text, zh.end) && !nameRightOk(text, zh.end)) continue;
      out.push({ type: "person", name: zh.name, confidence: 0.75, evidence: sentenceAt(t, c + 1), at: c + 1 });
      continue;
    }
    // X，Y创始人，… / X（Y创始人）…: a comma or bracket where a 2–4 character name could end, before any name is read
    if (!opensAppositionAt(text, s + 2) && !opensAppositionAt(text, s + 3) && !opensAppositionAt(text, s + 4)) continue;
    const zh = chineseNameAt(text, s);
    if (!zh || !zh.strongSurname) continue;
    const open = text[zh.end] ?? "";
    const close = CLOSE.get(open);
    if (!close || coversAny(spans().people, s, zh.end) || coversAny(spans().orgs, s, zh.end)) continue;
    let c = zh.end + 1;
    while (c < text.length && !isClauseBreakAt(text, c)) c++;
    // the apposition ends where it opened: a comma after a comma (or the sentence's end), a bracket after a bracket
    const ends = close === "）" || close === ")" ? text[c] === close : /[，,。；;]/.test(text[c] ?? "");
    if (!ends || !orgThenTitle(t, spans().orgs, zh.end + 1, c)) continue;
    out.push({ type: "person", name: zh.name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
