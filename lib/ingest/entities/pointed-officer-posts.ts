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
 * - A list of people after a post they share, then 分别 and one post each (公司联合创始人A、B分别担任
 *   CEO和CTO): the shared post and each one's own are held at the organisation right before the
 *   shared post, else, when nothing or a pointer (公司另两位) stands there, at the organisation that
 *   opens the sentence or else the article's company.
 */
import type { ArticleText } from "./article-text";
import { articleSentenceSpan, sentenceAt } from "./article-text";
import type { FoundRole, OrgSpan } from "./discover";
import { chineseNameAt } from "./names";
import type { PlacedPerson } from "./roles-after-name";
import { postsAfter, RESPECTIVELY_AT } from "./respective-posts";
import { ROLE_NOUNS, titleEndingAt } from "./titles";

/** 公司 standing for the organisation (公司, 该公司, 本公司), and what may stand before it (获公司…, 由公司…). */
const POINTER_BEFORE_TITLE = /(?:^|[^\u4e00-\u9fff]|[获由经和与及为是的在被令])(?:该|本)?公司$/;
/** What may stand between the organisation and the title on a heading line: a bracketed aside and a short unit. */
const LINE_GAP = /^(?:[(（][^()（）\n]{0,30}[)）])?[\u4e00-\u9fff]{0,10}$/;
const COLON = /[：:]/;

function hasRole(found: FoundRole[], out: FoundRole[], who: PlacedPerson, org: OrgSpan, title: string): boolean {
  return [...found, ...out].some((r) => r.personName === who.name && r.org.name === org.name && r.title.endsWith(title));
}

/** What may follow a list item: the next mark, 分别, or the end of the clause. */
const ITEM_END = /^(?:[、和，。；]|分别|增持|减持)/;

/**
 * The people of a list starting at `at` (A、B、C), in order: placed ones, and after the first, a
 * Chinese name with a common surname that stands alone between the marks (not yet placed: a later
 * step reads list names).
 */
function listFrom(placed: PlacedPerson[], text: string, at: number): PlacedPerson[] {
  const out: PlacedPerson[] = [];
  let p = at;
  for (;;) {
    let who = placed.find((x) => x.start === p);
    if (!who && out.length > 0) {
      const zh = chineseNameAt(text, p);
      if (zh && zh.strongSurname && ITEM_END.test(text.slice(zh.end, zh.end + 2))) who = { start: p, end: zh.end, slug: null, name: text.slice(p, zh.end) };
    }
    if (!who) break;
    out.push(who);
    if (text[who.end] !== "、" && text[who.end] !== "和") break;
    p = who.end + 1;
  }
  return out;
}

/** What may stand between the clause's start and a shared post for it to be the article's company's: 公司 and a count (公司另两位). */
const SUBJECT_POINTER = /(?:^|[，。；：,;:\n])(?:该|本)?(?:公司)?(?:的)?(?:另外|另|又)?(?:[一两二三四几]?[位名])?$/;

function respectiveList(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[], subject: OrgSpan | null, out: FoundRole[], who: PlacedPerson, title: string): PlacedPerson[] {
  const text = t.simp;
  const list = listFrom(placed, text, who.start);
  if (list.length < 2) return [];
  RESPECTIVELY_AT.lastIndex = list.at(-1)!.end;
  const m = RESPECTIVELY_AT.exec(text);
  if (!m) return [];
  const posts = postsAfter(t, m.index + m[0].length);
  if (!posts || posts.length !== list.length) return [];
  const ts = who.start - title.length;
  // 公司 before the shared post: the organisation that opens the sentence (X创始人Y曾任…，公司另两位…), else the article's
  const [sentS] = articleSentenceSpan(t, ts);
  const pointer = SUBJECT_POINTER.test(text.slice(Math.max(0, ts - 8), ts));
  const opening = orgs.find((o) => o.start === sentS && o.end < ts);
  const org = orgs.find((o) => o.end === ts) ?? (pointer ? (opening ?? subject) : null);
  if (!org) return [];
  const sentence = sentenceAt(t, m.index);
  const shared = t.original.slice(ts, who.start);
  list.forEach((x, i) => {
    for (const post of [shared, posts[i]!.text]) {
      if (!hasRole(found, out, x, org, post)) out.push({ personSlug: x.slug, personName: x.name, personStart: x.start, org, title: post, sentence });
    }
  });
  return list;
}

export function pointedOfficerPosts(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[], subject: OrgSpan | null): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  const starts = new Set(placed.map((p) => p.start));
  const listed = new Set<number>();
  for (const who of [...placed].sort((a, b) => a.start - b.start)) {
    if (listed.has(who.start)) continue;
    const title = titleEndingAt(t.low, who.start);
    if (title && !ROLE_NOUNS.has(title) && text.includes("分别")) {
      const list = respectiveList(t, orgs, placed, found, subject, out, who, title);
      for (const x of list) listed.add(x.start);
      if (list.length) continue;
    }
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
