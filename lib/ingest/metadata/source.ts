/**
 * Where an article comes from, read from one line: the original publisher when the line credits
 * one (本文来自微信公众号「X」, 转载自X, 原文来自X), else what the site claims (来源：X, 稿源, 出处,
 * 文章来源, 信息来源, 来源于, 来自：), ignoring claims that name no one (互联网, 网络, 本站) and credits of
 * material rather than of the article (图片来源, 资料来源, 数据来源). A name stops at the next
 * label of the line (作者, 编辑, 时间…) and at a closing bracket.
 */
import { endsLikeOutlet, looksLikePerson } from "./names";
import { simplifiedLine as toSimplified } from "./simplified";

// 企业供稿, 企业宣传, 厂商供稿: a company's own release or promotion, placed by no outlet.
// 合作媒体, 第三方平台: an aggregator's disclaimer (本文转载自合作媒体，不代表本站立场) names a kind of partner, no one.
// 公开资料, 网络公开报道: a compiled piece's note (本文编译自公开资料) names the kind of material, no outlet.
const GENERIC = /^(互联网|网络|合作媒体|合作网站|合作伙伴|合作方|媒体|网络媒体|第三方(?:媒体|平台|网站)?|(?:其他|其它)(?:网站|平台)|网络整理|网友投稿|投稿|本站|本网|本站原创|原创|综合|综合报道|未知|转载|网络转载|其他|其它|用户投稿|自媒体|其他媒体|其它媒体|合法授权网站|admin|(?:企业|厂商|商家|公司)(?:供稿|宣传|来稿|投稿|稿件|新闻稿|发布)|推广|广告|商业推广|(?:网络|网上)?公开(?:资料|报道|信息|数据)|(?:网络|网上)资料)$/i;

