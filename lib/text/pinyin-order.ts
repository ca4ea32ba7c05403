/**
 * Dictionary (pinyin) order for Chinese names: 百度 before 华为 before 腾讯, Latin names by
 * letter among them. Code-point order, what SQLite and a plain sort give, scatters Han names.
 */
const byPinyin = new Intl.Collator("zh-CN-u-co-pinyin", { sensitivity: "base", numeric: true });

export const comparePinyin = (a: string, b: string): number => byPinyin.compare(a, b);
