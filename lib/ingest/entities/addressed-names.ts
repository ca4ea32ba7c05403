/**
 * A name with a form of address after it, introduced by what the person is or where they come
 * from rather than by a title before it or speech after it: 导师是X教授。, 来自<organisation>的Y先生
 * 分享了…. The address closes the name (a surname alone before it is no name: 王教授); what stands
 * before it opens the shape: a copula (是, 为) for an academic address, 来自 + a found
 * organisation + 的 or a post for any.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isClauseBreakAt } from "./context";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt } from "./names";
import { ROLE_NOUNS, titleEndingAt } from "./titles";
import { containsAny, wordTable } from "./word-hits";

/** The forms of address the rule reads, looked up in the shared pass over the article (a scan per article cost more than the rule on most). */
const ADDRESS_WORDS = wordTable(["教授", "研究员", "院士", "先生", "女士"]);

const ADDRESS = /(?:副教授|教授|副研究员|研究员|院士|先生|女士)/g;
const ACADEMIC = /^(?:副教授|教授|副研究员|研究员|院士)$/;
/** What may follow the address: a mark, 的, or a verb of the clause (分享, 介绍, 表示…), not more of a word (教授级). */
const AFTER = /^(?:$|[，。；：、！？,;:!?\n”）)]|的|在|也|还|则|分享|介绍|表示|认为|指出|说|称|谈|讲|提出|回忆|告诉|透露|和|与|等|主持|致辞|出席|作)/;

export function addressedNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const text = t.simp;
  if (!containsAny(text, ADDRESS_WORDS)) return out;
  for (const m of text.matchAll(ADDRESS)) {
    const at = m.index;
    if (!AFTER.test(text.slice(at + m[0].length, at + m[0].length + 2))) continue;
    for (const len of [3, 2]) {
      const s = at - len;
      if (s < 1) continue;
      const zh = chineseNameAt(text, s);
      if (!zh || !zh.strongSurname || zh.end !== at) continue;
      if (people.some((p) => p.start < at && p.end > s) || orgs.some((o) => o.start < at && o.end > s)) break;
      const copula = ACADEMIC.test(m[0]) && /[是为]/.test(text[s - 1]!) && !/[总只都也就便却正又还]/.test(text[s - 2] ?? "");
      const from = text[s - 1] === "的" && orgs.some((o) => o.end === s - 1 && text.slice(Math.max(0, o.start - 2), o.start) === "来自");
      // …or a post right before the name (专业委员会副主任|X教授|主持): the post and the address both say a person
      // …alone in its clause: after a list item the post reader would give the name the items before it
      const titled = titleEndingAt(t.low, s) !== null && !ROLE_NOUNS.has(titleEndingAt(t.low, s)!) && !listBefore(text, s);
      if (copula || from || titled) out.push({ type: "person", name: zh.name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
      break;
    }
  }
  return out;
}

/** A list mark in the clause before `at`. */
function listBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && !isClauseBreakAt(text, i); i--) if (text[i] === "、") return true;
  return false;
}
