/**
 * Brands named once as the owners in a list of their products (A的芒果布丁、B的原味酸牛奶以及C的速冻栗子):
 * three or more items side by side, each a short owner, 的 and a thing, the owners all different
 * and each read as a short name (no time, place, pronoun, common word, person or quality), the things all
 * different and, before the last, a phrase of four characters or more (a product's name, not one word:
 * 缓慢的|经济增长、低而稳定的|通胀 lists qualities). A single item, or two, is as often a comparison of places or groups as a list of brands.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan } from "./discover";
import { LEAD_NOISE } from "./org-words";
import { plausibleShortName } from "./subject-names";

/** The marks that end a clause: one byte per code unit. */
const CLAUSE_MARK = new Uint8Array(65536);
for (const c of "，。；：！？,;:!?\n“”\"《》()（）【】") CLAUSE_MARK[c.charCodeAt(0)] = 1;
const DE = "的".charCodeAt(0);

/**
 * The clauses (runs between clause marks) that may hold a list: one with 、 and LEAST_ITEMS 的 or
 * more, in text order. Only the clauses around a 、 are walked, and only those that qualify are cut out.
 */
function listClauses(text: string): { index: number; body: string }[] {
  const out: { index: number; body: string }[] = [];
  for (let at = text.indexOf("、"); at !== -1; ) {
    let start = at;
    while (start > 0 && CLAUSE_MARK[text.charCodeAt(start - 1)] === 0) start--;
    let end = at + 1;
    while (end < text.length && CLAUSE_MARK[text.charCodeAt(end)] === 0) end++;
    let des = 0;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) === DE) des++;
    if (des >= LEAST_ITEMS) out.push({ index: start, body: text.slice(start, end) });
    at = text.indexOf("、", end);
  }
  return out;
}

/** What joins the list's items. */
const JOIN = /、|以及|及|和/g;
/** An item: a short owner, 的, and a thing of two or more characters. */
const ITEM = /^([\u4e00-\u9fff]{2,4}?)的([\u4e00-\u9fff]{2,})/;
const LEAST_ITEMS = 3;
/** The shortest thing in the items before the last (whose thing runs on into the predicate). */
const LEAST_THING = 4;
/** Words of degree make the owner a quality (低而稳定, 较快, 更高), not a brand (太 and 极 open names: 太平, 北极). */
const DEGREE = /[而很最更较]/;

export function ownerListNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!text.includes("的") || !text.includes("、")) return out;
  for (const clause of listClauses(text)) {
    const body = clause.body;
    const lead = LEAD_NOISE.exec(body);
    const from = lead ? lead[0].length : 0;
    const parts: { at: number; owner: string; thing: string }[] = [];
    let at = from;
    for (const piece of body.slice(from).split(JOIN)) {
      const m = ITEM.exec(piece);
      if (!m) {
        parts.length = 0;
        break;
      }
      parts.push({ at: clause.index + at, owner: m[1]!, thing: m[2]! });
      at += piece.length;
      // the joining word's own length
      const join = /^(?:以及|、|及|和)/.exec(body.slice(at));
      at += join ? join[0].length : 0;
    }
    if (parts.length < LEAST_ITEMS) continue;
    const owners = new Set(parts.map((p) => p.owner));
    const things = new Set(parts.map((p) => p.thing));
    if (owners.size !== parts.length || things.size !== parts.length) continue;
    // a product's name is a phrase of its own (欧式蛋糕, 原味酸牛奶); a quality's noun is often one word (低而稳定的|通胀)
    if (parts.slice(0, -1).some((p) => p.thing.length < LEAST_THING)) continue;
    if (!parts.every((p) => plausibleShortName(p.owner) && !DEGREE.test(p.owner))) continue;
    for (const p of parts) {
      if (taken.some((o) => o.start < p.at + p.owner.length && o.end > p.at)) continue;
      out.push({ type: "company", name: p.owner, confidence: 0.7, evidence: sentenceAt(t, p.at), at: p.at });
    }
  }
  return out;
}
