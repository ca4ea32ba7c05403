/**
 * Who wrote the article: writers (authors) and reporters (记者, 通讯员), both of them the
 * article's authors; editors are resolved apart (resolve-editors.ts). By order of evidence, the
 * first that gives a person wins:
 *  1. structured data: every JSON-LD author (a list stays a list) — on a repost whose visible
 *     credit names other writers, those (the declared one is the carrying site's poster);
 *  2. meta tags: <meta name="author">, article:author — or a byline element of the header;
 *     a declared name the page's own lines credit as its editor and not as a writer is none;
 *  3. an author an inline script declares (a page-data object's author);
 *  4. byline lines in the header and under the body (作者：X Y, 文｜X, 文/X, 撰文, 口述, 整理,
 *     本报记者 X 通讯员 Y) and closing notes "(作者系…)", then the poster of a forum thread's first
 *     post (a handle as much as a name: the thread's article is the poster's own), then the
 *     blogger a blog names (博主：X, in the info line or the profile card), then a text's
 *     writer's bare name right under the headline (writer-line.ts);
 *  5. a byline line inside the body's span that the classifier cut out (《X》作者 Y, 采写：…);
 *  6. a reporter credited in the body's opening dateline: 新华社…电（记者 X、Y）, 本站讯（通讯员 X）;
 *  7. a writer's name in brackets closing the last paragraph: …。（张三）, or a closing line of
 *     newsroom, reporter and 报导 (希望之声国际广播电台张翠报导);
 *  8. on an HTML page, a user's handle alone beside the full time on the line right under the
 *     headline (handle-time-line.ts), unless the page credits it as its source (a platform account)
 * Every name must look like a person's: an outlet, the site itself, a number or "佚名" is not an
 * author (an outlet in an author slot is the source, resolve-source.ts), so a page with no good
 * evidence has no author rather than a wrong one.
 */
import type { Byline } from "../types";
import type { MetadataEvidence } from "./evidence";
import { bloggerOf, firstPosterOf } from "./blogger";
import { parseByline } from "./byline";
import { foldName, isSiteName, looksLikePerson } from "./names";
import { simplifiedLine as toSimplified } from "./simplified";
import { CLOSING_OUTLET_REPORTER, LEAD_OUTLET_REPORTER } from "./source";
import { unlabelledFields, writerBesideReading } from "./unlabelled-fields";
import { findDates } from "./dates";
import { hasKnownSurname } from "../entities/names";
import { answererAbove, isWriterNameLine, latinWriterLine, WRITER_TO_DATE } from "./writer-line";
import { handleBesideTime } from "./handle-time-line";
import { REPORT_FIELD_LABEL } from "./report-field-label";

/** Header lines read for a writer's bare name: it stands right under the headline. */
const HEADER_NAME_LINES = 2;

export type Writers = Pick<Byline, "authors" | "reporters">;

