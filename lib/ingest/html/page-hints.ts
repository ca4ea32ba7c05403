/**
 * The page's own claims about the article — title, publication time, author, source,
 * description, site name — from meta tags, JSON-LD, <time>, headings and the lines around the
 * headline. Where sources disagree (a logo in <h1>, a site suffix in <title>, a share title in
 * og:title), the candidates are compared with each other and with the chosen content, and the
 * one that agrees best wins.
 */
import type { AnyNode, Element } from "domhandler";
import { foldForCompare } from "../../text/fold";
import { codeUnitPairs } from "../../text/code-unit-pairs";
import { siteClaim } from "../metadata/source";
import { blogOwnerOf, bloggerOf } from "../metadata/blogger";
import { copyrightHolder } from "../metadata/copyright-holder";
import { editionDay } from "../metadata/edition-masthead";
import { withoutManuscriptDates } from "../metadata/manuscript-dates";
import { isTaggedHeadline, withoutColumnTag } from "../metadata/column-tag";
import { isMetadataLine } from "../metadata/metadata-line";
import { COLUMN_PREFIX } from "../metadata/title-site-suffix";
import { endsLikeOutlet, looksLikeOutlet, looksLikePerson } from "../metadata/names";
import { sectionMarker } from "../classify/vocabulary";
import { REPORT_FIELD_LABEL } from "../metadata/report-field-label";
import type { ContentChoice } from "./choose-content";
import { normaliseDate } from "./dates";
import { columnHeading } from "./column-heading";
import { threadPoster } from "./thread-poster";
import { homeLinkNames } from "./home-link";
import { shownTitleOpening, siteBeforeColon, TITLE_SEPARATORS } from "./title-tag-opening";
import type { HeadMeta } from "./head-meta";
import type { ScriptFacts } from "./script-data";
import type { ElementStat, PageBlock } from "./walk";

export interface PageHints {
  title: string | null;
  /** declaredDate, else lineDate: the single best guess, kept for callers of the front end alone. */
  publishedAt: string | null;
  author: string | null;
  source: string | null;
  description: string | null;
  siteName: string | null;
  /** Evidence for the metadata resolvers (lib/ingest/metadata/resolve-*.ts), strongest kinds first. */
  evidence: PageEvidence;
}

export interface PageEvidence {
  /** JSON-LD datePublished, then publication meta tags, then <time datetime>. */
  declaredDate: string | null;
  /** A declared modification time (dateUpdate, article:modified_time…): a late bound only. */
  modifiedDate: string | null;
  /** A JSON-LD VideoObject's uploadDate: a video page's own date, but an article's embedded clip's too. */
  uploadedDate: string | null;
  /** A meta named by a system's prefix and "date" (xxx-date): the resolver's last declared evidence. */
  prefixedMetaDate: string | null;
  /** An e-paper's issue day, printed alone beside a page marker (第03版) above the article. */
  editionDate: string | null;
  /** A date written in the article's header or trailer lines. */
  lineDate: string | null;
  /** JSON-LD authors, then <meta name=author>/article:author, then a byline element: raw names. */
  authors: string[];
  /** A source the page declares in a meta tag (source, og:source, contentSource). */
  declaredSource: string | null;
  /** Text of a header element whose class or id names it the source (class="source"). */
  sourceElement: string | null;
  /**
   * The account a follow card names (a short linked name in a small box with a 关注 button):
   * a self-media platform's publisher, shown beside the article rather than in its header.
   */
  followedAccount: string | null;
  /**
   * The poster of a forum thread's first post (thread-poster.ts), else the user a user-content
   * page's data declares (a microdata Person author, a state record's user): the article's author,
   * handle or name.
   */
  poster: string | null;
  /** The blogger a blog names (博主：X) in its post's info line or its profile card, else its <title> (X的博客): blogger.ts. */
  blogger?: string | null;
  /** JSON-LD publisher. */
  publisher: string | null;
  /** Canonical link, else og:url: a date in its path is evidence too. */
  url: string | null;
  /** The canonical link and og:url as written, for the original-address link (original-url.ts). */
  canonical: string | null;
  ogUrl: string | null;
  /** Short visible lines between the headline and the content, and right after the content. */
  headerLines: string[];
  trailerLines: string[];
  /** Visible lines anywhere on the page giving a reprint's original headline (原标题：…). */
  originalTitles: string[];
  /** The titles the page declares as written (og:title, twitter:title, <title>), unsplit. */
  declaredTitles?: string[];
  /** What inline scripts say (script-data.ts): evidence after JSON-LD and meta tags. */
  script: ScriptFacts;
  /** The owner the page's footer names (© 2025 X 版权所有): the site's name when no tag gives it. */
  copyrightHolder?: string | null;
  /**
   * The site's name for the own-site source: siteName, but a <title> part is trusted only at the
   * end or as one of two parts ("标题 - 站名 - 频道" picked by coverage may be the headline).
   */
  ownSiteName?: string | null;
  /** og:site_name as the page declares it: a site's own short name (豆瓣) is trusted there. */
  siteNameTag?: string | null;
  /**
   * The <title>'s site part when a tag (og:site_name, application-name, the JSON-LD publisher)
   * names the site the same way: two declarations agreeing confirm a short name (简书) as the
   * footer's copyright holder does.
   */
  titleSiteEcho?: string | null;
}

const MODIFIED_KEYS = ["article:modified_time", "og:updated_time", "dateupdate", "lastmodifiedtime", "weibo:article:update_at", "datemodified"];
const DATE_KEYS = [
  "firstpublishedtime",
  "article:published_time", "og:article:published_time", "article:published", "og:published_time", "publishdate",
  "publish_date", "publish-date", "pubdate", "publishtime", "publish_time", "pubtime", "datepublished",
  "dc.date.issued", "dc.date", "sailthru.date", "og:release_date", "release_date", "article:create_at", "weibo:article:create_at",
  // a journal paper's Highwire/Google Scholar tags (citation_title, citation_author… beside them)
  "citation_publication_date", "citation_date", "citation_online_date",
];
// Last resort, when nothing above dates the page: a meta named by a system's own prefix and
// "date" (an e-paper's <meta name="xxx-date" content="2025-09-25">, the edition's day), never one
// naming a change, an expiry or a validity.
const PREFIXED_DATE_KEY = /^[a-z][a-z0-9]*[-_.:]date$/;
const NOT_PUBLISHED_KEY = /modif|updat|expir|revis|valid|birth|event|start|end/;
function dateNamedMetas(meta: Map<string, string>): string[] {
  return [...meta].filter(([k]) => PREFIXED_DATE_KEY.test(k) && !NOT_PUBLISHED_KEY.test(k)).map(([, v]) => v);
}
/** A news section's name (新闻中心, 公司动态, 媒体报道, Newsroom): what a company site's CMS sets before the headline. */
const SECTION_FIRST = /^(?:新闻|公司|企业|集团|行业|媒体|最新|官方)?(?:新闻|动态|资讯|报道|公告|新闻稿)(?:中心|动态|资讯|报道|发布)?$|^(?:newsroom|news|press(?: releases?)?|media center)$/i;
// A single dash before a short tail; "——" inside a title is a Chinese dash, not a separator.
const SUFFIX_SITE = /^(.{4,}?[^-–—])\s*[-–—]\s*([^-–—]{2,16})$/;
const SUBTITLE_DASH = /^\s*(?:——|—|--|－－)/;
const NEARBY_LINES = 15;
const DATE_LABEL = /(?:发布|发表|更新|出版)?(?:时间|日期)\s*[:：]/;
const BYLINE_CLASS = /author|byline|writer|zuozhe|(?:^|[\s_-])credits(?:$|[\s_-])/i;
// The writer's card's description or signature (author-desc, author-intro, author-bio): a line about the writer, no name.
const DESCRIPTION_CLASS = /desc|intro|(?:^|[\s_-])(?:bio|sign|signature|summary)(?:$|[\s_-])/i;
const HEADER_LINES = 8;
const TRAILER_LINES = 6;
/** A linked line this long is a headline, not a button (查看评论). */
const LINKED_HEADLINE_MIN = 8;
// The page's own address (转发请注明本文链接：https://…), its pager (1 2 下一页 余下全文) and its tags
// (标签 X Y) are linked lines under the body that are no other article's headline.
const NOT_A_HEADLINE = /^\s*(?:标签|关键词|关键字|tags?(?![a-z]))|https?:|www\.|(?:^|\s)\d{1,3}\s+\d{1,3}(?:\s|$)|上一页|下一页|余下全文|阅读全文|查看全文/i;
const LINE_MAX = 150;
// 报道：X / 报导：X is a label only before its colon (report-field-label.ts).
const LABEL = new RegExp(`^(?:${REPORT_FIELD_LABEL.source}|作者|撰文|文|记者|编辑|来源|author|by)\\s*[:：|｜/]?\\s*`, "i");

