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

// "阅读约 5 分钟", "5 分钟读完", "阅读 3421": the reading time or the count of reads, a field of the page's own.
const READING = /^(?:阅读|浏览|预计阅读|阅读时间)\s*(?:约|大约)?\s*[:：]?\s*[\d,.]+\s*(?:分钟|min|万)?$|^(?:约|大约)?\s*\d+\s*分钟(?:阅读|读完)?$/iu;

/**
 * "李明轩 · 2024-03-05 09:00 · 阅读约 5 分钟": the writer, the time and the page's reading time or
 * read count, unlabelled: with the third field the page's own, the name is the writer's.
 */
export function writerBesideReading(line: string): string | null {
  const fields = line.trim().split(SEPARATOR);
  if (fields.length !== 3) return null;
  const time = fields.findIndex((f) => TIME.test(toSimplified(f)));
  const reading = fields.findIndex((f) => READING.test(toSimplified(f).trim()));
  if (time === -1 || reading === -1) return null;
  const writer = fields.find((_, i) => i !== time && i !== reading)!;
  return isWriterNameLine(writer) ? writer.trim() : null;
}

// "X · 作者 Y · 2026-03-02", "X / 2026-02-11 / 编译 Y": a header line of fields apart by dots, bars or a
// spaced slash, where the people are labelled: a labelled credit names its person, so the one field
// left beside the time is the outlet. A Latin name is taken there too (a compiled report credits a
// foreign outlet so); a Han one of a person's shape is not.
const FIELD_SEPARATOR = /\s+[/／]\s+|\s*[|｜丨·•]\s*/u;
const CREDIT = /^(?:作者|文|撰文|记者|编辑|责编|责任编辑|编译|翻译|译者|审校)\s*[:：]?\s*\S/u;
const LATIN_OUTLET = /^[A-Za-z][A-Za-z0-9.&'\- ]{1,30}$/;

export function outletBesideCredits(line: string): string | null {
  const fields = line.trim().split(FIELD_SEPARATOR).map((f) => f.trim());
  if (fields.length < 3 || fields.length > 4) return null;
  const time = fields.findIndex((f) => TIME.test(toSimplified(f)));
  if (time === -1) return null;
  const rest = fields.filter((_, i) => i !== time);
  const credits = rest.filter((f) => CREDIT.test(toSimplified(f)));
  if (credits.length === 0 || credits.length !== rest.length - 1) return null;
  const outlet = rest.find((f) => !credits.includes(f))!;
  if (LATIN_OUTLET.test(outlet)) return /[A-Za-z]{2}/.test(outlet) ? outlet : null;
  return /\p{Script=Han}/u.test(outlet) && looksLikeOutlet(outlet) && !looksLikePerson(outlet) ? outlet : null;
}
