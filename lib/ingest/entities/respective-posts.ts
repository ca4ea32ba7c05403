/**
 * Appointments name several people and their posts in two parallel lists (聘任A、B分别担任副总裁和
 * 董事会秘书): 分别 pairs the n-th name with the n-th post. Each name has a common surname and stands
 * alone between the marks; each post is a whole title; both lists are as long, or nothing is read.
 * The posts are held at the organisation the clause names before the names, else the one the
 * sentence names before, else the company the article is about (公司 filings name no other).
 */
import type { ArticleText } from "./article-text";
import { articleSentenceSpan, sentenceAt } from "./article-text";
import type { FoundName, FoundRole, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt } from "./names";
import { ROLE_NOUNS, titleEndingAt } from "./titles";
import { containsAny, wordTable } from "./word-hits";

/** 分别, looked up in the shared pass over the article rather than scanned for. */
const RESPECTIVE_WORD = wordTable(["分别"]);

const RESPECTIVELY = /分别(?:担任|出任|兼任|任|为)/g;
/** 分别担任 … at a position (sticky). */
export const RESPECTIVELY_AT = /分别(?:担任|出任|兼任|任|为)/y;
/** What joins list items: the mark or a conjunction. */
const JOIN = /^(?:、|和|及|与|以及)/;
/** What may open the list of names: a clause break or a verb of appointing. */
const NAMES_OPEN = /(?:^|[，。；：,;:！？\n]|聘任|任命|聘请|选举|推选|提名|增补|同意|决定由|由)$/;

interface Item {
  start: number;
  end: number;
  text: string;
}

export function respectivePosts(
  t: ArticleText,
  orgs: OrgSpan[],
  people: PersonSpan[],
  peopleName: (slug: string) => string,
  subject: OrgSpan | null,
): { names: FoundName[]; roles: FoundRole[] } {
  const names: FoundName[] = [];
  const roles: FoundRole[] = [];
  const text = t.simp;
  if (!containsAny(text, RESPECTIVE_WORD)) return { names, roles };
  for (const m of text.matchAll(RESPECTIVELY)) {
    const who = namesBefore(text, m.index, people);
    if (!who || who.length < 2) continue;
    const posts = postsAfter(t, m.index + m[0].length);
    if (!posts || posts.length !== who.length) continue;
    const [sentS] = articleSentenceSpan(t, m.index);
    const org = orgs.filter((o) => o.start >= sentS && o.end <= who[0]!.start).pop() ?? subject;
    if (!org) continue;
    const sentence = sentenceAt(t, m.index);
    who.forEach((p, i) => {
      const known = people.find((x) => x.start === p.start && x.end === p.end);
      if (!known) names.push({ type: "person", name: p.text, confidence: 0.8, evidence: sentence, at: p.start });
      roles.push({ personSlug: known?.slug ?? null, personName: known ? peopleName(known.slug) : p.text, personStart: p.start, org, title: posts[i]!.text, sentence });
    });
  }
  return { names, roles };
}

/** The names ending right before 分别 (A、B和C), read backwards, or null when anything else stands in the list. */
function namesBefore(text: string, end: number, people: PersonSpan[]): Item[] | null {
  const out: Item[] = [];
  let e = end;
  while (out.length < 6) {
    const item = nameEndingAt(text, e, people);
    if (!item) return null;
    out.unshift(item);
    if (item.opens) return out;
    e = item.start - item.join;
  }
  return null;
}

/** A name ending at `end` with a list join or an opening before it (聘任|A、|B): which reading fits says where it starts. */
function nameEndingAt(text: string, end: number, people: PersonSpan[]): (Item & { join: number; opens: boolean }) | null {
  const known = people.find((p) => p.end === end);
  const starts = known ? [known.start] : [end - 3, end - 2, end - 4];
  for (const s of starts) {
    if (s < 0) continue;
    if (!known) {
      const zh = chineseNameAt(text, s);
      if (!zh || !zh.strongSurname || zh.end !== end) continue;
    }
    const before = text.slice(Math.max(0, s - 4), s);
    const join = /(?:以及|、|和|及|与)$/.exec(before);
    const opens = NAMES_OPEN.test(before);
    if (join || opens) return { start: s, end, text: text.slice(s, end), join: join ? join[0].length : 0, opens: !join };
  }
  return null;
}

/** The posts after 分别担任 (副总裁和董事会秘书), up to the clause's end. */
export function postsAfter(t: ArticleText, start: number): Item[] | null {
  const text = t.simp;
  const out: Item[] = [];
  let s = start;
  for (;;) {
    let e = s;
    while (e < text.length && e - s <= 12 && !/[、，。；：,;:！？\n和及与]/.test(text[e]!)) e++;
    const title = titleEndingAt(t.low, e);
    // a post and its field (财务总监, 技术副总裁) ends in a title; a clause (发布了新品) does not
    if (!title || ROLE_NOUNS.has(title) || e - s > title.length + 4 || !/^[\u4e00-\u9fffA-Za-z]+$/.test(text.slice(s, e)) || text.slice(s, e).includes("的")) return null;
    out.push({ start: s, end: e, text: t.original.slice(s, e) });
    const join = JOIN.exec(text.slice(e, e + 2));
    if (!join) return out;
    s = e + join[0].length;
  }
}