// 摘编自X, 原载于X, 原刊于X: the piece was taken from X (excerpted, first printed there); a list
// of outlets (摘编自：X、Y) credits the first, as 综合自 does.
const ORIGINAL = /(?:本文来自|本文转自|原文来自|转自|转载自|本文来源于|文章来源于|首发于|摘编自|摘自|原载于|原刊于|原载)\s*(?:微信公众号|公众号|微信号|头条号|百家号|网站)?\s*[:：]?\s*[「『《“"]?([^\s,，、。(（」』》”"]{2,30})/;
// 转载自X，原载于Y: a repost chain names the hand that passed the piece on and the outlet that first
// printed it; the first printer is the publisher, so its words are read before the others.
const FIRST_PRINTED = /(?:首发于|原载于|原刊于|原载)\s*(?:微信公众号|公众号|微信号|头条号|百家号|网站)?\s*[:：]?\s*[「『《“"]?([^\s,，、。(（」』》”"]{2,30})/;
// （本文刊发于《X》第N期）, 刊载于X: printed there first, as 原载于 says; only opening the line, since
// prose says the same of a paper (相关论文刊发于《自然》), which credits no copy.
const PRINTED_IN = /^\s*[（(【]?\s*(?:本文|此文|文章|原文)?(?:刊发于|刊载于|刊登于)\s*[「『《“"]?([^\s,，、。(（」』》”"]{2,30})/;
// 来源丨X, 来源 | X (the bar some sites print where others print a colon) is a claim too; a Latin
// name keeps its capitalised words (来源：The Verge).
// 封面来源｜X, 题图来源：X, 头图来源：X credit the picture above the piece (a photo agency), as 图片来源 does.
// A name stops at a bracket of the next field too (【来源：X】【作者：Y】).
// 来源/X: a slash labels a field as a colon does (来源/南方都市报　作者/孙莉).
// 发布单位：X, 發稿單位, 供稿单位: the office a government page names as issuing the text, as its 信息来源 does.
const CLAIM = /(?<!图片|资料|数据|视频|素材|图|封面|题图|头图|配图)(?:来源于?|稿源|出处|文章来源|综合自|(?:发布|发稿|供稿)(?:单位|机构)|(?:发文|发布|制发)机关|(?<![\p{Script=Han}])(?:研究)?机构(?=\s*[:：])|(?<![\p{Script=Han}])来自(?=\s*[:：]))\s*(?:[:：丨｜|]|[/／](?=\s*\S))\s*(?:微信公众号|公众号|微信号|头条号|百家号)?\s*[「『《“"]?((?:[A-Za-z][\w.&'\-]*(?: [A-Z][\w.&'\-]*){1,4})|[^\s,，、。(（」』》”"|｜【】\[\]]{2,30})/u;
// "Source: China Daily | Updated: …", "Source: Xinhua": an English source field, its Latin name's capitalised
// words or a Han name; not a material's (Image source, Photo source, Data source). "Feed: X": a feed reader's
// export names the feed the item came from, its publisher, with the same field.
const EN_CLAIM = /(?:^|[|｜丨]\s*)(?<!(?:image|photo|picture|data|video)\s)(?:source|feed)\s*[:：]\s*((?:[A-Z][\w.&'\-]*(?: (?:[A-Z][\w.&'\-]*|of|the|and))*)|\p{Script=Han}{2,20})/iu;
// "来源CSDN" with no colon: only as a whole field of a short line (between separators).
const BARE_CLAIM = /(?:^|[|｜]\s*)(?:来源|稿源|出处)\s*([A-Za-z\p{Script=Han}][^\s,，。(（|｜]{1,20})\s*(?:[|｜]|$)/u;
const BARE_LINE_MAX = 80;
// 评论 only as a counter's label (评论：12): 华夏科技评论 is a name.
// 访问 only as a counter's label (访问量：3207, 访问次数), glued to the name when the fields are spans.
// 字体：大 中 小 (the font buttons, as 字号) glued to the name the same way (来源：数据资源处字体：大).
// 摄影：, 审核： and other credits' labels only with their colon (来源：X网摄影：Y, the spans abutting): 摄影家协会 is a name.
// 编译：X, 翻译：X, 译者：X: a translator's field glued to the name when the fields are spans
// (来源于：Reuters编译：莫小川); after a Latin name, any short label before a colon starts the next field as well,
// unless a label above ends that run: AI前线作者：X is the name AI前线, then 作者.
const NEXT_LABEL = /(作者|编辑|责编|记者|通讯员|时间|发布|日期|阅读|浏览|点击|访问(?=量|次数|[:：])|字号|字体(?=\s*[:：])|举报|评论(?=[:：\d])|分享|编译|翻译|译者|(?:摄影|摄像|图片|图|审核|校对|视觉|设计|策划|出品|监制|主编)(?=\s*[:：])|(?<!\p{Script=Han})(?!(?<=[A-Za-z0-9])\p{Script=Han}{1,2}(?:作者|编辑|责编|记者|通讯员|编译|翻译|译者)[:：])\p{Script=Han}{2,4}[:：]|\d{4}[-年/.])/u;

// Every credit or claim has one of these characters or words (in either script): most lines have none.
// 单位 and 机构 count only right after 发布, 发稿 or 供稿 (发布单位：X), or 机构 as a field's own label
// (机构：X, 研究机构：X, a report's header, nothing Han before it), and 机关 after 发文 or 发布 (an official
// document's issuer, 发文机关：X): bare, they are common words
// (投资机构, 相关单位), and every line holding one was simplified for nothing.
const MAY_CREDIT = /[自源处處于於权權载載]|[布佈稿](?:单位|單位|机构|機構)|(?:发文|發文|发布|發佈|制发|製發)(?:机关|機關)|(?<!\p{Script=Han})(?:研究)?(?:机构|機構)\s*[:：]|source|feed\s*[:：]/iu;

/** Returns the name in the page's own script by slicing the original at the simplified match. */
function capture(line: string, re: RegExp): string | null {
  if (!MAY_CREDIT.test(line)) return null;
  const simplified = toSimplified(line);
  const m = simplified.match(re);
  if (!m || m.index === undefined) return null;
  let name = m[1]!;
  const cut = name.search(NEXT_LABEL);
  if (cut >= 0) name = name.slice(0, cut);
  name = name.replace(/[)）\]】」』》”"]+$/, "").trim();
  // "光明网-《光明日报》" stops at 》: the title's bracket is closed where the line closes it
  // (江川卫视《江川新闻联播》 stays as printed, not glued into one name); else an unclosed 《 is dropped.
  if (name.includes("《") && !name.includes("》")) {
    const end = m.index + m[0].length - m[1]!.length + name.length;
    name = simplified.slice(end).startsWith("》") && name.lastIndexOf("《") > 0 ? `${name}》` : name.replace(/《/g, "");
  }
  if (name.length < 2) return null;
  const at = simplified.indexOf(name, m.index);
  return simplified.length === line.length && at !== -1 ? line.slice(at, at + name.length) : name;
}

// "本文译自英国《金融时报》", "（编译自路透社）": a translation names the outlet that first printed the
// text. Only the article's own sentence (本文, 此文, 文章, 全文) or a line opening with it: prose
// translates words from languages (这个词译自英语). A country before the outlet's 《》 is no part of its name.
const TRANSLATED_FROM = /(?:(?:本文|此文|文章|全文)|^\s*[（(【]?\s*)(?:编译|翻译|译)自\s*(?:[\u4e00-\u9fff]{1,4}(?=《))?[「『《“"]?([^\s,，、。(（」』》”"]{2,30})/;

// "本文由AI科技大本营授权发布", "本文獲「X」授權轉載": the outlet that authorised the repost.
const AUTHORISED_BY = /本文(?:由|经|获)\s*[「『《“"]?([^\s,，。「『《“"」』》”"]{2,30}?)[」』》”"]?\s*授权(?:发布|转载|刊发|刊登)/;

// "本文系「X」原创，Y经授权转载": the outlet whose own piece it is, then the hand that reposted it;
// the first is the publisher, wherever the relay's 来源 claim stands on the page.
const OWN_THEN_RELAYED = /本文(?:系|为|是)\s*[「『《“"]?([^\s,，、。「『《“"」』》”"]{2,30}?)[」』》”"]?\s*(?:原创|独家)(?:文章|稿件|内容|作品)?\s*[，,]\s*[^，,。]{0,24}?(?:经|获)?授权(?:转载|发布|刊发|刊登)/;

// "原文｜The Information", "原文：金融时报": a translated piece's credit of its original, the whole line,
// when what follows reads as an outlet (capitalised Latin words, or Han ending as an outlet's name does);
// a poem's 原文： opens its verse, no outlet.
const ORIGINAL_FIELD = /^\s*原文\s*[:：|｜丨]\s*((?:[A-Z][\w.&'\-]*(?: [A-Z][\w.&'\-]*){0,3})|\p{Script=Han}{2,12})\s*$/u;

