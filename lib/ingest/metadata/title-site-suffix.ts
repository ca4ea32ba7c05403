/**
 * A scraped text's headline line often carries the site's name after a separator, as the page's
 * <title> did ("标题 - IT之家", "标题_财经头条_新浪财经", "标题｜36氪首发"). The HTML front end
 * splits <title> itself (html/page-hints.ts); this does the same for a headline read from text,
 * but only where the tail reads as a site: underscores (never punctuation inside a Chinese
 * headline), or a tail that names itself a site (…网, …之家, …日报) or that the article's own
 * lead or metadata lines name as its outlet. A tail that is part of the headline stays.
 */
import type { MetadataEvidence } from "./evidence";
import { looksLikeOutlet, looksLikePerson } from "./names";

const UNDERSCORE = /\s*_\s*/;
/**
 * A dash or bar with spaces around it, or a full-width bar, before a short last part (a site, perhaps · its channel).
 * 丨 (a Han stroke that Chinese outlets set as their bar: 标题丨智东西) is that bar too.
 */
const SEPARATED_TAIL = /^(.{6,}?)(?:\s+[-–—|｜丨]\s*|\s*[｜丨]\s*)([^\s\-–—|｜丨_·•]{2,12})(?:\s*[·•]\s*[^\s\-–—|｜丨_·•]{1,8})?$/u;
const LATIN_SITE_TAIL = /^(.{12,}?)\s+[|｜]\s+((?:The\s)?[A-Z][\w.&'\-]*(?:\s[A-Z][\w.&'\-]*){0,3})$/u;
/** Words that end a site's or outlet's name. */
const SITE_WORD = /(?:网|之家|新闻|日报|晚报|时报|早报|周刊|杂志|频道|财经|科技|在线|资讯|头条|号|社|报|氪|\.com|\.cn)$/i;
/** A column tag after the site's name (36氪首发, 量子位独家). */
const COLUMN_TAG = /(?:首发|独家|原创|快讯|出品|专栏|报道)$/;
const SENTENCE = /[，。！？,!?：:]/;

function namedAsOutlet(name: string, e: MetadataEvidence): boolean {
  if (name.length < 2) return false;
  // the lead opens with the outlet's own dateline (IT之家 10 月 15 日消息, 36氪获悉)
  if (e.lead !== null && e.lead.replace(/^\s+/, "").startsWith(name)) return true;
  return [...e.header, ...e.trailer, ...e.outlets].some((line) => line.length <= 60 && line.includes(name));
}

/**
 * A headline of two clauses (X，Y) closed by a bar and a short name (标题丨AI新智界): a browser tab's
 * title, the site branding it at the end. Kickers go before the bar (对话丨…, 独家｜…) and a
 * headline's own second half after one is long or a sentence; a name of a few characters after a
 * complete two-clause headline is the site's. Not a person's name, not a kind of piece (图解, 全文,
 * 视频, 附名单: the page's own format tags) and no verb or particle that would make it a clause.
 */
const CLAUSE_MARK = /[，,；;：:？?！!]/;
const NOT_BRAND = /[是有将要了吗呢么附看谈说做为把被让图文读解评]|全文|实录|视频|直播|回放|速览|名单|\d{1,2}[月日]/u;
function brandAfterHeadline(head: string, tail: string): boolean {
  if (!CLAUSE_MARK.test(head) || head.length < 12 || tail.length > 8 || tail.length * 3 > head.length) return false;
  if (SENTENCE.test(tail) || NOT_BRAND.test(tail) || /^\d+$/.test(tail)) return false;
  return looksLikeOutlet(tail) && !looksLikePerson(tail);
}

function siteLike(tail: string, e: MetadataEvidence): boolean {
  if (SENTENCE.test(tail)) return false;
  const bare = tail.replace(COLUMN_TAG, "");
  return SITE_WORD.test(bare) || namedAsOutlet(bare, e);
}

