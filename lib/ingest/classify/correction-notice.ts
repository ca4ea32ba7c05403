/**
 * A desk's correction of the article set beside it (【更正说明】本文于M月D日更新：原文中“A”
 * 应为“B”，特此更正; 更正：此前版本误称…): a label (更正, 勘误, perhaps 说明/声明/启事 and
 * brackets), then, within a few words, the article it corrects (本文, 原文, 文中, 此前报道…). It is
 * about the text, not part of it, and the date it gives is the correction's, not the publication's.
 * Matched on the simplified, width-folded line. Vocabulary only.
 */
export const CORRECTION_NOTICE =
  /^[【\[(（]?(?:更正|勘误)(?:说明|声明|启事|通知)?[】\])）]?\s*[:：]?\s*(?=.{0,40}(?:本文|原文|此文|该文|此前(?:报道|版本)|本报|文中|稿件))/u;