// "原文作者：Jane Doe（The Information）": the original's writer with its outlet in brackets after the name.
const ORIGINAL_WRITER_OUTLET = /^\s*原文作者\s*[:：|｜丨]\s*[^（()）]{2,40}?\s*[（(]\s*((?:[A-Z][\w.&'\-]*(?: [A-Z][\w.&'\-]*){0,3})|\p{Script=Han}{2,12})\s*[）)]\s*$/u;

function originalField(line: string): string | null {
  const name = line.match(ORIGINAL_FIELD)?.[1] ?? line.match(ORIGINAL_WRITER_OUTLET)?.[1];
  return name && (/^[A-Z]/.test(name) || endsLikeOutlet(name)) ? name : null;
}

export function originalPublisher(line: string): string | null {
  const field = originalField(line);
  if (field) return field;
  const name = capture(line, FIRST_PRINTED) ?? capture(line, OWN_THEN_RELAYED) ?? capture(line, ORIGINAL) ?? capture(line, PRINTED_IN) ?? capture(line, AUTHORISED_BY) ?? capture(line, TRANSLATED_FROM);
  // "本文来自腾讯新闻客户端自媒体": a platform's self-media in general credits no one.
  if (!name || GENERIC.test(toSimplified(name)) || /自媒体$/.test(toSimplified(name))) return null;
  // "本文首发于钛媒体APP", "首发于X公众号": an outlet's app or account is the outlet.
  return name.replace(/(?<=\p{Script=Han}{2})\s*(?:APP|App|app)$/u, "").replace(/(?<=\S{2})(?:微信公众号|公众号|微信号|头条号|百家号)$/u, "");
}