// 报道：X / 报导：X is a label only before its colon (report-field-label.ts).
const LABEL = new RegExp(`^(?:${REPORT_FIELD_LABEL.source}|作者|撰文|文|记者|编辑|author|by)\\s*[:：|｜/]?\\s*`, "i");
// "网易娱乐1月17日报道 (文/小易)近日，…": a writer's credit in the same brackets.
const LEAD_REPORTERS = /^[^（(]{0,24}[（(]([^）)]{0,16}?(?:记者|通讯员|(?<![\p{Script=Han}])文\s*[/／|｜])[^）)]{1,30})[）)]/u;
// "作者：Steed(微博)(业余天文爱好者，…)": the writer's field opening the lead, a bio in brackets after the name.
const LEAD_AUTHOR_FIELD = /^\s*作者\s*[:：]\s*([A-Za-z][A-Za-z.\-]{1,30}|\p{Script=Han}{2,4})\s*[(（]/u;
const TAIL_NAME = /[。！？”][（(](\p{Script=Han}{2,3})[）)]\s*$/u;
// A labelled credit closing the last paragraph: (文/图 张三 李四), （记者 王五）, （本报记者 周琳 徐航）.
const TAIL_BYLINE = /[（(]((?:本报|本刊|本台|特约|见习)?(?:文|图|记者|作者|撰文)[^（）()]{2,30})[）)]\s*$/u;

// "沈墨、白露", "沈墨 白露" in one author field (a meta tag, JSON-LD): a list in a string; so is
// "Li Wei and Zhang Min" (an English byline element's two Latin names).
const NAME_LIST = /\s*[、,，;；|｜]\s*|(?<=\p{Script=Han})\s+(?=\p{Script=Han})|(?<=[A-Za-z.])\s+(?:and|&)\s+(?=[A-Z])/u;

function persons(names: string[], e: MetadataEvidence): string[] {
  const out: string[] = [];
  for (const raw of names) {
    const n = raw.replace(LABEL, "").trim();
    if (looksLikePerson(n) && !isSiteName(n, e.siteName) && !out.includes(n)) out.push(n);
  }
  return out;
}

// "（作者刘一平系清华大学研究员）": the note names its writer before 系; the name is a person's or nothing.
// 作者单位系…, 作者简介为…: words of the note that read as a surname and a given name (单 is a surname) name no one.
const NOTE_WORD = /^(?:单位|简介|介绍|身份|本人|目前|现在)/u;
const NAMED_NOTE = /^[(（](?:作者|笔者|本文作者)(\p{Script=Han}{2,4}?)(?:系|为|是|现任)/u;

function fromLines(e: MetadataEvidence): Writers {
  const byline: Byline = { authors: [...e.bylines.authors], reporters: [...e.bylines.reporters], editors: [] };
  for (const note of e.notes) {
    const named = note.match(NAMED_NOTE)?.[1];
    if (named && looksLikePerson(named) && !NOTE_WORD.test(named)) byline.authors.push(named);
    parseByline(note.replace(/^[(（]|[)）]$/g, "").replace(/^(作者|笔者|本文作者)(系|为|是|现任)[^,，]*[,，]?/, ""), byline);
  }
  return writersOf(byline, e);
}

function writersOf(byline: Byline, e: MetadataEvidence): Writers {
  const authors = persons(byline.authors, e);
  // A name credited twice (作者：X … 记者 X) is one author.
  return { authors, reporters: persons(byline.reporters, e).filter((n) => !authors.includes(n)) };
}

// "…本报记者X摄湖南日报12月15日讯(记者柳德新通讯员彭娟)": a dateline's bracketed reporters after
// its day and 电/讯, wherever in an opening (a caption glued before it), and in any of the first
// paragraphs (a caption or subtitle kept above the lead).
const DATELINE_REPORTERS = /\d{1,2}日\s*(?:电|讯|消息)\s*[（(]([^）)]{0,16}?(?:记者|通讯员)[^）)]{1,30})[）)]/;
// "【台湾醒报记者陈昭妤台北报导】": outlet, 记者, name and place glued in the lead's brackets. A
// place is two characters (台北, 高雄) and a name two or three: 4 → 2 + 2, 5 → 3 + 2.
const BRACKET_REPORTER = /^\s*[【[]\s*\p{Script=Han}{2,8}?记者\s*(\p{Script=Han}{4,5})报[导道]\s*[】\]]/u;
// "（中央社记者张建中新竹2日电）": an agency's bracketed dateline, name and place glued the same way.
const AGENCY_REPORTER = /^\s*[（(]\s*\p{Script=Han}{2,8}?记者\s*(\p{Script=Han}{4,5})\d{1,2}日电\s*[）)]/u;
// "〔记者洪友芳／新竹报导〕": the reporter and the place filed from, in the lead's brackets.
const BRACKET_SLASH_REPORTER = /^\s*[〔【[]\s*((?:本报|特派|驻地)?记者\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,3})\s*[／/]\s*\p{Script=Han}{1,8}报[导道]\s*[〕】\]]/u;
// "【环球时报报道 记者 倪浩】": the reporters after a newsroom's 报道 in the lead's brackets.
const BRACKET_REPORTS_REPORTER = /^\s*【[^】]{2,14}?报道\s*((?:特约|本报)?记者[^】]{2,30})】/u;

/** A group of a match on the simplified text, cut from the page's own text (names keep their script). */
function inScript(text: string, simplified: string, m: RegExpMatchArray, group = 1): string {
  const found = m[group]!;
  if (text.length !== simplified.length) return found;
  const at = m.index! + m[0].lastIndexOf(found);
  return text.slice(at, at + found.length);
}

