/**
 * The five seed articles as they are listed (tests may name seeds): the golden table's titles,
 * as shown (issue 19): full-width punctuation between Chinese characters, and 002, spun text,
 * under its restored title.
 */
export const SEED_TITLES = [
  "ChatGPT引領的大模型時代，小模型還有機會嗎？",
  "给GPT焦虑降降温，中美AI之间有差距但可开创“中国派”",
  "自主创新是中国人工智能大模型必经之路",
  "大模型现状：一边速成，一边参数内卷",
  "加速分化：关于大模型走势的十个判断",
] as const;