type Kind = "headline-near" | "headline" | "meta" | "title-tag";
interface Candidate {
  text: string;
  kind: Kind;
  /** The element a page line's candidate stands in (its block's owner): two lines of one heading share it. */
  owner?: ElementStat;
}

const BASE: Record<Kind, number> = { "headline-near": 2, headline: 0.5, meta: 1.5, "title-tag": 1 };

/** Adjacent pairs of the folded letters and digits, each as its two code units in one number (no string per pair). */
function bigrams(text: string): Set<number> {
  return codeUnitPairs(foldForCompare(text).replace(/[^\p{L}\p{N}]/gu, ""));
}

function dice(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let hit = 0;
  for (const g of a) if (b.has(g)) hit++;
  return (2 * hit) / (a.size + b.size);
}

function covered(a: Set<number>, b: Set<number>): number {
  if (a.size === 0) return 0;
  let hit = 0;
  for (const g of a) if (b.has(g)) hit++;
  return hit / a.size;
}

/**
 * <title> split into its headline and site parts ("标题_网站名", "标题 - 频道 - 网站", and the
 * reverse order "网站--标题"). The site part is whichever end the content mentions least.
 */
/** Coverage by the content at which a <title> part may be the site's name as well as the headline. */
const SITE_COVERED = 0.5;
/** Characters a headline has at the least, next to a short site name. */
const HEADLINE_MIN = 8;

function splitTitleTag(title: string, contentGrams: Set<number>, keywords: string[] = []): { parts: string[]; site: string | null } {
  // "… - 开发者论坛 - Powered by X": a forum engine's credit in the <title> is neither headline nor site.
  let parts = title.split(TITLE_SEPARATORS).map((p) => p.trim()).filter((p) => p.length > 0 && !/^powered by\b/i.test(p));
  // "标题_模型_训练_客户" beside keywords "模型,训练,客户,…": a platform appends the page's first tags
  // to the headline; a run of tags names no site.
  if (parts.length >= 3 && parts.slice(1).every((p, i) => p === keywords[i])) return { parts: [parts[0]!], site: null };
  // "独家｜字节Seed团队再迎大将": a column's tag before the headline is neither the site nor the headline.
  if (parts.length >= 2 && COLUMN_PREFIX.test(parts[0]!)) {
    parts = parts.slice(1);
    if (parts.length === 1) return { parts, site: null };
  }
  // "公司动态 - headline - company": a site's section opening a title of three parts or more (a company
  // newsroom's CMS) is neither headline nor site; the site is then the other end.
  if (parts.length >= 3 && SECTION_FIRST.test(parts[0]!)) parts = parts.slice(1);
  if (parts.length < 2) {
    const m = title.match(SUFFIX_SITE);
    if (!m) return { parts: [title], site: null };
    parts = [m[1]!.trim(), m[2]!.trim()];
  }
  const [head, tail] = [parts[0]!, parts[parts.length - 1]!];
  const first = covered(bigrams(head), contentGrams);
  const last = covered(bigrams(tail), contentGrams);
  // The content may name the site whole (来源：南州日报, a logo's <h1>, the footer) while it echoes
  // the headline only in part: when the content covers both ends well, the site is the short name
  // and the headline the part several times its length.
  const [hl, tl] = [head.replace(/\s/g, "").length, tail.replace(/\s/g, "").length];
  if (Math.min(first, last) >= SITE_COVERED && Math.max(hl, tl) >= HEADLINE_MIN && Math.max(hl, tl) >= 2 * Math.min(hl, tl)) {
    return { parts, site: hl < tl ? head : tail };
  }
  return { parts, site: first < last ? head : tail };
}

