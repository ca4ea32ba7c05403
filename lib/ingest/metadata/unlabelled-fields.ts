/**
 * A header line of three unlabelled fields apart by bars or dots: the outlet, the writer and the
 * time, in either order (深度AI参考 | 林晓川 | 3天前, 林晓川 · 深度AI参考 · 2025-03-02), as a
 * self-media or aggregator page prints them under the headline. Without labels a field is told
 * by its shape: a name of the surname table's shape is the writer, a word that reads as an outlet
 * and cannot be a person's is the outlet; anything else and the line names no one.
 */
import { looksLikeOutlet, looksLikePerson } from "./names";
import { simplifiedLine as toSimplified } from "./simplified";
import { isWriterNameLine } from "./writer-line";

const SEPARATOR = /\s*[|｜丨·•]\s*/u;
const TIME = /^(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}\s*(?:秒|分钟|小时|天)前|(?:今天|昨天|前天)(?:\s*\d{1,2}:\d{2})?|刚刚)$/u;

export function unlabelledFields(line: string): { writer: string; outlet: string } | null {
  const fields = line.trim().split(SEPARATOR);
  if (fields.length !== 3) return null;
  const time = fields.findIndex((f) => TIME.test(toSimplified(f)));
  if (time === -1) return null;
  const rest = fields.filter((_, i) => i !== time);
  const writer = rest.find(isWriterNameLine);
  // a bare channel word (科技, 财经) is a category: an outlet has a name before its suffix
  const outlet = rest.find((f) => f !== writer && f.length >= 3 && /\p{Script=Han}/u.test(f) && looksLikeOutlet(f) && !looksLikePerson(f));
  return writer && outlet ? { writer, outlet } : null;
}
