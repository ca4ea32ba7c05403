/**
 * Journals and magazines named in book-title marks (国际学术期刊《自然》, 《科学》《柳叶刀》等期刊,
 * 登上《自然》封面): the marks alone also hold reports, books and laws (《大模型安全白皮书》), so a
 * name is read only with a word that says it is a periodical, before it, after it, or after the
 * run of titles it stands in. An outlet cited as the source (据《X》报道) is left to the caller's
 * source rule, as for any gazetteer outlet.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan } from "./discover";

/** A periodical's kind word right before the opening mark (学术期刊《自然》, 英国医学杂志《柳叶刀》). */
const KIND_BEFORE = /(?:期刊|杂志|学报|周刊|月刊|刊物)$/;
/** …or right after the closing mark: the kind, 等 + kind, or what only a journal has (封面, 社论, 刊发, 子刊). */
const KIND_AFTER = /^(?:杂志|期刊|周刊|月刊|学报|子刊|封面|社论|主编|编辑部|等[\u4e00-\u9fff]{0,6}?(?:期刊|杂志|刊物)|(?:上|中)?(?:发表|刊发|刊登)的?(?:论文|研究|文章))/;
/** What a journal's name holds: Han or Latin words, a dash, a middle dot, a subtitle's colon or a space, no clause punctuation. */
const NAME_SHAPE = /^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z &.·：:—-]{0,15}$/;
/** A Latin gloss closing the title (《柳叶刀（Lancet）》): the journal's other name, not part of this one. */
const LATIN_GLOSS = /[（(][A-Za-z][A-Za-z &.-]*[）)]$/;
/** Words that make a title a document, not a periodical (《…白皮书》, 《…报告》, 《…办法》). */
const DOCUMENT_WORD = /(?:白皮书|蓝皮书|报告|办法|规定|条例|意见|通知|指南|规划|方案|标准|框架|倡议|法|纲要|决定|公告)$/;

interface Marked {
  open: number;
  close: number;
  name: string;
}

/** Every 《…》 in the text, in order. */
function markedTitles(text: string): Marked[] {
  const out: Marked[] = [];
  for (let open = text.indexOf("《"); open !== -1; open = text.indexOf("《", open + 1)) {
    const close = text.indexOf("》", open + 1);
    if (close === -1) break;
    const name = text.slice(open + 1, close);
    if (name.includes("《")) continue;
    out.push({ open, close, name });
  }
  return out;
}

export function journalNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  if (!text.includes("《")) return [];
  const titles = markedTitles(text);
  const out: FoundName[] = [];
  // a run of titles side by side (《科学》《柳叶刀》等期刊, 《自然》、《细胞》杂志) shares the kind word after its last title
  for (let i = 0; i < titles.length; i++) {
    let last = i;
    while (last + 1 < titles.length && /^[、和与及]?$/.test(text.slice(titles[last]!.close + 1, titles[last + 1]!.open))) last++;
    const kindAfter = KIND_AFTER.test(text.slice(titles[last]!.close + 1, titles[last]!.close + 12));
    for (let k = i; k <= last; k++) {
      const m = titles[k]!;
      const kindBefore = k === i && KIND_BEFORE.test(text.slice(Math.max(0, m.open - 4), m.open));
      // one title's own cue (登上《自然》封面) counts for it alone
      const own = KIND_AFTER.test(text.slice(m.close + 1, m.close + 12));
      if (!(kindBefore || kindAfter || own)) continue;
      const name = m.name.replace(LATIN_GLOSS, "");
      if (!NAME_SHAPE.test(name) || DOCUMENT_WORD.test(name)) continue;
      const at = m.open + 1;
      if (taken.some((o) => o.start < m.close && o.end > at)) continue;
      out.push({ type: "company", name, confidence: 0.8, evidence: sentenceAt(t, at), at });
    }
    i = last;
  }
  return out;
}
