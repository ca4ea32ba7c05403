/**
 * The words of Rime's essay (八股文), a word list of Traditional Chinese with corpus counts, for
 * the Han generators (gen-han-pair-counts.ts, gen-han-words.ts): the Taiwanese and Hong Kong
 * words (健保, 連假, 捷運) that jieba's Simplified dictionary lacks.
 *
 * Source: /usr/share/rime-data/essay.txt of the Debian package rime-essay
 * (0.0~git20230204.e0519d0-1; upstream https://github.com/rime/rime-essay), LGPL-3, itself refined
 * from Chewing (LGPL), OpenCC (Apache-2.0), Android Pinyin IME (Apache-2.0) and moedict.tw (CC0).
 * One "word<TAB>count" a line; 313 021 entries, 204 million counted words.
 *
 * Each character is folded to the form lost-byte-choice's model looks it up by (its simplified
 * form, one character for one), so 連假 counts as 连假; words with a character that is not Han
 * or lies beyond the BMP are left out, as the model's pairs are two UTF-16 units. Nothing here
 * comes from the evaluation sets or seeds/.
 */
import fs from "node:fs";
import { toSimplified } from "../lib/text/script";

const HAN = /^\p{Script=Han}$/u;

function simplified(ch: string): string {
  const s = toSimplified(ch);
  return [...s].length === 1 ? s : ch;
}

/**
 * The essay's words in model form with their counts. A word with a character that folds together
 * with another of the essay's characters (發 and 髮 to 发, 後 and 后 to 后) is left out: its folded
 * count would lend one word's frequency to the other's pairs (發大財 read as 发大 beside 向大家).
 */
export function readEssay(file: string): Map<string, number> {
  const entries: [string[], number][] = [];
  const sources = new Map<string, Set<string>>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const [word, countText] = line.split("\t");
    const count = Number(countText);
    if (!word || !Number.isFinite(count) || count <= 0) continue;
    const cs = [...word];
    if (!cs.every((c) => HAN.test(c) && c.length === 1)) continue;
    entries.push([cs, count]);
    for (const c of cs) {
      const s = simplified(c);
      let set = sources.get(s);
      if (!set) sources.set(s, (set = new Set()));
      set.add(c);
    }
  }
  const out = new Map<string, number>();
  for (const [cs, count] of entries) {
    const folded = cs.map(simplified);
    if (folded.some((c) => sources.get(c)!.size > 1)) continue;
    const word = folded.join("");
    out.set(word, (out.get(word) ?? 0) + count);
  }
  return out;
}
