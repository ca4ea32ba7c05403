/**
 * A desk's correction of the article set beside it (【更正说明】本文于M月D日更新：原文中“A”
 * 应为“B”，特此更正; 更正：此前版本误称…): a label (更正, 勘误, perhaps 说明/声明/启事 and
 * brackets) set off by its brackets, its colon or a space, then, within a few words, the article it corrects
 * (本文, 原文, 文中, 此前报道…). It is about the text, not part of it, and the date it gives is the
 * correction's, not the publication's.
 * Not a notice: 更正 opening a sentence of the text (更正公告显示，公司此前披露的…原文中…: a
 * filing retold, no label), nor a correction that names the article it corrects by its title
 * (本报…刊发的《…》一文中…): that is a correction item of its own, the page's whole text.
 * Matched on the simplified, width-folded line. Vocabulary only.
 */
const LABEL = /(?:更正|勘误)(?:说明|声明|启事|通知)?/u.source;
const TARGET = /(?=.{0,40}(?:本文|原文|此文|该文|此前(?:报道|版本)|本报|文中|稿件))/u.source;
const NOT_NAMING_ANOTHER_ARTICLE = /(?!.*《[^》]{2,60}》\s*(?:一文|文章|报道|稿件))/u.source;

export const CORRECTION_NOTICE = new RegExp(
  `^(?:[【\\[(（]${LABEL}[】\\])）]\\s*[:：]?|${LABEL}\\s*[:：]|${LABEL}\\s+)\\s*${TARGET}${NOT_NAMING_ANOTHER_ARTICLE}`,
  "u",
);