/**
 * "来源：证券部", "来源：党委宣传部", "来源：办公室": a department of the organisation whose site it is
 * names no outlet; the page is the site's own (own-site-source.ts).
 */
// A place's committee (市委宣传部) or office (东区办事处) is another body that supplied the text, not the site's own.
export const OWN_DEPARTMENT = /^(?!.*(?:网|报|社|台|新闻|媒|刊))(?:党委|党政|董事会)?\p{Script=Han}{1,3}(?:部|办公室)$/u;

// "来源：集团公司办公室（党组办公室）", "市委宣传部（市政府新闻办）": one office under two names, the
// second in brackets; both are its name (a bracket after the name is otherwise no part of it).
const OFFICE_END = /(?:办公室|办公厅|委员会|宣传部|新闻办|办|厅|局|委|部|处|中心)$/u;
const SECOND_NAME = /^\s*[（(](\p{Script=Han}{2,12})[）)]/u;

function withSecondName(name: string, line: string): string {
  if (!OFFICE_END.test(name)) return name;
  const at = line.indexOf(name);
  const second = at < 0 ? null : line.slice(at + name.length).match(SECOND_NAME);
  return second && OFFICE_END.test(second[1]!) ? `${name}（${second[1]}）` : name;
}

// "来源：TechWire 科技连线": an outlet's Latin brand, a space, then its Han name, which ends the field (a
// space, a bar or the line's end, not a label's colon): the outlet as the Chinese page names it.
const LATIN_BRAND = /^[A-Za-z][\w.&'\-]*$/;
const HAN_NAME_AFTER = /^\s+(\p{Script=Han}{2,12})(?=\s|[|｜,，;；]|$)/u;

function hanNameAfterBrand(name: string, line: string): string {
  if (!LATIN_BRAND.test(name)) return name;
  const at = line.indexOf(name);
  const han = at < 0 ? null : HAN_NAME_AFTER.exec(line.slice(at + name.length));
  return han ? han[1]! : name;
}

export function siteClaim(line: string): { name: string; generic: boolean } | null {
  const captured = capture(line, CLAIM) ?? (line.length <= BARE_LINE_MAX ? capture(line.trim(), BARE_CLAIM) : null) ?? capture(line, EN_CLAIM);
  if (!captured) return null;
  const name = hanNameAfterBrand(withSecondName(captured, line), line);
  // "来源：网易科技报道": a site's channel and 报道 (not 经济报道, a paper's name) is the channel's.
  // "来源：机器之心公众号": the account, not the platform's word for it.
  const bare = name
    .replace(/(?<=\p{Script=Han}{2}(?:科技|财经|娱乐|体育|汽车|健康|教育))报道$/u, "")
    .replace(/(?<=\S{2})(?:微信公众号|微信公号|公众号|微信号|头条号|百家号)$/u, "");
  return { name: bare, generic: GENERIC.test(toSimplified(bare)) || OWN_DEPARTMENT.test(toSimplified(bare)) };
}

// The account lines of a WeChat post or a platform's account, and the outlet-and-报道 line of a
// newsroom's own posts: "原创 何西 硅谷前哨 2024年03月05日 12:00", "数智前沿 | 公众号 SZQY",
// "科技新知 2025-10-22 10:03 北京 百家号", "新智界报道", "原创 2025-11-05 18:20 · 深蓝财经观察".
const WECHAT_ORIGINAL = /^\s*原创\s+\S{1,12}\s+([^\s|｜]{2,20})\s+(?:19|20)\d{2}[-年/.]/;
// "原创 量子位 2025-03-02 10:15 北京": the account alone before the date (it signs as itself).
const WECHAT_ACCOUNT_ONLY = /^\s*原创\s+([^\s|｜]{2,20})\s+(?:19|20)\d{2}[-年/.]/;
// "原创 | 账号": the 原创 mark and the account after a bar, alone on the line over the headline.
const WECHAT_ORIGINAL_BAR = /^\s*原创\s*[|｜丨]\s*([^\s|｜丨]{2,20})\s*$/;
const WECHAT_DATE_FIRST = /^\s*原创\s*(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[·•|｜丨]?\s*([^\s|｜·•]{2,20})\s*$/;
// "原创 X 已于 2025-03-06 修改", "原创 X 发布于 2025-…": a word ending in 于 before the date says when, it names no account.
const TIME_PREPOSITION = /^\p{Script=Han}{0,3}于$/u;
const ACCOUNT_BAR = /^\s*([^\s|｜丨]{2,20})\s*[|｜丨]\s*(?:微信)?公众号/;
// "机器之心编译": the outlet that compiled the piece from another's.
const OUTLET_REPORTS = /^\s*([\p{L}\p{N}]{2,12})\s?(?:报道|编译)\s*$/u;
// "科技新知 2025-10-22 10:03 北京 百家号", "… 10:15 · 头条号": a platform's account line, the account first.
const PLATFORM_ACCOUNT = /^\s*([^\s|｜]{2,20})\s+(?:19|20)\d{2}[-年/.]\S+(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\p{Script=Han}{2,4})?(?:\s+|\s*[·•|｜丨]\s*)(?:百家号|头条号|网易号|企鹅号|搜狐号|大鱼号|澎湃号|一点号)\s*$/u;

// A column's word where the account would stand (深度, 独家报道), or the site's own (本报, 本站): no
// account; a name that merely opens with such a word (深度AI参考) is one.
const CLOCK_OR_NUMBER = /^[\d:：.\-/]+$/;
const NOT_ACCOUNT = /^本|^(?:综合|专题|特别|独家|联合|深度|现场|追踪)(?:报道|解读|分析|策划|观察)?$/;

/** The account or newsroom a post line names as its publisher, if the line is of that shape. */
export function accountOf(line: string): string | null {
  const simplified = toSimplified(line);
  const m = simplified.match(WECHAT_ORIGINAL) ?? simplified.match(WECHAT_ACCOUNT_ONLY) ?? simplified.match(WECHAT_ORIGINAL_BAR) ?? simplified.match(WECHAT_DATE_FIRST) ?? simplified.match(ACCOUNT_BAR) ?? simplified.match(PLATFORM_ACCOUNT) ?? (/记者/.test(simplified) ? null : simplified.match(OUTLET_REPORTS));
  // 原创 2025-12-06 10:18: the time after the date is no account (the row names none).
  if (!m || GENERIC.test(m[1]!) || NOT_ACCOUNT.test(m[1]!) || TIME_PREPOSITION.test(m[1]!) || CLOCK_OR_NUMBER.test(m[1]!)) return null;
  const at = simplified.indexOf(m[1]!);
  return simplified.length === line.length ? line.slice(at, at + m[1]!.length) : m[1]!;
}

// A social post's time line: its time (25-3-2 10:15, 3-2 10:15, 3小时前, 昨天 18:30) and where or
// from which client it was posted (发布于 北京, 来自 iPhone客户端), or the place alone, as an
// app prints its account's posts (2025-03-02 10:15北京). A dot may part the time from the place (昨天 21:16 · 来自 杭州,
// 2025-03-02 10:15 · 北京), and one more field may follow the place: the account's badge (· 优质科技领域创作者).
const POST_TIME = /^\s*(?:(?:(?:19|20)?\d{2}[-/年])?\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}|\d{1,2}\s*(?:秒|分钟|小时)前|(?:今天|昨天|前天)\s*\d{1,2}:\d{2}|刚刚)(?:\s*[·•|｜]?\s+(?:发布于|来自)\s*\S|\s*(?:[·•]\s*)?\p{Script=Han}{2,4}(?:\s*[·•]\s*[^\s·•]{2,20})?\s*$)/u;
// "科技新知局  +关注": the follow button copied beside the account's name is no part of it.
const FOLLOW_BUTTON = /(?:\s*[+＋]\s*|\s+)(?:已)?关注$/u;
const ACCOUNT_NAME = /^[\p{L}\p{N}_\-·]{2,20}$/u;

// A WeChat article copied line by line: 原创 alone, then the account's name alone (the writer's
// name may stand between them, as the row prints 原创 writer account date), then the date or 作者：.
const ORIGINAL_MARK = /^\s*原创\s*$/u;
const MARK_REACH = 2;

/** The account named alone on a line under a lone 原创 mark, not a person's name; or null. */
export function accountUnderOriginalMark(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    if (!ORIGINAL_MARK.test(lines[i]!)) continue;
    for (const line of lines.slice(i + 1, i + 1 + MARK_REACH)) {
      const name = line.trim().replace(FOLLOW_BUTTON, "");
      if (!ACCOUNT_NAME.test(name) || /^[\d_\-·]+$/.test(name)) break;
      if (looksLikePerson(name)) continue;
      return GENERIC.test(toSimplified(name)) || NOT_ACCOUNT.test(toSimplified(name)) ? null : name;
    }
  }
  return null;
}

