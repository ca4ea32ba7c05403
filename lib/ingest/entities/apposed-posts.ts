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

/** The segment [s, e) is an organisation (known, found, or a suffixed Han name) and then a strong title, perhaps chained (创始人兼CEO). */
function orgThenTitle(t: ArticleText, orgs: OrgSpan[], s: number, e: number): boolean {
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
  if (orgs.some((o) => o.start === s && o.end >= s + org.length)) return true;
  return /^[\u4e00-\u9fff]+$/.test(org) && ORG_SUFFIX.test(org) && !PHRASE_CHARS.test(org.replace(ORG_SUFFIX, ""));
}

const CLOSE: Record<string, string> = { "，": "，", ",": ",", "（": "）", "(": ")" };
/** 作为/身为 opening the clause before the name. */
const AS = /^(?:作为|身为)/;

export function apposedNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const text = t.simp;
  for (let s = 0; s < text.length; s++) {
    if (s > 0 && !isClauseBreakAt(text, s - 1)) continue;
    // 作为X的创始人，|Y…
    if (AS.test(text.slice(s, s + 2))) {
      let c = s + 2;
      while (c < text.length && !isClauseBreakAt(text, c)) c++;
      if (!/[，,]/.test(text[c] ?? "") || !orgThenTitle(t, orgs, s + 2, c)) continue;
      const zh = chineseNameAt(text, c + 1);
      if (!zh || !zh.strongSurname || people.some((p) => p.start === c + 1) || orgs.some((o) => o.start < zh.end && o.end > c + 1)) continue;
      if (!verbStartsAt(text, zh.end) && !nameRightOk(text, zh.end)) continue;
      out.push({ type: "person", name: zh.name, confidence: 0.75, evidence: sentenceAt(t, c + 1), at: c + 1 });
      continue;
    }
    // X，Y创始人，… / X（Y创始人）…
    const zh = chineseNameAt(text, s);
    if (!zh || !zh.strongSurname) continue;
    const open = text[zh.end] ?? "";
    const close = CLOSE[open];
    if (!close || people.some((p) => p.start < zh.end && p.end > s) || orgs.some((o) => o.start < zh.end && o.end > s)) continue;
    let c = zh.end + 1;
    while (c < text.length && !isClauseBreakAt(text, c)) c++;
    // the apposition ends where it opened: a comma after a comma (or the sentence's end), a bracket after a bracket
    const ends = close === "）" || close === ")" ? text[c] === close : /[，,。；;]/.test(text[c] ?? "");
    if (!ends || !orgThenTitle(t, orgs, zh.end + 1, c)) continue;
    out.push({ type: "person", name: zh.name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