function bracketed(credit: string, e: MetadataEvidence): string[] {
  const byline: Byline = { authors: [], reporters: [], editors: [] };
  parseByline(credit.replace(/\s*(整合|综合|报道|发自\S*|摄影?)$/u, ""), byline);
  return persons([...byline.reporters, ...byline.authors], e);
}

// "大江网讯 实习生吴梦丽、记者喻云亮报道：1月15日，…": the credit between the newsroom's 讯 and 报道：.
const XUN_CREDIT = /^\s*\S{2,12}?讯\s*((?:本报|特约)?(?:实习生|记者|通讯员)[^：:，,。]{2,40}?)\s*报道\s*[:：]/;
// "南都讯 记者 冯群星 发自深圳 3月4日，…": the reporters between 讯 and the place they filed from.
const XUN_SENT_FROM = /^\s*\S{2,12}?讯\s*((?:本报|特约|见习)?(?:记者|通讯员)\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,3}?)\s+发自/u;

function fromOpenings(e: MetadataEvidence): string[] {
  for (const opening of e.openings) {
    const simplified = toSimplified(opening);
    const m = simplified.match(LEAD_REPORTERS) ?? simplified.match(DATELINE_REPORTERS) ?? simplified.match(XUN_CREDIT) ?? simplified.match(XUN_SENT_FROM) ?? simplified.match(BRACKET_REPORTS_REPORTER) ?? simplified.match(BRACKET_SLASH_REPORTER);
    const found = m ? bracketed(inScript(opening, simplified, m), e) : [];
    if (found.length > 0) return found;
    const glued = simplified.match(BRACKET_REPORTER) ?? simplified.match(AGENCY_REPORTER);
    // the run is name + a two-character place
    const name = glued && simplified.length === opening.length ? inScript(opening, simplified, glued).slice(0, -2) : null;
    if (name && persons([name], e).length > 0) return [name];
  }
  return [];
}