/**
 * "AI产品经理老K" over "12-3 10:21 来自 iPhone 16 Pro": a name alone over a post's time line that
 * names where or from what it was posted is the account, never a headline (a post has none; its
 * headline, if any, opens the post in brackets).
 */
export function accountOverPostTime(line: string, next: string | undefined): boolean {
  if (next === undefined || !ACCOUNT_NAME.test(line.trim().replace(FOLLOW_BUTTON, ""))) return false;
  const time = toSimplified(next);
  return POST_TIME.test(time) && /(?:发布于|来自)\s*\S/u.test(time);
}

/** The account whose name stands alone over a social post's time line: the post's publisher. */
export function postAccount(lines: string[]): string | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const name = lines[i]!.trim().replace(FOLLOW_BUTTON, "");
    if (POST_TIME.test(toSimplified(lines[i + 1]!)) && ACCOUNT_NAME.test(name) && !GENERIC.test(toSimplified(name))) return name;
  }
  return null;
}

/**
 * "经济观察网 记者 钱玉娟 2025年5月8日，…": a lead that opens with the newsroom, 记者 and the
 * reporter's name, before the first sentence. Group 1 is the outlet, group 2 the reporter.
 */
export const LEAD_OUTLET_REPORTER = /^\s*((?:\p{Script=Han}|[A-Za-z0-9]){2,12}?(?:网|报|社|台|新闻|客户端|财经|科技|周刊))\s*记者\s*(\p{Script=Han}{2,4})(?=\s|[，,]|(?:19|20)\d{2}年|\d{1,2}月)/u;

/**
 * "希望之聲國際廣播電台張翠報導": a report's closing line, the newsroom (to its first publisher's
 * suffix), the reporter's two or three characters, and 报导/报道. Group 1 is the outlet, group 2 the reporter.
 */
export const CLOSING_OUTLET_REPORTER = /^\s*(\p{Script=Han}{2,14}?(?:电台|广播|电视台|通讯社|日报|晚报|时报|新闻|社|网|报))(\p{Script=Han}{2,3})报[导道]\s*$/u;