/** A column's tag before a headline's bar (独家｜headline, 深度 | headline). */
// 论文｜, 口述｜: a lab's paper page and an as-told-to piece tag their headline with their kind.
export const COLUMN_PREFIX = /^(?:独家|重磅|快讯|深度|专访|首发|突发|最新|观察|解读|热点|原创|视频|图集|直播|聚焦|关注|论文|口述)$/;
// "独家｜…", "36氪首发｜…": a short tag, a bar, then the headline.
const LEADING_TAG = /^\s*([^\s|｜丨]{2,12})\s*[|｜丨]\s*(?=\S.{5,})/u;

// "【虎嗅网】京东健康发布…": an outlet brands its headline in brackets before it, or after it.
const BRACKET_OUTLET_AFTER = /^(\S.{5,}?)\s*【([^】\s]{2,10})】\s*$/u;
const BRACKET_OUTLET = /^\s*【([^】\s]{2,10})】\s*(?=\S{6,})/u;

/**
 * The headline without a site tail, and that site's name (or null when there was none);
 * `outlet` when the site branded the headline in front (【X网】…): the outlet publishing it.
 */
export function splitTitleSite(title: string, e: MetadataEvidence): { title: string; site: string | null; outlet?: string } {
  // A column's tag (独家｜) is neither headline nor site; an outlet's (36氪首发｜) names the outlet.
  const tag = title.match(LEADING_TAG);
  if (tag && !SENTENCE.test(tag[1]!)) {
    const bare = tag[1]!.replace(COLUMN_TAG, "");
    const outlet = bare !== tag[1] && bare.length >= 2 && (siteLike(bare, e) || (looksLikeOutlet(bare) && !looksLikePerson(bare)));
    if (COLUMN_PREFIX.test(tag[1]!) || outlet) {
      const rest = splitTitleSite(title.slice(tag[0].length), e);
      return outlet ? { title: rest.title, site: rest.site, outlet: rest.outlet ?? bare } : rest;
    }
  }
  const branded = title.match(BRACKET_OUTLET);
  if (branded && !SENTENCE.test(branded[1]!) && siteLike(branded[1]!, e)) {
    const rest = splitTitleSite(title.slice(branded[0].length), e);
    return { title: rest.title, site: rest.site ?? branded[1]!, outlet: branded[1]! };
  }
  const after = title.match(BRACKET_OUTLET_AFTER);
  const brand = after?.[2];
  if (after && brand && !SENTENCE.test(brand) && (siteLike(brand, e) || (looksLikeOutlet(brand) && !looksLikePerson(brand)))) return { title: after[1]!.trim(), site: after[2]!, outlet: after[2]! };
  const parts = title.split(UNDERSCORE).filter((p) => p.length > 0);
  if (parts.length >= 2 && parts[0]!.length >= 6 && parts.slice(1).every((p) => p.length <= 12 && !SENTENCE.test(p))) {
    return { title: parts[0]!.trim(), site: parts[parts.length - 1]!.trim() };
  }
  // "… listings | Financial Times": an English headline's site after a spaced bar, a few capitalised words
  const latin = /\p{Script=Han}/u.test(title) ? null : LATIN_SITE_TAIL.exec(title);
  if (latin) return { title: latin[1]!.trim(), site: latin[2]! };
  const m = SEPARATED_TAIL.exec(title);
  // "标题丨深度", "标题 | 独家": the same column tags set after the headline's bar; no site, no headline word.
  if (m && COLUMN_PREFIX.test(m[2]!)) return splitTitleSite(m[1]!.trim(), e);
  if (m && (siteLike(m[2]!, e) || (/^\s*[｜丨|]/u.test(title.slice(m[1]!.length)) && brandAfterHeadline(m[1]!.trim(), m[2]!)))) return { title: m[1]!.trim(), site: m[2]!.replace(COLUMN_TAG, "") || m[2]! };
  return { title, site: null };
}
