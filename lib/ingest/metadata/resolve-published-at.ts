/**
 * Publication time, by order of evidence (the first that gives a date wins):
 *  1. structured data and meta tags: JSON-LD datePublished, article:published_time and its
 *     kin, <time datetime> (the HTML front end reads them, in that order);
 *  2. a date an inline script declares (var ct = "…", a page-data object's pubDate);
 *  3. the header lines: a labelled date (发布时间：…) first, then a line that is mostly a date;
 *  4. the trailer lines, the same way (some sites print the date under the body);
 *  5. the URL path (/2024/0612/, /2019-10-23/, /20200911/, /t20240311_123.html); in a text dump,
 *     the address its headline links to (a blog links the headline to the post's own page), or
 *     the dump's own address, which its in-page links give (跳到正文 → …#content) or a closing 本文链接：line prints;
 *  5b. a date line just above the headline (never a banner's 今天是…);
 *  5c. a full date in the lead's dateline (北京2025年12月4日 /美通社/ --, X社北京2025年12月4日电, a release's
 *      【X新闻稿】YYYY年M月D日，某地——, PLACE, Mon. D, YYYY /wire/ --), then an agency's release code
 *      after the closing editor's credit (（編輯：X） and seven digits, the Republic of China calendar);
 *  5d. an e-paper's issue day, printed alone beside a page marker (第03版：要闻) over its page
 *     list; then a meta of the page's own system named xxx-date (an e-paper's edition day), which no
 *     list of known names holds;
 *  5e. a JSON-LD VideoObject's uploadDate: a video page has no other, but on an article it may
 *     date an embedded clip, so it comes after every line of the page's own;
 *  6. a declared modification time (dateUpdate…): a page is not modified before it is published,
 *     and such pages rarely change after the day they appear;
 *  6b. the day a lead's dateline or first words give without a year (新华社上海11月30日电, 12月3日，X宣布),
 *     in the year the page's own address files it under (lead-day.ts), marked inferred;
 *  7. the page text: the dates of the neighbouring articles (上一篇/下一篇), marked inferred.
 * A date in running prose is never taken: it is what the article is about, not when it appeared.
 */
import { simplifiedLine as toSimplified } from "./simplified";
import { findDates, type FoundDate } from "./dates";
import type { MetadataEvidence } from "./evidence";
import { addressYear } from "./dump-self-address";
import { leadDayInYear } from "./lead-day";
import { withoutManuscriptDates } from "./manuscript-dates";
import { CORRECTION_NOTICE } from "../classify/correction-notice";

export interface ResolvedDate {
  iso: string | null;
  evidence: string | null;
  inferred: boolean;
}

// "发表于 2025-7-28 21:46", "发布于：2026-12-02 20:15" (a forum's or blog's post line) is labelled as
// surely as 发表时间：; so are 首发于 and an update's 更新于 (which updateDate then passes over for the
// line's other date).
// "于 2025-03-05 20:17:42 首次发布": the label may follow the date, as a blog's header puts it beside a later 修改 time.
// "Updated: 2025-03-04 18:20 | Published: 2025-03-03 23:50": an English page's labels, as surely.
const LABELLED = /(发布|发表|更新|时间|日期|发稿|出版)(时间|日期)?\s*[:：]|(?<![A-Za-z])(?:published|posted|updated|modified)(?:\s+on)?\s*[:：]|(?<![A-Za-z])posted\s*(?:@|at|on)\s*(?:19|20)\d{2}|(?:首发|发布|发表|更新|修改|编辑)于\s*[:：]?\s*(?:19|20)\d{2}|(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:首次)?(?:发布|发表|首发)(?!\p{Script=Han})/iu;
// A poster's card beside a forum post (注册时间：2023-02-11, 最后登录：…) dates the account, never the post;
// a card set as a list of <em>label</em>value items glues the label to the date (注册时间2019-04-11).
const ACCOUNT_DATE = /(注册|加入|入驻|最后登录|上次登录|最后访问|出生)(时间|日期)?\s*(?:[:：]|(?=(?:19|20)\d{2}))/;
// A line is a date line when little but the date, a label, a byline or a counter is left.
const DATE_LINE_REST = 30;
const URL_DATE = /\/((?:19|20)\d{2})[-/_]?(\d{2})[-/_]?(\d{2})(?=[/_.-]|\d{0,2}\/|$)/;
// Government and many CMS sites name the file after its day: /202403/t20240311_4821.html.
const URL_FILE_DATE = /\/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+\.s?html?$/;

