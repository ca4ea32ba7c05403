/**
 * An excerpt copied from a news list opens with the list's entry: the headline and its date on
 * one line (月之暗面发布Kimi K3，长文本能力再升级 2025-12-03). Read whole, the line is a date line (a
 * date and a few words), so the excerpt had no headline. When the text's first line is such an
 * entry, and the next line is no other entry (a feed of them is a list, left to its own rules),
 * it is split into the headline and a date line under it, as an article page prints them.
 */
import type { Block } from "./types";

// The headline (no full stop, no field label), a space, then a full date, perhaps with its time.
const DATED = /^(\S.{7,80}?[^\s:：|｜丨/·•,，、])\s+((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*$/u;
const NOT_HEADLINE = /[。！]|[:：]|^(?:来源|作者|编辑|记者|发布|时间|日期|更新|阅读|浏览)|(?:来源|作者|记者|编辑|发布|时间|日期|阅读|浏览)[:：]?\s*$/u;

export function splitDatedHeadline(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.text.trim() !== "");
  if (first === -1) return blocks;
  const m = DATED.exec(blocks[first]!.text.trim());
  if (!m || NOT_HEADLINE.test(m[1]!) || !/\p{Script=Han}|[A-Za-z]{3}/u.test(m[1]!)) return blocks;
  const next = blocks.slice(first + 1).find((b) => b.text.trim() !== "");
  if (next && DATED.test(next.text.trim())) return blocks;
  const b = blocks[first]!;
  const out = [...blocks.slice(0, first), { ...b, text: m[1]! }, { ...b, text: m[2]! }, ...blocks.slice(first + 1)];
  return out.map((x, i) => (x.index === i ? x : { ...x, index: i }));
}
