/**
 * 作为上海市政协委员，X…: a clause opening with 作为 and a post at an organisation says what the
 * subject of the next clause is, so that person holds the post. The person opens the next clause,
 * alone or after another post of theirs (作为市政协委员，澜思智能创始人邵启文…); a pronoun there
 * (作为…委员，他表示) names no one the article has not placed already, so it gives no post.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isBareAdmin } from "./bare-admin";
import { isClauseBreakAt } from "./context";
import type { FoundRole, OrgSpan } from "./discover";
import type { PlacedPerson } from "./roles-after-name";
import { ROLE_NOUNS, titleEndingAt } from "./titles";
import { containsAny, wordTable } from "./word-hits";

/** 作为, looked up in the shared pass over the article rather than scanned for. */
const AS_WORD = wordTable(["作为"]);

/** How long the 作为 clause may be (作为新当选的上海市政协委员), and how far into the next clause the name may stand. */
const AS_REACH = 20;
const NAME_REACH = 16;
const AS = /作为/g;

export function postsAfterAs(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  if (!containsAny(text, AS_WORD)) return out;
  for (const m of text.matchAll(AS)) {
    const s = m.index + m[0].length;
    // 作为 opens its clause: a sentence or clause start, or a time word before it (前天，作为…)
    if (m.index > 0 && !isClauseBreakAt(text, m.index - 1)) continue;
    let c = s;
    while (c < text.length && c - s <= AS_REACH && !isClauseBreakAt(text, c)) c++;
    if (!/[，,]/.test(text[c] ?? "")) continue;
    const title = titleEndingAt(t.low, c);
    if (!title || ROLE_NOUNS.has(title)) continue;
    const org = orgs.filter((o) => o.start >= s && o.end <= c - title.length).pop() ?? bareBody(text, s, c - title.length);
    if (!org) continue;
    const post = t.original.slice(org.end, c).replace(/^的/, "");
    if (post.length === 0 || post.length > 8) continue;
    // the person: the first one placed in the next clause, at its start or right after a title
    // …or a person the article placed elsewhere, written right at the clause start (作为…委员，|姚明|刚在…)
    const named = placed.filter((x) => text.startsWith(x.name, c + 1)).sort((a, b) => b.name.length - a.name.length)[0];
    const p = named ? { ...named, start: c + 1, end: c + 1 + named.name.length } : placed.filter((x) => x.start > c && x.start <= c + 1 + NAME_REACH).sort((a, b) => a.start - b.start)[0];
    if (!p || [...text.slice(c + 1, p.start)].some((_, i) => isClauseBreakAt(text, c + 1 + i))) continue;
    if (p.start !== c + 1 && !titleEndingAt(t.low, p.start)) continue;
    if ([...found, ...out].some((r) => r.personStart === p.start && r.org.name === org.name)) continue;
    out.push({ personSlug: p.slug, personName: p.name, personStart: p.start, org, title: post, sentence: sentenceAt(t, p.start) });
  }
  return out;
}

/** A bare 省/市 body closing the clause before the title (作为新当选的|市政协|委员): named after its place later (./bare-admin). */
function bareBody(text: string, s: number, e: number): OrgSpan | null {
  const m = /[省市][\u4e00-\u9fff]{2,5}$/.exec(text.slice(s, e));
  if (!m) return null;
  for (let k = 0; k < m[0].length - 2; k++) {
    const name = m[0].slice(k);
    if ((name[0] === "省" || name[0] === "市") && isBareAdmin(name)) return { start: e - name.length, end: e, slug: null, name };
  }
  return null;
}