// "更新时间：2025-12-05 17:20　首发时间：2025-12-01": a date labelled as an update's (更新, 修改,
// 编辑) is when the page last changed; a date under another label, on its line or a later one, is
// the publication's. Alone, an update's date still stands for it.
const UPDATE_LABEL = /(?:更新|修改|修订|编辑)(?:时间|日期|于)?\s*[:：]?\s*$/;
const LABEL_REACH = 8;
// "Updated: 2025-03-04", "Last modified on: …": the English label, longer in characters.
const EN_UPDATE_LABEL = /(?<![A-Za-z])(?:updated|modified|revised)(?:\s+on)?\s*[:：]?\s*$/i;
const EN_LABEL_REACH = 16;

function updateDate(simplified: string, date: FoundDate): boolean {
  return UPDATE_LABEL.test(simplified.slice(Math.max(0, date.index - LABEL_REACH), date.index)) || EN_UPDATE_LABEL.test(simplified.slice(Math.max(0, date.index - EN_LABEL_REACH), date.index));
}

/**
 * What a date line holds besides its date, in characters, a Latin word counting as one: a Latin
 * name in a field (作者：Stephen Nellis，Krystal Hu) is no longer a field than a Han name is.
 */
function restOf(line: string, date: FoundDate): number {
  return line.replace(date.match, "").replace(/[A-Za-z][A-Za-z.'\-]*/g, "A").replace(/[\s\d:：|｜/\-]/g, "").length;
}

// "收藏于 2025-12-05 22:10", "剪藏时间：…": when the reader saved or clipped the copy (a reading app's
// export, a clipper's header), not when the article was published.
const SAVED_DATE = /(?:收藏|保存|剪藏|摘录|抓取|采集|导出)(?:于|时间|日期)\s*[:：]?\s*(?:19|20)\d{2}/u;

// "成文日期：2026-11-20" beside "发布日期：2026-11-28": an official document's information table gives the
// day it was signed and the day it was published; the signing day dates it only when alone.
const SIGNED_DATE = /^\s*(?:成文|印发|签发|制发)(?:日期|时间)\s*[:：]/u;

function lineDate(lines: string[]): { date: FoundDate; line: string } | null {
  const dated = lines
    // a correction notice's date (【更正说明】本文于…更新) is the correction's, never the publication's
    .filter((line) => !ACCOUNT_DATE.test(line) && !SAVED_DATE.test(toSimplified(line)) && !CORRECTION_NOTICE.test(toSimplified(line).trim()))
    // 114-12-04: a date of the Republic of China calendar has a three-digit year
    .filter((line) => /\d{4}|\d[-/]\d{1,2}\s+\d{1,2}:\d{2}|[〇零][一二三四五六七八九〇零]*年|[一二三四五六七八九〇零]{4}年|\d{3}\s*[-/.年]\s*\d/.test(line))
    .map((line) => {
      const simplified = toSimplified(withoutManuscriptDates(line));
      return { line, simplified, dates: findDates(simplified) };
    })
    .filter((d) => d.dates.length > 0);
  // a document's signing day (成文日期) goes after every other labelled date: it was published later
  const labelled = dated.filter((d) => LABELLED.test(d.simplified)).sort((a, b) => Number(SIGNED_DATE.test(a.simplified)) - Number(SIGNED_DATE.test(b.simplified)));
  for (const d of labelled) {
    const published = d.dates.find((date) => !updateDate(d.simplified, date));
    if (published) return { date: published, line: d.line };
  }
  if (labelled.length > 0) return { date: labelled[0]!.dates[0]!, line: labelled[0]!.line };
  const plain = dated.find((d) => restOf(d.line, d.dates[0]!) <= DATE_LINE_REST);
  return plain ? { date: plain.dates[0]!, line: plain.line } : null;
}

export function urlDate(url: string): string | null {
  const m = url.match(URL_DATE) ?? url.replace(/[?#].*$/, "").match(URL_FILE_DATE);
  if (!m) return null;
  const found = findDates(`${m[1]}-${m[2]}-${m[3]}`)[0];
  return found ? found.iso : null;
}

// The lead's dateline: a place (or a wire and a place), the full date, then the wire's mark (/美通社/,
// 电, 讯) or the dash that ends a dateline. Prose that opens with a date (2025年12月4日，公司…) has none of these.
const LEAD_DATELINE = /^\s*[\p{Script=Han}A-Za-z]{0,12}\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*(?:电|讯|\/\s*[^/\s]{2,16}\s*\/|--|——|—)/u;

// A header glued to the lead's first sentence: the outlet, 记者 and the reporter's name, then the
// full date (经济观察网 记者 X 2025年5月8日，…). The credit before it makes the date the header's, not prose's.
const LEAD_CREDIT_DATE = /^\s*[\p{Script=Han}A-Za-z]{0,12}\s*(?:本报|本刊|本网|特约)?(?:记者|通讯员)\s*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2}\s+((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[，,]/u;

// A press release's dateline: its label in brackets perhaps, the full date, a comma, the place and a dash
// (【X新闻稿】YYYY年M月D日，某地——…); an English release's: the place in capitals, the date, the wire's
// mark perhaps and the dashes (PLACE, Mon. D, YYYY /wire/ --).
const RELEASE_DATELINE = /^\s*(?:【[^【】]{2,20}】)?\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[，,]\s*\p{Script=Han}{2,8}\s*(?:——|—|--)/u;
// "（2025年12月1日，北京）公司今日宣布…": the same dateline in round brackets, the date and the place
// closed by the bracket instead of a dash; 【2025年12月1日，中国深圳】 sets it in square ones.
const BRACKETED_RELEASE_DATELINE = /^\s*(?:[（(]\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[，,]\s*\p{Script=Han}{2,8}\s*[）)]|[【〔]\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[，,]\s*\p{Script=Han}{2,8}\s*[】〕])/u;
// A wire's own story puts its agency in brackets there instead, before a dash or a spaced hyphen
// (BEIJING, March 5, 2024 (Agency) - …).
const ENGLISH_DATELINE = /^\s*[A-Z][A-Z.'\-]*(?:[ /][A-Z][A-Z.'\-]*){0,3}(?:,\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*(?:19|20)\d{2})\s*(?:\/[^/\s][^/]{0,30}\/\s*|\([A-Z][A-Za-z&.']*(?: [A-Z][A-Za-z&.']*){0,3}\)\s*)?(?:--|[–—]|-(?=\s))/u;

function leadDate(lead: string | null): FoundDate | null {
  const text = lead ? toSimplified(lead) : null;
  const m = text ? (LEAD_DATELINE.exec(text) ?? LEAD_CREDIT_DATE.exec(text) ?? RELEASE_DATELINE.exec(text) ?? BRACKETED_RELEASE_DATELINE.exec(text) ?? ENGLISH_DATELINE.exec(text)) : null;
  const date = m ? (m[1] ?? m[2]) : undefined;
  return date ? (findDates(date)[0] ?? null) : null;
}

// "（編輯：X）YYYMMDD": an agency closes its story with the editor in brackets and a release code of
// seven digits, the year in the Republic of China calendar (115 = 2026), the month and the day.
const RELEASE_CODE = /(?:编辑|編輯)\s*[:：][^（）()]{2,20}[）)]\s*(1[0-4]\d)(\d{2})(\d{2})\s*$/u;
const ROC_OFFSET = 1911;

function releaseCode(lines: string[]): string | null {
  for (const line of lines) {
    const m = RELEASE_CODE.exec(line);
    const found = m ? findDates(`${Number(m[1]) + ROC_OFFSET}-${m[2]}-${m[3]}`)[0] : undefined;
    if (found) return found.iso;
  }
  return null;
}

function fromNeighbours(neighbours: string[]): ResolvedDate | null {
  const dates = neighbours.flatMap((t) => findDates(t).map((d) => d.iso.slice(0, 10)));
  if (dates.length === 0) return null;
  // Neighbours bracket the article; with two dates the article sits between them, so the earlier
  // one (the previous article's, or the same day) is the safest day to claim.
  const day = [...dates].sort()[0]!;
  return { iso: `${day}T00:00:00+08:00`, evidence: `inferred from the dates of the neighbouring articles (${dates.join(", ")})`, inferred: true };
}

export function resolvePublishedAt(e: MetadataEvidence): ResolvedDate {
  if (e.html?.declaredDate) return { iso: e.html.declaredDate, evidence: "page metadata (structured data, meta tags, <time>)", inferred: false };
  if (e.html?.script.publishedAt) return { iso: e.html.script.publishedAt, evidence: "date declared in an inline script", inferred: false };
  for (const [lines, where] of [[e.header, "header"], [e.trailer, "trailer"]] as const) {
    const found = lineDate(lines);
    if (found) return { iso: found.date.iso, evidence: `${where} date line “${found.line.trim().slice(0, 60)}”`, inferred: false };
  }
  if (e.html?.lineDate) return { iso: e.html.lineDate, evidence: "date line near the headline", inferred: false };
  const fromUrl = e.html?.url ? urlDate(e.html.url) : null;
  if (fromUrl) return { iso: fromUrl, evidence: `date in the URL path (${e.html!.url})`, inferred: false };
  const linked = !e.html && e.headlineUrl ? urlDate(e.headlineUrl) : null;
  if (linked) return { iso: linked, evidence: `date in the address the headline links to (${e.headlineUrl})`, inferred: false };
  const own = !e.html && e.selfAddress ? urlDate(e.selfAddress) : null;
  if (own) return { iso: own, evidence: `date in the copy's own address (its in-page links or a 本文链接 line: ${e.selfAddress})`, inferred: false };
  const above = lineDate(e.aboveTitle);
  if (above) return { iso: above.date.iso, evidence: `date line above the headline “${above.line.trim().slice(0, 60)}”`, inferred: false };
  const dateline = leadDate(e.lead);
  if (dateline) return { iso: dateline.iso, evidence: `the lead's dateline (${dateline.match})`, inferred: false };
  const coded = releaseCode([...e.trailer, ...(e.tail ? [e.tail] : [])]);
  if (coded) return { iso: coded, evidence: "the release code after the editor's credit (Republic of China calendar)", inferred: false };
  if (e.html?.editionDate) return { iso: e.html.editionDate, evidence: "the e-paper's issue day beside its page marker (第N版)", inferred: false };
  if (e.html?.prefixedMetaDate) return { iso: e.html.prefixedMetaDate, evidence: "a date meta of the page's own system (xxx-date)", inferred: false };
  if (e.html?.uploadedDate) return { iso: e.html.uploadedDate, evidence: "a video's declared upload date (VideoObject uploadDate)", inferred: false };
  if (e.html?.modifiedDate) return { iso: e.html.modifiedDate, evidence: "declared modification time", inferred: false };
  const address = e.html ? e.html.url : e.selfAddress;
  const filed = (address ? addressYear(address) : null) ?? (e.referenceYear !== null ? { year: e.referenceYear, month: null } : null);
  const dayInYear = leadDayInYear(e.lead, filed);
  if (dayInYear) return { iso: dayInYear, evidence: `the lead's day in the year its address files it under (${filed!.year})`, inferred: true };
  return fromNeighbours(e.neighbours) ?? { iso: null, evidence: null, inferred: false };
}