function pickTitle(candidates: Candidate[], contentGrams: Set<number>, siteName: string | null): string | null {
  const grams = candidates.map((c) => bigrams(c.text));
  // dice is symmetric: each pair's is computed once, at its first use, and read both ways.
  const n = candidates.length;
  const pairDice = new Map<number, number>();
  const diceOf = (i: number, j: number) => {
    const k = i < j ? i * n + j : j * n + i;
    let d = pairDice.get(k);
    if (d === undefined) pairDice.set(k, (d = dice(grams[i]!, grams[j]!)));
    return d;
  };
  const site = siteName ? foldForCompare(siteName) : null;
  let best: { text: string; score: number; kind: Kind } | null = null;
  candidates.forEach((c, i) => {
    const len = c.text.replace(/\s/g, "").length;
    let score = BASE[c.kind];
    let agree = 0;
    candidates.forEach((o, j) => {
      if (o.kind !== c.kind || (c.kind !== "headline" && c.kind !== "headline-near")) {
        if (j !== i) agree = Math.max(agree, diceOf(i, j));
      }
    });
    score += 3 * agree + 2 * covered(grams[i]!, contentGrams);
    if (len < 4) score -= 4;
    else if (len >= 8 && len <= 60) score += 1;
    if (len > 100) score -= 3;
    if (site && foldForCompare(c.text) === site) score -= 5;
    if (/^[\d\s:：\-/.年月日]+$/.test(c.text)) score -= 5;
    // "——访X主任Y" under the headline is its subtitle: a headline never opens with a dash.
    if (SUBTITLE_DASH.test(c.text)) score -= 5;
    // The header's fields line (2011-12-08 作者：记者 X 来源：Y), styled like a headline in a table cell.
    if (c.kind !== "meta" && c.kind !== "title-tag" && isMetadataLine(c.text)) score -= 5;
    // A run of keywords joined by separators is an SEO line (logo text), not a headline.
    const separators = c.text.match(/[_|｜]/g)?.length ?? 0;
    if (separators > 0) score -= separators >= 2 ? 3 : 1;
    if (!best || score > best.score) best = { text: c.text, score, kind: c.kind };
  });
  if (best === null) return null;
  const picked = best as { text: string; kind: Kind };
  // <title> joins the headline and its ——subtitle, which the page sets as a heading of its own.
  const subtitle = candidates.find((c) => c.kind !== "meta" && c.kind !== "title-tag" && SUBTITLE_DASH.test(c.text) && picked.text.endsWith(c.text.trim()));
  const chosen = subtitle && picked.text.length - subtitle.text.trim().length >= 4 ? picked.text.slice(0, -subtitle.text.trim().length).trim() : picked.text;
  // og:title or <title> cut short of the page's headline ("X" over "X，内置Y"): the headline shown is whole.
  const head = foldForCompare(chosen);
  const whole = candidates.find((c) => {
    if (c.kind !== "headline" && c.kind !== "headline-near") return false;
    const t = foldForCompare(c.text);
    return t.length > head.length && t.length <= head.length + HEADLINE_TAIL_MAX && t.startsWith(head) && /^[\s,，:：;；]/.test(t.slice(head.length));
  });
  if (whole) return whole.text;
  // A headline set over two lines of its element (中文<br><small>English</small>), each line a
  // candidate of its own: the declared title that joins the two is the headline whole, not the
  // line that scored best.
  if (picked.kind === "headline" || picked.kind === "headline-near") {
    const heads = candidates.filter((c) => c.kind === "headline" || c.kind === "headline-near");
    const lines = heads.map((c) => foldForCompare(c.text));
    const joins = new Set(lines.slice(1).map((t, k) => lines[k]! + t));
    const joined = candidates.find((c) => (c.kind === "meta" || c.kind === "title-tag") && joins.has(foldForCompare(c.text)) && foldForCompare(c.text).includes(foldForCompare(picked.text)));
    if (joined) return translatedPair(heads, lines, foldForCompare(joined.text)) ?? joined.text;
    // "X原创" over og:title "X": a column's tag (原创, 独家) set in the headline element, glued to it.
    const declared = candidates.find((c) => {
      if (c.kind !== "meta" && c.kind !== "title-tag") return false;
      const t = foldForCompare(c.text);
      return t.length >= 4 && head.startsWith(t) && COLUMN_PREFIX.test(head.slice(t.length).trim());
    });
    if (declared) return declared.text;
  }
  return chosen;
}
const HAN = /\p{Script=Han}/u;
/** An English headline: three words or more (a product's name alone, iPhone 17 Pro, is a part of the Chinese one). */
const LATIN_PHRASE = /^[A-Za-z0-9'’,:.!?&-]+(?:\s+[A-Za-z0-9'’,:.!?&-]+){2,}$/;

/**
 * A bilingual page's <title> joins its Chinese headline and the English translation the page sets
 * as a heading of its own under it (<h1> in Chinese, <h2> in English): two
 * elements, not one headline over two lines, so the headline is the Chinese one. `folded` is the
 * heads' texts as pickTitle already folded them for its joins.
 */
function translatedPair(heads: Candidate[], folded: string[], joined: string): string | null {
  for (let k = 0; k + 1 < heads.length; k++) {
    const [han, latin] = [heads[k]!, heads[k + 1]!];
    if (folded[k]! + folded[k + 1]! !== joined) continue;
    const t = latin.text.trim();
    if (han.owner !== undefined && han.owner !== latin.owner && HAN.test(han.text) && !HAN.test(t) && LATIN_PHRASE.test(t)) return han.text;
  }
  return null;
}

/** Characters a headline may run on past the shortened title a meta tag gives. */
const HEADLINE_TAIL_MAX = 30;

// A byline element may open with another field before the writer's label (本文栏目：X 作者：Y):
// the name is the one after the label, not the column's.
const LATER_WRITER_LABEL = /(?:作者|撰文|记者)\s*[:：]/;

function cleanName(raw: string | undefined, siteName: string | null): string | null {
  if (!raw) return null;
  if (/https?:|www\.|\.com/i.test(raw)) return null;
  const later = raw.search(LATER_WRITER_LABEL);
  const name = (later > 0 && /[:：]/.test(raw.slice(0, later)) ? raw.slice(later) : raw)
    .replace(LABEL, "")
    .replace(/[\s\u00a0]+/g, " ")
    .split(/\s*(?:发布|发表|时间|来源|日期|阅读|浏览)\s*[:：]/)[0]!
    // "韩松·2025-12-03 11:48": a byline element holding the name and then its date, after a dot or a bar
    .split(/\s*[·•|｜丨]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d/)[0]!
    .replace(/\s*(?:关注|\+\s*关注)$/, "")
    .trim();
  if (name.length < 2 || name.length > 30) return null;
  // An editor line, a bare number or "unknown" names no author.
  if (/编辑|责编|^\d+$|^(?:未知|佚名|unknown|admin)$/i.test(name)) return null;
  if (siteName) {
    // The site naming itself as author (网易 on 网易新闻) says nothing about the writer.
    const [n, site] = [foldForCompare(name), foldForCompare(siteName)];
    if (n === site || (n.length >= 2 && site.includes(n))) return null;
  }
  return name;
}

function firstDate(values: (string | undefined)[]): string | null {
  for (const v of values) {
    const d = v ? normaliseDate(v) : null;
    if (d) return d;
  }
  return null;
}

/**
 * Lines shortly above the content that are mostly a date (or a labelled date): the header of an
 * article whose headline is not a heading element, so the header was not widened in.
 */
const DAYTIME_WORDS = /[（(]\s*北京时间\s*[）)]|北京时间|[上下]午|凌晨|中午|晚上|早上/g;

