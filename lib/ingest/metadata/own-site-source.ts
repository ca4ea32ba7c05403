/**
 * The source when the site published the article itself (issue 14's policy): the source is the
 * outlet that first published the text, and when nothing credits another outlet — no 来源 line at
 * all, or one that points back at the page's own site (来源：本站, 本网原创, 原创) — that outlet is
 * the site, named as it names itself (og:site_name, application-name, the JSON-LD publisher, the
 * site part of the title, else the holder its footer's copyright names: copyright-holder.ts). A claim that names a third party without naming an outlet (互联网,
 * 企业供稿, 转载) says the site did not write it, so it leaves the source empty.
 *
 * The site's name is read from a split <title> too, which is not always clean: a part that is the
 * headline, a column tag (论文｜…), a topic (专题：…) or a forum engine's footer is no outlet's name,
 * and null beats a wrong source.
 */
import { simplifiedLine as toSimplified } from "./simplified";
import { foldForCompare } from "../../text/fold";
import { OWN_DEPARTMENT } from "./source";

// The words a site uses for itself in its 来源 field: 本站, 本网, 本站原创, 本网讯, 原创.
const OWN_CLAIM = /^(?:本站|本网|本台|本刊|本报)?(?:原创|独家|讯|稿件|编辑|整理)?$/;
// "澎湃新闻-The Paper", "The Paper | 澎湃新闻": the Han name beside its Latin one.
const HAN_BESIDE_LATIN = /^(?:(\p{Script=Han}[^-–—|｜_]*?)\s*[-–—|｜_]\s*[A-Za-z][A-Za-z .&']*|[A-Za-z][A-Za-z .&']*\s*[-–—|｜_]\s*(\p{Script=Han}.*))$/u;
// "硅湾观察 SiliconBay": a Han name of three or more characters and its Latin brand after a space
// (two Han characters alone are too often a column's word to stand without the brand).
const HAN_SPACE_LATIN = /^(\p{Script=Han}{3,}[\p{Script=Han}\d]*)\s+[A-Za-z][A-Za-z .&']*$/u;
// A category word standing for a name (新闻网, 资讯中心, 个人博客), a forum engine's footer, a topic or a time.
const NOT_A_NAME = /^(?:新闻|资讯|官方|门户|首页)(?:网|网站|中心|频道)?$|^(?:个人)?(?:博客|主页|网站)$|powered\s+by|[:：【】[\]]|\d{1,2}:\d{2}/i;
// A channel's name in the <title>'s last part (标题-高速-国内国际) is no site's.
const CHANNEL = /^(?:国内|国际|社会|财经|科技|体育|娱乐|新闻|要闻|滚动|时政|军事|汽车|房产|教育|健康|文化|旅游|法治|观点|评论|图片|视频|本地|热点|综合|资讯|新聞|國內|國際|財經|體育|娛樂|時政|軍事|汽車|房產|教育|評論|圖片|視頻|熱點|綜合|資訊)+(?:频道|頻道|中心)?$/;
const NAME_MAX = 16;

/** The Han name of a "Han Latin" or "Han - Latin" pair (码问 MaWen → 码问), else null. */
function hanOfPair(raw: string): string | null {
  const pair = raw.trim().match(HAN_BESIDE_LATIN) ?? raw.trim().match(/^(\p{Script=Han}{2,})\s+[A-Za-z][A-Za-z .&']*$/u);
  return pair ? (pair[1] ?? pair[2] ?? null) : null;
}

function cleanSiteName(raw: string, title: string, confirmedBy: string | null = null, declared = false): string | null {
  const pair = raw.trim().match(HAN_BESIDE_LATIN) ?? raw.trim().match(HAN_SPACE_LATIN);
  // "夜航船的博客-开发者社区": a blog or column inside a platform; the platform, last, published it
  const name = (pair ? (pair[1] ?? pair[2])! : raw).split(/\s*[-–—|｜_]\s*/).filter(Boolean).pop()?.trim() ?? "";
  if (name.length > NAME_MAX || NOT_A_NAME.test(name) || CHANNEL.test(name)) return null;
  // two Han characters alone are more often a column (纪检, 论文) than a site's name, unless the
  // footer's copyright holder names the site the same way (© 2025 深潮 版权所有)
  // (the holder may add the site's Latin brand: © 2025 码问 MaWen confirms 码问)
  const confirmed = confirmedBy !== null && [confirmedBy.trim(), hanOfPair(confirmedBy)].some((c) => c !== null && foldForCompare(c) === foldForCompare(name));
  // og:site_name is the site's own declaration of its name, not a part of a split <title> (豆瓣)
  if (!/[A-Za-z]{3}/.test(name) && name.replace(/[^\p{Script=Han}]/gu, "").length < 3 && !confirmed && !declared) return null;
  // the headline's own words (a <title> whose site part is the headline) name no site; a company's
  // name inside its own release's headline is still its name
  const [n, t] = [foldForCompare(name), foldForCompare(title)];
  return t.length > 0 && (n.includes(t) || (t.includes(n) && n.length * 2 > t.length)) ? null : name;
}

/** The site's name as the source, when no claim names another; `footer` is the copyright holder. */
export function ownSiteSource(claim: string | null, names: { siteName: string | null; footer: string | null; siteNameTag?: string | null }, title: string): string | null {
  if (claim !== null && !OWN_CLAIM.test(toSimplified(claim.trim())) && !OWN_DEPARTMENT.test(toSimplified(claim.trim()))) return null;
  const declared = names.siteName !== null && names.siteNameTag != null && names.siteName.trim() === names.siteNameTag.trim();
  const named = names.siteName ? cleanSiteName(names.siteName, title, names.footer, declared) : null;
  return named ?? (names.footer ? cleanSiteName(names.footer, title) : null);
}

// The offices an organisation's site credits for its own notices (学会秘书处, 协会办公室, 政府新闻处).
const OFFICE = /(?:秘书处|秘书局|办公室|办公厅|新闻处|新闻办|宣传部|综合部)$/u;

/**
 * "来源：学会秘书处" on the site of 中国智能计算学会: an office named after the kind of body the site
 * is (its name's last word, 学会, before the office's) is that body's own office, so the page is the
 * site's own. An office of another body (大会秘书处 on a news site) keeps its credit.
 */
export function isOwnOffice(source: string, siteName: string | null): boolean {
  if (siteName === null) return false;
  const unit = toSimplified(source.trim());
  const site = toSimplified(siteName.trim());
  if (isOwnDivision(unit, site)) return true;
  const office = unit.match(OFFICE);
  if (!office) return false;
  const kind = unit.slice(0, office.index);
  return /^\p{Script=Han}{2,4}$/u.test(kind) && site.length > kind.length && site.endsWith(kind);
}

// A ministry's departments are 司 (资源管理司 of 数字发展部). A bureau's division (处) is left to
// its credit: the fixtures' gold keeps a city bureau's 信息来源：…处 as the page's source, a
// department answering for the text.
const MINISTRY = /部$/u;
const MINISTRY_DEPARTMENT = /^\p{Script=Han}{2,6}(?<!公)司$/u;
// A place before the department (东州市规划司) makes it another body's.
const PLACE_WORD = /[省市县区州]/u;

/**
 * "發布單位：資源管理司" on the site of 數位發展部: a division of the kind the site's body is made of,
 * named bare (no place, no other body before it), is the site's own, as 办公室 is.
 */
function isOwnDivision(unit: string, site: string): boolean {
  return MINISTRY.test(site) && MINISTRY_DEPARTMENT.test(unit) && !PLACE_WORD.test(unit.slice(0, -1));
}