// "To contact the reporter on this story: / Jane Ma in Shenzhen at jma@…": an agency's footer names
// its writers by their contact; the editors' contact under it names no writer.
const CONTACT_REPORTERS = /^\s*to contact the reporters? on this story\s*:?\s*(.*)$/i;
const CONTACT_OTHERS = /^\s*to contact\b/i;
const CONTACT_NAME = /^\s*([A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){1,3})(?:\s+in\s+[A-Z][\w.' \-]*?)?\s+at\s+\S+@\S+\s*$/;

function contactFooter(trailer: string[]): string[] {
  const at = trailer.findIndex((l) => CONTACT_REPORTERS.test(l));
  if (at === -1) return [];
  const first = trailer[at]!.match(CONTACT_REPORTERS)![1]!;
  const lines = [first, ...trailer.slice(at + 1)];
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") continue;
    if (CONTACT_OTHERS.test(line)) break;
    for (const part of line.split(/\s*(?:;|\s+and\s+)\s*(?=[A-Z])/)) {
      const m = CONTACT_NAME.exec(part);
      if (m && !out.includes(m[1]!)) out.push(m[1]!);
    }
  }
  return out;
}

// "中新经纬12月3日电 （王玉玲）", "C114讯 12月3日消息（岳明）": a newsroom's dateline, then the writer's
// name alone in brackets (no 记者): a person's name there is the writer's.
const DATELINE_NAME = /^\s*[\p{L}\p{N}]{2,12}?(?:讯\s*)?(?:\d{1,2}月\d{1,2}日)?\s*(?:电|消息)\s*[（(]\s*(\p{Script=Han}{2,4})\s*[）)]/u;

function fromLead(e: MetadataEvidence): string[] {
  const simplified = e.lead ? toSimplified(e.lead) : "";
  const opening = simplified.match(LEAD_OUTLET_REPORTER);
  if (opening && e.lead!.length === simplified.length) return persons([inScript(e.lead!, simplified, opening, 2)], e);
  const named = simplified.match(DATELINE_NAME);
  // the name needs a surname of the table: a bracketed word (（图片）, （完）) is no one's
  const writer = named && e.lead!.length === simplified.length && hasKnownSurname(named[1]!) ? persons([inScript(e.lead!, simplified, named)], e) : [];
  if (writer.length > 0) return writer;
  const m = simplified.match(LEAD_REPORTERS);
  const found = m ? bracketed(inScript(e.lead!, simplified, m), e) : [];
  return found.length > 0 ? found : fromOpenings(e);
}

/** The credit closing the article, matched on the simplified text, names kept in the page's script. */
function closingCredit(line: string, e: MetadataEvidence): Writers | null {
  const text = toSimplified(line);
  const credit = text.match(TAIL_BYLINE);
  if (credit) {
    const byline: Byline = { authors: [], reporters: [], editors: [] };
    parseByline(inScript(line, text, credit), byline);
    const found = { authors: persons(byline.authors, e), reporters: persons(byline.reporters, e) };
    if (found.authors.length + found.reporters.length > 0) return found;
  }
  const filed = text.match(CLOSING_OUTLET_REPORTER);
  const reporter = filed ? persons([inScript(line, text, filed, 2)], e) : [];
  if (reporter.length > 0) return { authors: [], reporters: reporter };
  const name = text.match(TAIL_NAME);
  const authors = name ? persons([inScript(line, text, name)], e) : [];
  return authors.length > 0 ? { authors, reporters: [] } : null;
}

/** A follow button copied as a line of its own (关注, + 关注, ＋关注). */
const FOLLOW_BUTTON = /^\s*[+＋]?\s*关注\s*$/;

// "Zhou Wenjing 周文静", "周文静 Zhou Wenjing": a bilingual site declares one writer in both scripts;
// the Han form is the name the article's text uses.
const NAME_IN_TWO_SCRIPTS = /^(?:[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){1,2}\s+(\p{Script=Han}{2,4})|(\p{Script=Han}{2,4})\s+[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){1,2})$/u;

/** Splits a declared author field that lists people, only when every part is one. */
function declaredList(field: string): string[] {
  const twice = field.trim().match(NAME_IN_TWO_SCRIPTS);
  const han = twice ? (twice[1] ?? twice[2])! : null;
  if (han && looksLikePerson(han)) return [han];
  const parts = field.trim().split(NAME_LIST);
  return parts.length > 1 && parts.every((p) => looksLikePerson(p)) ? parts : [field];
}

/**
 * Structured data may list the lead writer alone while the visible byline adds who wrote with
 * them (记者 X 实习生 Y: site-feature-pull-quotes-captions). When the byline lines name every
 * declared author, their other names join the list; when they disagree, the declaration stands.
 */
function withVisibleCoWriters(structured: string[], e: MetadataEvidence): Writers {
  const visible = fromLines(e);
  const names = [...visible.authors, ...visible.reporters];
  if (names.length <= structured.length || !structured.every((n) => names.includes(n))) return { authors: structured, reporters: [] };
  return { authors: structured, reporters: names.filter((n) => !structured.includes(n)) };
}

/**
 * A CMS may fill its author tag with whoever entered the article: the name the page itself
 * credits as its editor (责任编辑：X), and as no writer, edited it; it is no author.
 */
function notOnlyEditor(e: MetadataEvidence): (name: string) => boolean {
  const editors = new Set(e.bylines.editors.map(foldName));
  const writers = new Set([...e.bylines.authors, ...e.bylines.reporters].map(foldName));
  return (name) => !editors.has(foldName(name)) || writers.has(foldName(name));
}

/**
 * A repost (本文转载自X, 原载于X) is filed on the carrying site by whoever posted it, and its CMS
 * declares that poster as the author; the credit the page prints for the original names who wrote
 * it. When the visible credit lines name writers and none of them is the declared one, they win.
 */
function repostCredit(structured: string[], e: MetadataEvidence, originalPublisher: string | null): Writers | null {
  if (!originalPublisher || isSiteName(originalPublisher, e.siteName)) return null;
  const visible = fromLines(e);
  const names = [...visible.authors, ...visible.reporters].map(foldName);
  return names.length > 0 && structured.every((n) => !names.includes(foldName(n))) ? visible : null;
}

/** `credited`: the publishers the page credits (its source, producer, 来源 claim). */
export function resolveAuthors(e: MetadataEvidence, originalPublisher: string | null = null, credited: (string | null)[] = []): Writers {
  const structured = persons((e.html?.authors ?? []).flatMap(declaredList), e).filter(notOnlyEditor(e));
  if (structured.length > 0) return repostCredit(structured, e, originalPublisher) ?? withVisibleCoWriters(structured, e);
  const scripted = persons(e.html?.script.authors ?? [], e);
  // A page-data object names the lead writer as the CMS filed it; the byline may add co-writers, as above.
  if (scripted.length > 0) return withVisibleCoWriters(scripted, e);
  const lines = fromLines(e);
  if (lines.authors.length + lines.reporters.length > 0) return lines;
  const contacts = contactFooter(e.trailer);
  if (contacts.length > 0) return { authors: contacts, reporters: [] };
  const poster = e.html?.poster;
  if (poster && !isSiteName(poster, e.siteName)) return { authors: [poster], reporters: [] };
  const blogger = e.html ? e.html.blogger : (bloggerOf(e.header) ?? firstPosterOf(e.header));
  // a blog is named after its blogger (夜航船的博客): only the site's whole name is no writer's
  if (blogger && foldName(blogger) !== foldName(e.siteName ?? "")) return { authors: [blogger], reporters: [] };
  // a writer's bare name in the header's first lines (标题 / 李明远 / 发布于 …); beside a follow
  // button (账号 / time·place / 关注) the name is a platform account's, however personal its shape
  const followed = e.header.slice(0, HEADER_NAME_LINES + 2).some((l) => FOLLOW_BUTTON.test(l));
  const bare = e.html || followed ? [] : persons(e.header.slice(0, HEADER_NAME_LINES).filter(isWriterNameLine), e);
  if (bare.length === 1) return { authors: bare, reporters: [] };
  const answerer = e.html || followed ? null : answererAbove(e.header);
  if (answerer) return { authors: [answerer], reporters: [] };
  // an English page's writer on a line of their own (Kyle Wiggers / 3:12 AM PST · December 3, 2025): only with the date line right under it
  const latin = e.html || followed ? [] : e.header.slice(0, HEADER_NAME_LINES).flatMap((l, i) => {
    const name = latinWriterLine(l);
    return name && e.header.slice(i + 1, i + 1 + WRITER_TO_DATE).some((d) => findDates(d).length > 0) ? [name] : [];
  });
  if (latin.length === 1) return { authors: latin, reporters: [] };
  // 深度AI参考 | 林晓川 | 3天前: the writer among unlabelled fields under the headline (or beside the
  // page's reading time: 李明轩 · 2024-03-05 09:00 · 阅读约 5 分钟)
  const fielded = e.html || followed ? [] : persons(e.header.slice(0, HEADER_NAME_LINES).flatMap((l) => unlabelledFields(l)?.writer ?? writerBesideReading(l) ?? []), e);
  if (fielded.length === 1) return { authors: fielded, reporters: [] };
  const inner = writersOf(e.innerBylines, e);
  if (inner.authors.length + inner.reporters.length > 0) return inner;
  const leadText = e.lead ? toSimplified(e.lead) : "";
  const field = leadText.match(LEAD_AUTHOR_FIELD);
  const fieldAuthor = field ? persons([inScript(e.lead!, leadText, field)], e) : [];
  if (fieldAuthor.length > 0) return { authors: fieldAuthor, reporters: [] };
  const lead = fromLead(e);
  if (lead.length > 0) return { authors: [], reporters: lead };
  // The closing credit: on the last paragraph, or on a line under it that the classifier took
  // for a byline because the credit made it short.
  for (const line of [e.tail, ...e.trailer.slice(0, 2)]) {
    const found = line ? closingCredit(line, e) : null;
    if (found) return found;
  }
  // Last, a user's handle beside the full time, the one line right under an HTML page's headline
  // (林间小路 2024-08-12 21:05:33: handle-time-line.ts). A platform prints its account the same way
  // (金融市场棱镜 2019-09-23 07:48): a handle the page credits as its source is that account, no writer.
  const handle = e.html ? handleBesideTime(e.html.headerLines[0], e.siteName) : null;
  if (handle && !credited.some((c) => c !== null && foldName(c) === foldName(handle))) return { authors: [handle], reporters: [] };
  return { authors: [], reporters: [] };
}