// A date badge set in two elements, the day large and the year-month small beside it
// (<span>05</span><span>2025-01</span>, or the year-month first), reads as one run of digits: the
// line holds nothing else.
const DAY_THEN_MONTH = /^\s*(\d{1,2})\s*((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*$/;
const MONTH_THEN_DAY = /^\s*((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s+(\d{1,2})\s*$/;

function badgeDate(text: string): string | null {
  const d = text.match(DAY_THEN_MONTH);
  const m = d ? null : text.match(MONTH_THEN_DAY);
  const [y, mo, day] = d ? [d[2]!, d[3]!, d[1]!] : m ? [m[1]!, m[2]!, m[3]!] : [];
  return y ? `${y}-${mo!.padStart(2, "0")}-${day!.padStart(2, "0")}` : null;
}

function nearbyDateLines(blocks: PageBlock[], start: number): string[] {
  const out: string[] = [];
  for (let i = start - 1; i >= 0 && i >= start - NEARBY_LINES; i--) {
    const b = blocks[i]!;
    if (b.hidden || b.prose) continue;
    const badge = badgeDate(b.text);
    if (badge) {
      out.push(badge);
      continue;
    }
    // A time of day and its zone in words (下午5:30（北京时间）) belong to the date, not to the rest of the line.
    const text = b.text.replace(DAYTIME_WORDS, "");
    const m = text.match(/(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}[^\u4e00-\u9fff]{0,12}/);
    if (m && (DATE_LABEL.test(b.text) || m[0].replace(/\s/g, "").length * 2 >= Math.min(b.chars, text.replace(/\s/g, "").length))) out.push(b.text);
  }
  return out;
}

const STYLED_WINDOW = 6;

const isFieldsLine = (b: PageBlock) => !b.hidden && b.chars <= 80 && isMetadataLine(b.text);

/**
 * A headline that is no heading element and that no declared title names (the <title> is only the
 * site's name): the short line without links right above the header's fields line (date, 作者,
 * 来源), which is where every news page prints its headline.
 */
function overFieldsLine(blocks: PageBlock[], start: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = Math.max(1, start - STYLED_WINDOW); i < Math.min(blocks.length, start + 3); i++) {
    if (!isFieldsLine(blocks[i]!)) continue;
    const above = blocks[i - 1]!;
    // A table's row of label and value cells (索引号：… 主题分类：…) over the next row of fields is no headline.
    if (!above.hidden && !above.row && above.heading === 0 && above.linkChars === 0 && !above.prose && above.chars >= 6 && above.chars <= 60 && !isFieldsLine(above)) {
      out.push({ text: above.text, kind: "headline-near" });
    }
  }
  return out;
}

/**
 * A headline that is no heading element (a <div class="title">, a <font><b> in a table cell)
 * shows itself by agreeing with the <title> or og:title: a short line without links just above
 * the content whose text contains one of those headlines, or is contained in one (the <title>
 * adds a department, the page shows the headline alone).
 */
function styledHeadlines(blocks: PageBlock[], start: number, declared: Candidate[]): Candidate[] {
  const heads = declared.filter((c) => c.kind === "meta" || c.kind === "title-tag").map((c) => foldForCompare(c.text)).filter((t) => t.length >= 4);
  if (heads.length === 0) return [];
  const out: Candidate[] = [];
  for (let i = Math.max(0, start - STYLED_WINDOW); i < Math.min(blocks.length, start + 3); i++) {
    const b = blocks[i]!;
    if (b.hidden || b.heading > 0 || b.linkChars > 0 || b.chars < 6 || b.chars > 80) continue;
    const t = foldForCompare(b.text);
    if (heads.some((h) => t.includes(h) || (h.includes(t) && t.length * 2 >= h.length))) out.push({ text: b.text, kind: "headline-near" });
  }
  return out;
}

// A platform's self-media account (扬眼企鹅号) in the author element is the account's own post there, no outlet's credit.
const PLATFORM_ACCOUNT = /(?:企鹅号|百家号|头条号|网易号|搜狐号|大鱼号|一点号|澎湃号|公众号)$/u;

/** The headline's own line: the title, or the title after a column's tag (独家｜X) that the title left out. */
function isHeadlineBlock(text: string, title: string): boolean {
  if (text === title) return true;
  if (!text.endsWith(title)) return false;
  const tag = text.slice(0, -title.length).replace(/[\s|｜丨:：]+$/u, "");
  return COLUMN_PREFIX.test(tag) || isTaggedHeadline(text, title);
}

const QUESTION_CLASS = /(?:^|[\s_-])(?:question|ask|wen)(?:$|[\s_-])/i;
const ANSWER_CLASS = /(?:^|[\s_-])(?:answer|reply|da)(?:$|[\s_-])/i;
/** A line that is only a date and time (2026-11-27 09:05, 2026年11月27日). */
const TIME_ONLY = /^\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/** The nearest class-naming element at or above a block's owner, up to a few levels. */
function classedAncestor(owner: ElementStat, re: RegExp): ElementStat | null {
  let s: ElementStat | null = owner;
  for (let k = 0; s && k < 3; k++, s = s.parent) if (re.test(s.el.attribs?.class ?? "")) return s;
  return null;
}

/**
 * A page of one question and its answer, each with its own time (问 … 2026-11-25 14:32, 答 …
 * 2026-11-27 09:05): the answer made the page, so its time dates it, as a QAPage's accepted answer
 * does (head-meta.ts). Both elements must say what they are by class, the question's first.
 */
function answerTimeLine(blocks: PageBlock[], choice: ContentChoice): string | null {
  let question: ElementStat | null = null;
  for (const i of choice.indices) {
    const b = blocks[i]!;
    if (!question) {
      question = b.prose ? classedAncestor(b.owner, QUESTION_CLASS) : null;
      continue;
    }
    const answer = classedAncestor(b.owner, ANSWER_CLASS);
    if (answer && answer !== question && answer.parent === question.parent && TIME_ONLY.test(b.text)) return b.text;
  }
  return null;
}

/** The content's first prose block, else its first block. */
function firstProseOf(blocks: PageBlock[], choice: ContentChoice): number {
  return choice.indices.find((i) => blocks[i]!.prose) ?? choice.indices[0] ?? 0;
}

/** The headline's line nearest above `firstProse`, at most 3 × HEADER_LINES lines up; -1 when none (or no title). */
function headlineAbove(blocks: PageBlock[], firstProse: number, title: string | null): number {
  if (!title) return -1;
  const folded = foldForCompare(title);
  for (let i = firstProse - 1; i >= 0 && i >= firstProse - 3 * HEADER_LINES; i--) if (isHeadlineBlock(foldForCompare(blocks[i]!.text), folded)) return i;
  return -1;
}

/** Indices of the short visible lines from the headline (or the content's start) down to its first prose block. */
function headerIdxOf(blocks: PageBlock[], choice: ContentChoice, title: string | null): number[] {
  const firstProse = firstProseOf(blocks, choice);
  let from = headlineAbove(blocks, firstProse, title);
  if (from === -1) from = Math.max(choice.indices[0] ?? 0, firstProse - HEADER_LINES) - 1;
  const out: number[] = [];
  for (let i = from + 1; i < firstProse && out.length < HEADER_LINES; i++) {
    const b = blocks[i]!;
    if (!b.hidden && b.chars <= LINE_MAX) out.push(i);
  }
  return out;
}

// "posted @ 2025-01-05 09:30 X 阅读(120) 评论(3)", "发表于 2025-01-05 X": a blog's post line, which
// its theme prints under the post's category, tags, buttons and author card, past the trailer's lines.
const POST_LINE = /^\s*(?:posted\s*(?:@|at|on)?|发表于|发布于)\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}/i;
const POST_LINE_REACH = 24;

/** The post line under the body (POST_LINE), before any comment section, with the name it links to. */
function postLineAfter(blocks: PageBlock[], choice: ContentChoice): { line: string; name: string | null } | null {
  const prose = choice.indices.filter((i) => blocks[i]!.prose);
  const last = prose[prose.length - 1];
  if (last === undefined) return null;
  for (let i = last + 1; i < blocks.length && i <= last + POST_LINE_REACH; i++) {
    const b = blocks[i]!;
    if (b.hidden) continue;
    if (sectionMarker(foldForCompare(b.text))?.kind === "comment") return null;
    if (b.chars > LINE_MAX || !POST_LINE.test(b.text)) continue;
    const link = firstLink(b.owner.el);
    const name = link ? spacedText(link) : "";
    return { line: b.text, name: name.length >= 2 && name.length <= HANDLE_MAX && b.text.includes(name) && !/\d/.test(name) ? name : null };
  }
  return null;
}

/** Short visible lines right after the content's last prose block. */
function trailerLinesOf(blocks: PageBlock[], choice: ContentChoice): string[] {
  const prose = choice.indices.filter((i) => blocks[i]!.prose);
  const last = prose[prose.length - 1];
  if (last === undefined) return [];
  const out: string[] = [];
  for (let i = last + 1; i < blocks.length && out.length < TRAILER_LINES; i++) {
    const b = blocks[i]!;
    // A linked headline (another article's, in a list under the body) ends the trailer: the date
    // under it is that article's (a topic page's entries carry theirs, the page none).
    if (!b.hidden && b.chars >= LINKED_HEADLINE_MIN && b.linkChars * 2 > b.chars && (b.heading > 0 || b.listItem) && !NOT_A_HEADLINE.test(b.text)) break;
    // A comment section's heading (评论列表:, 全部评论) ends it too: the times under it are the comments'.
    if (!b.hidden && sectionMarker(foldForCompare(b.text))?.kind === "comment") break;
    if (!b.hidden && b.chars <= LINE_MAX) out.push(b.text);
  }
  return out;
}

/**
 * "站名 - 频道 - 标题": a <title> opening with the site's part, which the footer's rights line names
 * too (版權所有 © 站名有限公司): the opening part is the site's, as the last one is elsewhere.
 */
function rightsLineNamesOpeningSite(blocks: PageBlock[], site: string | null, opening: string): boolean {
  if (site !== opening || site.length < 2) return false;
  return blocks.some((b) => !b.hidden && b.chars <= LINE_MAX && /版权所有|版權所有|©|copyright/i.test(b.text) && b.text.includes(site));
}

// A table row of label cells and value cells without colons (机构 | X | 研究员 | A,B): the labels a
// report's or a notice's header gives its fields. Two of them at least, each opening its pair.
const CELL_LABEL = /^(?:来源|作者|记者|编辑|责编|日期|时间|发布时间|发布日期|机构|研究机构|发布机构|研究员|分析师|行业|评级|类型|页数|栏目|分类)$/u;

function labelCellsRow(text: string): string {
  const cells = text.trim().split(/\s+/);
  if (cells.length < 4 || cells.length % 2 !== 0) return text;
  const labels = cells.filter((_, i) => i % 2 === 0);
  if (!labels.every((l) => CELL_LABEL.test(l)) || cells.some((c) => /[:：]/.test(c))) return text;
  return labels.map((l, k) => `${l}：${cells[2 * k + 1]}`).join(" ");
}

const HOSTNAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
const ADDRESS_REACH = 4;

/**
 * A page saved from a reader or a mirror prints the original's host over the headline as a link
 * to the original (<a href="https://www.x.com/2025/01/05/…">www.x.com</a>): with no canonical link
 * declared, that address is the page's own.
 */
function ownAddressLink(blocks: PageBlock[], start: number): string | null {
  for (let i = Math.max(0, start - ADDRESS_REACH); i < Math.min(blocks.length, start + ADDRESS_REACH); i++) {
    const b = blocks[i]!;
    const host = b.text.trim();
    if (b.hidden || !HOSTNAME.test(host)) continue;
    const link = firstLink(b.owner.el);
    const href = link?.attribs.href ?? "";
    const m = href.match(/^https?:\/\/([^/?#]+)\//i);
    if (m && m[1]!.toLowerCase() === host.toLowerCase()) return href;
  }
  return null;
}

export interface PageExtras {
  /** Canonical link of the page, when it has one. */
  canonical: string | null;
  /**
   * The article's text when it came from the page's state script (script-body.ts): the visible
   * content is then a skeleton, whose words cannot tell the headline from the site in <title>.
   */
  scriptArticle?: string;
  /** The poster of the first post of a thread read from the state script (thread-poster.ts). */
  scriptPoster?: string | null;
}

const SOURCE_ELEMENT = /(?:^|[\s_-])(?:source|laiyuan|media-?name)(?:$|[\s_-])/i;
const SOURCE_SCAN_BUDGET = 200;
const SOURCE_ELEMENT_LEAD = /^[\s·•|｜丨/／\-–—]*(?:来自|来源于?|出处)?\s*/u;
const CLIENT_DEVICE = /(?:客户端|手机|iphone|android|ipad|网页版|app)$/i;

/**
 * Texts of the elements inside one header line whose class or id names them the source
 * (<a class="source">参考消息</a> beside the date), or another field with `marks` (the byline's). Only header lines are searched: the same class
 * marks the outlets of related-article lists further down.
 */
function sourceElementsIn(owner: Element, marks: RegExp = SOURCE_ELEMENT): string[] {
  const out: string[] = [];
  let budget = SOURCE_SCAN_BUDGET;
  const visit = (node: AnyNode) => {
    if (budget-- <= 0 || !("children" in node)) return;
    for (const child of node.children as AnyNode[]) {
      if (child.type !== "tag") continue;
      const a = (child as Element).attribs;
      if (marks.test(`${a.class ?? ""} ${a.id ?? ""}`)) {
        const text = spacedText(child);
        if (text) out.push(text);
      } else visit(child);
    }
  };
  const a = owner.attribs ?? {};
  if (marks.test(`${a.class ?? ""} ${a.id ?? ""}`)) out.push(spacedText(owner));
  visit(owner);
  return out;
}

/** The text of the first link inside the element when the element, or an ancestor up to it, is marked. */
function firstLinkOfMarked(owner: Element, marks: RegExp): string[] {
  const a = owner.attribs ?? {};
  if (!marks.test(`${a.class ?? ""} ${a.id ?? ""}`)) return [];
  const link = firstLink(owner);
  const text = link ? spacedText(link) : "";
  return text ? [text] : [];
}

// A user's display name by its class (avatar__name, user-name, nickname), linked to the user's own page.
const USER_NAME_CLASS = /(?:^|[\s_-])(?:avatar_*-*name|user-?name|nick-?name|uname)(?:$|[\s_-])/i;
const USER_PAGE = /\/(?:u|user|users|people|member|space|home)\/[\w-]+\/?$|[?&]uid=\d+/i;
const HANDLE_MAX = 20;

/**
 * The user a header line names by a link to the user's own page classed as their display name (a
 * column post's <a class="avatar__name" href="/u/123">): on a user-content page the poster wrote
 * it, a handle as much as a name (as a forum's poster is).
 */
function headerUserLink(owner: Element): string | null {
  const link = findFirst(owner, (el) => el.name === "a" && USER_NAME_CLASS.test(`${el.attribs.class ?? ""}`) && USER_PAGE.test(el.attribs.href ?? ""));
  const text = link ? spacedText(link) : "";
  return text.length >= 2 && text.length <= HANDLE_MAX && !/\s/.test(text) ? text : null;
}

/** A full date (2026-11-30, 2026年11月30日): the post's time near its poster's name. */
const POST_DATE = /(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}|^\s*(?:\d{1,2}\s*(?:分钟|小时|天)前|刚刚|昨天|前天)/;
const POSTER_TO_TIME = 2;

/**
 * The poster a header line links to (headerUserLink), when the post's time stands on that line or
 * the next two: a name linked beside no time is a card's (a page of user cards is no post).
 */
function postedBy(blocks: PageBlock[], lineIdx: number[]): string | null {
  for (let k = 0; k < lineIdx.length; k++) {
    const name = headerUserLink(blocks[lineIdx[k]!]!.owner.el);
    if (name && lineIdx.slice(k, k + POSTER_TO_TIME + 1).some((i) => POST_DATE.test(blocks[i]!.text))) return name;
  }
  return null;
}

const CARD_ABOVE = 4;

/**
 * The few lines right over the headline (a community post's author row: the user's linked name,
 * the time, counts, over the <h1>), when the headline's line is found above the first prose block.
 */
function cardAbove(blocks: PageBlock[], choice: ContentChoice, title: string | null): number[] {
  const headline = headlineAbove(blocks, firstProseOf(blocks, choice), title);
  // a headline on the page's first line has no card over it
  if (headline < 1) return [];
  const out: number[] = [];
  for (let i = headline - 1; i >= 0 && out.length < CARD_ABOVE; i--) if (!blocks[i]!.hidden) out.unshift(i);
  return out;
}

function findFirst(node: AnyNode, test: (el: Element) => boolean): Element | null {
  if (!("children" in node)) return null;
  for (const child of node.children as AnyNode[]) {
    if (child.type !== "tag") continue;
    if (test(child as Element)) return child as Element;
    const deeper = findFirst(child, test);
    if (deeper) return deeper;
  }
  return null;
}

/**
 * The <title>'s site part, when the page confirms it: og:site_name says the same, or (a short Han
 * name with nothing declared) the link home names it (home-link.ts).
 */
function titleSiteEcho(declaredSite: string | null, site: string | null, blocks: PageBlock[]): string | null {
  if (!site) return null;
  if (declaredSite) return foldForCompare(declaredSite) === foldForCompare(site) ? site : null;
  // Only the names own-site-source.ts will not take alone, so most pages are not walked again.
  if (!/^\p{Script=Han}{2}$/u.test(site.trim())) return null;
  // The document the blocks were read from (the walk does not detach nodes): the logo is outside the content.
  let root: AnyNode | undefined = blocks[0]?.owner.el;
  while (root?.parent) root = root.parent;
  return root && homeLinkNames(root, site) ? site : null;
}

function textOf(node: AnyNode): string {
  if (node.type === "text") return (node as unknown as { data: string }).data;
  return "children" in node ? (node.children as AnyNode[]).map(textOf).join("") : "";
}

/** The node's text with each run of whitespace one space, trimmed: a link's or a name's words as shown. */
function spacedText(node: AnyNode): string {
  return textOf(node).replace(/[\s\u00a0\u3000]+/g, " ").trim();
}

/** The element's first link, depth first: the name or address a line's link gives. */
function firstLink(node: AnyNode): Element | null {
  return findFirst(node, (el) => el.name === "a");
}

/** A follow button's whole text (关注, + 关注, ＋关注). */
const FOLLOW_BUTTON = /^[+＋]?\s*关注\s*$/;
const CARD_MAX_BLOCKS = 6;
const ACCOUNT_MAX = 20;

function holdsFollowButton(node: AnyNode, budget = { left: 200 }): boolean {
  if (budget.left-- <= 0 || !("children" in node)) return false;
  for (const child of node.children as AnyNode[]) {
    if (child.type !== "tag") continue;
    const text = textOf(child);
    if (text.length <= 8 && FOLLOW_BUTTON.test(text.replace(/[\s\u00a0\u3000]+/g, " "))) return true;
    if (holdsFollowButton(child, budget)) return true;
  }
  return false;
}

/**
 * A publishing account's counts (1.2万文章, 粉丝 8.6万, 3087万总阅读): two of them make a box the
 * account's card even with no follow button. Not a forum poster's (帖子, 积分, 威望), who is the
 * thread's writer.
 */
const ACCOUNT_COUNT = /(?:[\d.]+\s*[万亿wW]?\s*(文章|粉丝|总阅读|获赞)|(文章|粉丝|总阅读|获赞)\s*[\d.]+\s*[万亿wW]?)/g;

function holdsAccountCounts(node: AnyNode): boolean {
  const words = new Set([...textOf(node).matchAll(ACCOUNT_COUNT)].map((m) => m[1] ?? m[2]));
  return words.size >= 2;
}

/** What a card says of site staff, who post pages and write none of them. */
const STAFF_CARD = /编辑|小编|管理员|运营/;

/**
 * The account of the page's follow card: a short linked name, no digits, in a box of a few lines
 * that holds a 关注 button or two of an account's counts (the account's card beside a self-media
 * article). Outside the content and outside regions that name themselves boilerplate (a feed's
 * items have their own accounts);
 * two cards naming different accounts name none. A card below the article that names itself the
 * author's (<div class="author-box">, <a class="author-name">) around a person's name is the
 * writer's card closing a media site's article: that name is the writer, no account (`writer`),
 * unless the card calls them the site's editor (本站编辑, 小编), who posted the page and wrote
 * nothing. Over the article, beside its time, such a card is a self-media platform's account.
 */
function followedCard(blocks: PageBlock[], content: Set<number>): { name: string; writer: boolean; index: number } | null {
  let found: { name: string; writer: boolean; index: number } | null = null;
  const contentEnd = Math.max(-1, ...content);
  // A card's first linked name is its account; a later link in it is an action (查看TA的文章).
  const named = new Set<ElementStat>();
  // Indexed: entries() made an iterator result and an [i, b] pair for every block of the page.
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (content.has(i) || b.hidden || b.prose || b.chars < 2 || b.chars > ACCOUNT_MAX) continue;
    if (b.owner.insideBoilerplate || b.owner.structural || /\d/.test(b.text)) continue;
    // The linked name may run on into a badge set beside it without a space (数字化老周优质科技领域创作者):
    // a line opening with its link is that link's name.
    const name = b.linkChars * 2 > b.chars ? b.text.trim() : openingLink(b);
    if (!name) continue;
    let card: ElementStat | null = b.owner.parent;
    for (let up = 0; card && up < 2 && card.blockEnd - card.blockStart <= CARD_MAX_BLOCKS; up++, card = card.parent) {
      if (named.has(card)) break;
        if (!holdsFollowButton(card.el) && !holdsAccountCounts(card.el)) continue;
      named.add(card);
      if (found !== null && found.name !== name) return null;
      const writer: boolean = i > contentEnd && looksLikePerson(name) && marksUpTo(b.owner, card, BYLINE_CLASS) && !STAFF_CARD.test(textOf(card.el));
      found = { name, writer, index: i };
      break;
    }
  }
  return found;
}

/** The text of the block's first link when the block's text opens with it (2 characters or more). */
function openingLink(b: PageBlock): string | null {
  if (b.linkChars < 2) return null;
  const link = firstLink(b.owner.el);
  const text = link ? spacedText(link) : "";
  return text.length >= 2 && b.text.trim().startsWith(text) ? text : null;
}

/** Does an element from `from` up to `to` carry a class or id the marks name? */
function marksUpTo(from: ElementStat, to: ElementStat, marks: RegExp): boolean {
  for (let at: ElementStat | null = from; at; at = at.parent) {
    const a = at.el.attribs ?? {};
    if (marks.test(`${a.class ?? ""} ${a.id ?? ""}`)) return true;
    if (at === to) return false;
  }
  return false;
}

/**
 * A JSON-LD author the page types a Person (a newsletter's writer, a blog's): a pen name of any shape
 * (许知远行) is a person's then, as a microdata Person's is, unless it ends in a publisher's word
 * (an outlet filed as a Person by its CMS). Only one: a list is left to the byline.
 */
function penName(persons: string[]): string | null {
  const distinct = [...new Set(persons)];
  return distinct.length === 1 && !endsLikeOutlet(distinct[0]!) ? distinct[0]! : null;
}

export function pageHints(head: HeadMeta, blocks: PageBlock[], choice: ContentChoice, extras: PageExtras = { canonical: null }): PageHints {
  const m = head.meta;
  // Lines of the article's header: those widened in above the first prose block of the content.
  const firstProse = choice.indices.findIndex((i) => blocks[i]!.prose);
  const headerIdx = firstProse > 0 ? choice.indices.slice(0, firstProse) : [];
  const contentText = extras.scriptArticle ?? choice.indices.map((i) => blocks[i]!.text).join("");
  const contentGrams = bigrams(contentText.slice(0, 5000));
  const keywords = (m.get("keywords") ?? "").split(/[,，、]/).map((k) => k.trim());
  const titleTag = head.titleTag ? (siteBeforeColon(head.titleTag, [m.get("og:title"), m.get("twitter:title")]) ?? splitTitleTag(head.titleTag, contentGrams, keywords)) : null;
  const declaredSite = m.get("og:site_name") ?? m.get("application-name") ?? head.jsonLd.publisher[0] ?? null;
  const siteName = declaredSite ?? titleTag?.site ?? null;

  // Title candidates.
  const start = choice.indices[0] ?? 0;
  const headerSet = new Set(headerIdx);
  const inContent = new Set(choice.indices.slice(0, 12));
  const candidates: Candidate[] = [];
  blocks.forEach((b, i) => {
    if (b.hidden || b.heading === 0) return;
    // Any heading that opens the article's header is its headline; an <h1> elsewhere may be a logo.
    if (headerSet.has(i)) candidates.push({ text: b.text, kind: "headline-near", owner: b.owner });
    else if (b.heading === 1) candidates.push({ text: b.text, kind: i < start && start - i <= 12 ? "headline-near" : "headline", owner: b.owner });
    else if (b.heading <= 4 && inContent.has(i)) candidates.push({ text: b.text, kind: "headline", owner: b.owner });
  });
  // "议程发布｜X" as the <h1> shows it, word for word: the declared title is that headline whole, its
  // bar the headline's own, not a separator before a site's name.
  const h1s = new Set(blocks.filter((b) => !b.hidden && b.heading === 1).map((b) => foldForCompare(b.text)));
  const shownWhole = (v: string) => h1s.has(foldForCompare(v));
  for (const key of ["og:title", "twitter:title", "title"]) {
    const v = m.get(key);
    if (!v) continue;
    if (shownWhole(v)) {
      candidates.push({ text: v.trim(), kind: "meta" });
      continue;
    }
    const split = splitTitleTag(v, contentGrams);
    for (const part of split.parts) if (part !== split.site || split.parts.length === 1) candidates.push({ text: part, kind: "meta" });
  }
  for (const h of head.jsonLd.headline) candidates.push({ text: h.trim(), kind: "meta" });
  if (head.scripts.title) candidates.push({ text: head.scripts.title, kind: "meta" });
  if (head.titleTag && shownWhole(head.titleTag)) candidates.push({ text: head.titleTag.trim(), kind: "title-tag" });
  else if (titleTag) for (const part of titleTag.parts) if (part !== titleTag.site) candidates.push({ text: part, kind: "title-tag" });
  // A headline holding a bar of its own (对话X｜…) that the <title> opens with, as the page prints it.
  const opening = head.titleTag ? shownTitleOpening(head.titleTag, blocks, start) : null;
  if (opening) candidates.push({ text: opening, kind: "title-tag" });
  candidates.push(...styledHeadlines(blocks, start, candidates), ...overFieldsLine(blocks, start));
  // A column's name as <h1> and in <title> (深度观察_站名) gives way to the headline set under it.
  const bodyStart = firstProse >= 0 ? choice.indices[firstProse]! : blocks.length;
  const titleParts = titleTag && titleTag.parts.length >= 2 ? titleTag.parts.filter((p) => p !== titleTag.site) : [];
  const column = columnHeading(blocks, titleParts, bodyStart);
  if (column) {
    const label = foldForCompare(column.column);
    candidates.splice(0, candidates.length, ...candidates.filter((c) => foldForCompare(c.text) !== label));
    candidates.push({ text: column.headline, kind: "headline-near" });
  }
  const picked = pickTitle(candidates, contentGrams, siteName);
  const title = picked === null ? null : withoutColumnTag(picked, blocks.filter((b) => !b.hidden).map((b) => b.text));

  // Publication time: declared values first, then a date written near the headline or under the body.
  const headerText = headerIdx.map((i) => blocks[i]!.text);
  const trailerIdx = choice.indices.slice(-4);
  const trailerText = trailerIdx.map((i) => blocks[i]!.text);
  // Among the lines, a labelled date (发布时间：…) beats a date line, which beats a date in a sentence.
  const lines = [...headerIdx, ...trailerIdx].map((i) => blocks[i]!);
  const declaredDate = firstDate([...head.jsonLd.datePublished, ...DATE_KEYS.map((k) => m.get(k)), ...head.times]);
  // A paper's 收稿日期/修回日期 date its manuscript, not its publication (manuscript-dates.ts).
  const dated = lines.map((b) => ({ b, text: withoutManuscriptDates(b.text) }));
  const lineDate =
    firstDate(dated.filter(({ b }) => DATE_LABEL.test(b.text)).map((d) => d.text)) ??
    firstDate(dated.filter(({ b }) => !b.prose).map((d) => d.text)) ??
    firstDate(dated.map((d) => d.text)) ??
    firstDate(nearbyDateLines(blocks, start).map(withoutManuscriptDates));
  const publishedAt = declaredDate ?? lineDate;

  // Author: meta, JSON-LD, then a visible byline element (the resolver reads the raw list).
  // A CMS that files pages as manuscripts (<meta name="manuscriptId">, government portals' publishing
  // systems) fills its author meta with the staff member who filed the page, not the text's writer;
  // a name the page's text never shows then credits no one.
  const filedBy = m.has("manuscriptid") && !blocks.some((b) => !b.hidden && b.text.includes(m.get("author")?.trim() || "\u0000"));
  const metaAuthor = filedBy ? undefined : m.get("author");
  const rawAuthors = [...head.jsonLd.authors, metaAuthor, m.get("article:author"), m.get("og:article:author"), ...head.citationAuthors];
  let author = cleanName(metaAuthor, siteName) ?? cleanName(m.get("article:author"), siteName);
  for (const a of [...head.jsonLd.authors, ...head.citationAuthors, ...head.microdataPersons]) author ??= cleanName(a, siteName);
  // The header widened over the article may hold the account's card (name, badge, time, 关注 above the
  // headline): its lines are the card's, not the article's.
  const card = followedCard(blocks, new Set(choice.indices.slice(Math.max(0, firstProse))));
  // A header or trailer line whose element names itself the byline.
  for (const i of [...headerIdx, ...trailerIdx]) {
    if (author) break;
    // the account's card over the article: its name is the publisher's question (followedAccount)
    if (card && !card.writer && i === card.index) continue;
    const owner = blocks[i]!.owner;
    const words = `${owner.el.attribs?.class ?? ""} ${owner.el.attribs?.id ?? ""} ${owner.el.attribs?.itemprop ?? ""}`;
    if (BYLINE_CLASS.test(words) && !DESCRIPTION_CLASS.test(words)) {
      author = cleanName(blocks[i]!.text, siteName);
      // A card of the name and a badge or title beside it (陈默 人工智能话题下的优秀答主): the card's
      // first link, the writer's profile, is the name.
      const linked = author && !looksLikePerson(author) ? firstLinkOfMarked(owner.el, BYLINE_CLASS)[0] : undefined;
      if (linked && looksLikePerson(linked)) author = cleanName(linked, siteName) ?? author;
      // the element's name without the fields it runs on into (its date, 来源：…), when it has one;
      // beside a follow button the name is a platform account's, the publisher's question, kept raw
      rawAuthors.push(author && !/关注/.test(blocks[i]!.text) ? author : blocks[i]!.text);
    }
  }

  // Source: a declared source, else a 来源 line near the headline that names someone.
  const declaredSource = m.get("source") ?? m.get("og:source") ?? m.get("article:source") ?? m.get("contentsource") ?? null;
  let source: string | null = null;
  if (declaredSource) {
    const claim = siteClaim(declaredSource.includes("来源") ? declaredSource : `来源：${declaredSource}`);
    source = claim && !claim.generic ? claim.name : null;
  }
  if (!source) {
    for (const line of [...headerText, ...trailerText]) {
      const claim = siteClaim(line);
      if (claim && !claim.generic) {
        source = claim.name;
        break;
      }
    }
  }

  const description = m.get("description") ?? m.get("og:description") ?? m.get("twitter:description") ?? null;
  const lineIdx = headerIdxOf(blocks, choice, title);
  const answered = answerTimeLine(blocks, choice);
  const headerLines = [...(answered === null ? [] : [answered]), ...lineIdx.map((i) => (blocks[i]!.row ? labelCellsRow(blocks[i]!.text) : blocks[i]!.text))];
  const postLine = postLineAfter(blocks, choice);
  const trailerLines = trailerLinesOf(blocks, choice);
  if (postLine && !trailerLines.includes(postLine.line)) trailerLines.push(postLine.line);
  // A container of the date and the source ("date-source") is no source name: no digits, no labels.
  const sourceElement =
    lineIdx
      .flatMap((i) => sourceElementsIn(blocks[i]!.owner.el))
      // "· 来自雪球": the separator before the field and the word "from" are no part of the name;
      // from a client (来自iPhone客户端) names a device, no source.
      .map((t) => t.replace(SOURCE_ELEMENT_LEAD, ""))
      .find((t) => t.length >= 2 && t.length <= 30 && !/\d|[:：]/.test(t) && !CLIENT_DEVICE.test(t)) ?? null;
  // A writer's link classed as the author inside the header's line of fields (<a class="author-name">
  // beside the time): read when nothing named an author, and only a person's name (an account
  // there is a publisher's question, not a writer).
  // Beside a follow button (关注, + 关注) the linked name is a platform account's, however personal its shape.
  // An account's follow card over the article names the account in its author-classed element too.
  const followed = [...headerIdx, ...lineIdx].some((i) => /^\s*[+＋]?\s*关注\s*$/.test(blocks[i]!.text)) || (card !== null && !card.writer && card.index < bodyStart);
  if (!author && card?.writer && cleanName(card.name, siteName) !== null) {
    author = card.name;
    rawAuthors.push(card.name);
  }
  if (!author && !followed) {
    // An author card holds more than the name (<div class="author-info"><a>林默</a><div>一句简介</div></div>):
    // its first link, the writer's profile, is the name.
    const writer = lineIdx
      .flatMap((i) => [...sourceElementsIn(blocks[i]!.owner.el, BYLINE_CLASS), ...firstLinkOfMarked(blocks[i]!.owner.el, BYLINE_CLASS)])
      .find((t) => looksLikePerson(t) && cleanName(t, siteName) !== null);
    if (writer) {
      author = writer;
      rawAuthors.push(writer);
    }
    // An outlet in the header's author element (<a class="author">晚点LatePost</a>) is no writer: it
    // goes to the raw list, where the source resolver takes an outlet in an author slot as the source.
    const outlet = writer ? undefined : lineIdx
      .flatMap((i) => sourceElementsIn(blocks[i]!.owner.el, BYLINE_CLASS))
      .find((t) => t.length <= ACCOUNT_MAX && !/\d|[:：]/.test(t) && !PLATFORM_ACCOUNT.test(t) && looksLikeOutlet(t) && !looksLikePerson(t));
    if (outlet) rawAuthors.push(outlet);
  }
  const evidence: PageEvidence = {
    declaredDate,
    modifiedDate: firstDate(MODIFIED_KEYS.map((k) => m.get(k))),
    uploadedDate: firstDate(head.jsonLd.uploaded),
    prefixedMetaDate: firstDate(dateNamedMetas(m)),
    editionDate: editionDay(blocks.slice(0, start).filter((b) => !b.hidden).map((b) => b.text)),
    lineDate,
    authors: rawAuthors.filter((a): a is string => !!a && a.trim().length > 0).map((a) => a.trim()),
    declaredSource,
    sourceElement,
    followedAccount: card && !card.writer ? card.name : null,
    // A QAPage's accepted answer, kept as the text (accepted-answer.ts), declares its writer.
    // A user-content page declares its poster: a thread read from the state names it on the first
    // post's card (scriptPoster), else as data: a microdata Person, its state record's user.
    poster: choice.firstPost
      ? (head.jsonLd.answerers[0] ?? threadPoster(blocks, choice.firstPost))
      : (extras.scriptPoster ?? head.microdataPersons[0] ?? penName(head.jsonLd.persons) ?? head.scripts.poster ?? postedBy(blocks, lineIdx) ?? postedBy(blocks, cardAbove(blocks, choice, title)) ?? postLine?.name ?? null),
    blogger: bloggerOf(blocks.filter((b) => !b.hidden && b.chars <= LINE_MAX).map((b) => b.text)) ?? blogOwnerOf(head.titleTag),
    publisher: head.jsonLd.publisher[0] ?? null,
    url: extras.canonical ?? m.get("og:url") ?? ownAddressLink(blocks, start) ?? null,
    canonical: extras.canonical,
    ogUrl: m.get("og:url") ?? null,
    headerLines,
    trailerLines,
    originalTitles: blocks.filter((b) => b.chars <= LINE_MAX && /原标题\s*[:：]/.test(b.text)).map((b) => b.text),
    declaredTitles: [m.get("og:title"), m.get("twitter:title"), head.titleTag].filter((t): t is string => !!t),
    script: head.scripts,
    copyrightHolder: copyrightHolder(blocks.filter((b) => b.chars <= LINE_MAX).map((b) => b.text), title),
    titleSiteEcho: titleSiteEcho(declaredSite, titleTag?.site ?? null, blocks),
    siteNameTag: m.get("og:site_name") ?? null,
    ownSiteName: declaredSite ??
      (titleTag && (titleTag.parts.length === 2 || titleTag.site === titleTag.parts[titleTag.parts.length - 1] || rightsLineNamesOpeningSite(blocks, titleTag.site, titleTag.parts[0]!)) ? titleTag.site : null),
  };
  return { title, publishedAt, author, source, description, siteName, evidence };
}
