/**
 * Two ways a post is written with its organisation out of the usual place (ORG + title + name):
 *
 * - Briefs that head each item with the company and a colon (X股份：获公司总裁助理A、B增持): 公司
 *   right before the title points to the organisation the sentence named before it, when it named
 *   only one, and every name of the list after the title holds the post.
 * - Heading lines that name the officer after a colon (X资本首席投资官：A, then what A said): the
 *   title closes the organisation's line, the name stands alone after the colon up to the line's
 *   end, and the organisation is the last one named on the line before the title, with at most a
 *   bracketed aside (a share price) and a short unit between them.
 */
import type { ArticleText } from "./article-text";
import { articleSentenceSpan, sentenceAt } from "./article-text";
import type { FoundRole, OrgSpan } from "./discover";
import type { PlacedPerson } from "./roles-after-name";
import { ROLE_NOUNS, titleEndingAt } from "./titles";

/** 公司 standing for the organisation (公司, 该公司, 本公司), and what may stand before it (获公司…, 由公司…). */
const POINTER_BEFORE_TITLE = /(?:^|[^\u4e00-\u9fff]|[获由经和与及为是的在被令])(?:该|本)?公司$/;
/** What may stand between the organisation and the title on a heading line: a bracketed aside and a short unit. */
const LINE_GAP = /^(?:[(（][^()（）\n]{0,30}[)）])?[\u4e00-\u9fff]{0,10}$/;
const COLON = /[：:]/;

function hasRole(found: FoundRole[], out: FoundRole[], who: PlacedPerson, org: OrgSpan, title: string): boolean {
  return [...found, ...out].some((r) => r.personName === who.name && r.org.name === org.name && r.title.endsWith(title));
}

/** The placed people of a list starting at `at` (A、B、C), in order. */
function listFrom(placed: PlacedPerson[], text: string, at: number): PlacedPerson[] {
  const out: PlacedPerson[] = [];
  let p = at;
  for (;;) {
    const who = placed.find((x) => x.start === p);
    if (!who) break;
    out.push(who);
    if (text[who.end] !== "、" && text[who.end] !== "和") break;
    p = who.end + 1;
  }
  return out;
}

export function pointedOfficerPosts(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  const starts = new Set(placed.map((p) => p.start));
  const listed = new Set<number>();
  for (const who of [...placed].sort((a, b) => a.start - b.start)) {
    if (listed.has(who.start)) continue;
    const title = titleEndingAt(t.low, who.start);
    if (title && !ROLE_NOUNS.has(title)) {
      const ts = who.start - title.length;
      const before = text.slice(Math.max(0, ts - 4), ts);
      if (POINTER_BEFORE_TITLE.test(before) && !orgs.some((o) => o.end === ts || (o.start < ts && o.end > ts - 2))) {
        const [sentS] = articleSentenceSpan(t, ts);
        const named = orgs.filter((o) => o.start >= sentS && o.end <= ts - 2);
        if (new Set(named.map((o) => o.name)).size === 1) {
          const org = named[0]!;
          const list = listFrom(placed, text, who.start);
          for (const x of list) {
            listed.add(x.start);
            if (!hasRole(found, out, x, org, title)) out.push({ personSlug: x.slug, personName: x.name, personStart: x.start, org, title: t.original.slice(ts, who.start), sentence: sentenceAt(t, ts) });
          }
          continue;
        }
      }
    }
    // a heading line: …ORG…TITLE：NAME and the line ends
    let c = who.start;
    while (c > 0 && text[c - 1] === " ") c--;
    if (c === 0 || !COLON.test(text[c - 1]!)) continue;
    let e = who.end;
    while (e < text.length && text[e] === " ") e++;
    if (e < text.length && text[e] !== "\n") continue;
    const colonTitle = titleEndingAt(t.low, c - 1);
    if (!colonTitle || ROLE_NOUNS.has(colonTitle)) continue;
    const ts = c - 1 - colonTitle.length;
    const lineS = text.lastIndexOf("\n", ts) + 1;
    let org: OrgSpan | null = null;
    for (const o of orgs) if (o.start >= lineS && o.end <= ts && (!org || o.end > org.end)) org = o;
    if (!org || !LINE_GAP.test(text.slice(org.end, ts))) continue;
    // another name on the line before the title holds it instead
    if (placed.some((p) => p.start >= org.end && p.end <= ts && starts.has(p.start))) continue;
    if (hasRole(found, out, who, org, colonTitle)) continue;
    out.push({ personSlug: who.slug, personName: who.name, personStart: who.start, org, title: t.original.slice(org.end, c - 1).replace(/^[(（][^()（）]*[)）]/, ""), sentence: sentenceAt(t, ts) });
  }
  return out;
}
