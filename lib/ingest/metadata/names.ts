/**
 * Is a credited name a person or an outlet? Pages put outlets where people belong (sina's
 * article:author holds 参考消息, a portal's meta author is the portal, a self-media account sits
 * in the author slot), so each resolver asks before it files a name: a person has a short Han
 * name or a Latin name; an outlet ends in the vocabulary of publishers (报, 社, 网, 新闻…) or is
 * longer than a personal name. Vocabulary only: no outlet is named here.
 */
import { foldForCompare } from "../../text/fold";
import { hasSurnameShape } from "../entities/names";
import { simplifiedLine as toSimplified } from "./simplified";

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z.'\- ]{1,30}$/;
// A transliterated name (莉娜·陈, 约翰·史密斯) or a minority one (阿依古丽·买买提): Han parts joined by a middle dot.
const DOTTED_NAME = /^\p{Script=Han}{1,6}(?:[·・‧•]\p{Script=Han}{1,8}){1,3}$/u;
const OUTLET_END = /(报|社|网|台|刊|志|新闻|消息|资讯|头条|财经|科技|之家|在线|传媒|媒体|文化|频道|客户端|工作室|编辑部|研究院|公众号|中心|集团|公司|综合)$/u;
// 记者提问 (a photo caption), 记者了解到: what reporters do after the word, read as if it were a name;
// a profile card's counters and badges (本站编辑 · 已发布 1286 篇, 已认证) after a role word, the same.
const NOT_PERSON = /^(来源|作者|编辑|记者|本站|本网|本报|网友|佚名|未知|匿名|admin|unknown|网络|互联网|原创|综合|整理|转载|管理员|系统管理员|最新|相关|更多|全部|其他|文章|赞赏|关注|简介|主页|专栏|首页|编制|信息|调查|采访|报道|摄影|实习|见习|图文|供稿|通讯|排版|校对|审核|美编|设计|出品|策划|监制|提问|提出|了解|获悉|走访|探访|朋友|已发布|已发表|已认证|已关注|已入驻)/i;
// Section headings under an article (更多新闻, 其他科技新闻, 最多人看的…) end like outlets but name none.
const SECTION = /^(更多|其他|其它|最多|最新|相关|热门|推荐|精彩|今日|合法|授权)/;

// 三月, 十二月, 星期二: a calendar word of a name's length (an hAtom date's visible text, 三月 5th, 2024,
// beside the byline) dates, it names no one.
const CALENDAR = /^(?:(?:[一二三四五六七八九十]|十[一二]|正|腊)月|(?:星期|礼拜)[一二三四五六日天])$/u;

/** The name folded for comparisons (width, case, script). */
export const foldName = (s: string) => toSimplified(foldForCompare(s));

/** An outlet by its vocabulary alone (新闻, 社, 网, 频道…), whatever its length or shape. */
export function endsLikeOutlet(name: string): boolean {
  return OUTLET_END.test(toSimplified(name.trim()));
}

/** A word of the page's own furniture or a role (来源, 原创, 首页, 编辑…), not anyone's handle. */
export function isRoleOrSectionWord(name: string): boolean {
  const n = toSimplified(name.trim());
  return NOT_PERSON.test(n) || SECTION.test(n) || CALENDAR.test(n);
}

export function looksLikeOutlet(name: string): boolean {
  const n = toSimplified(name.trim());
  if (n.length < 2 || n.length > 30 || /^\d+$/.test(n) || /https?:|www\.|@/.test(n) || SECTION.test(n)) return false;
  return OUTLET_END.test(n) || (/\p{Script=Han}/u.test(n) && !(HAN_NAME.test(n) && hasSurnameShape(n)) && !/[\s,，、]/.test(n));
}

export function looksLikePerson(name: string): boolean {
  const n = toSimplified(name.trim());
  if (NOT_PERSON.test(n) || CALENDAR.test(n) || /\d|@|https?:/.test(n)) return false;
  if (LATIN_NAME.test(n)) return !/\.(com|cn|net)$/i.test(n);
  if (DOTTED_NAME.test(n) && n.length <= 14) return n.split(/[·・‧•]/u).every((part) => !OUTLET_END.test(part) && !NOT_PERSON.test(part));
  return HAN_NAME.test(n) && hasSurnameShape(n) && !OUTLET_END.test(n) && !DEPARTMENT.test(n);
}

// 宣传科, 办公室, 综合处, 医务部: an office of the body whose page it is, put in the author slot; its
// first word says what the office does (宣 is a surname, 宣传 a function), its last that it is an office.
const DEPARTMENT = /^(?:宣传|办公|综合|人事|财务|组织|党政|党办|院办|校办|医务|护理|科教|科研|教务|学工|后勤|保卫|总务|外事|团委|工会|纪检|监察|审计|法务|法规|规划|统计|新闻|网络|教学|招生|就业|信息)(?:科|处|室|部|办|股|组|站)$/u;

// 「食べログマガジン」編集部, X编辑部: the site's own desk, its name quoted or not, is the site; so is
// its research arm named after it (出品丨X研究院 on X): no other outlet.
const OWN_DESK = /^[「『《“"]?(.{2,30}?)[」』》”"]?\s*(?:编辑部|编集部|编辑组|编辑团队|研究院|研究中心|研究所|智库)$/u;

// A person's name closing a personal site's name after a word of its own (a blog called 半山听雨 by 听雨)
// is the owner's pen name, not the site's short name, which opens it (网易 on 网易财经).
// A blog named by its owner and a word for a personal site (X笔记, X的博客, X小站) opens with the
// owner's name, which is then a writer's, not the site's short name.
// So does a possessive (X的杂货铺, X的书房): whatever the thing, the site is the person's.
const OWNED_SITE = /^(?:的)?(?:个人)?(?:笔记|博客|小站|随笔|日志|杂记|手记|札记|小屋|小窝|空间|主页|的博客)$|^的\p{Script=Han}{1,5}$/u;
const OWNER_HEAD = (n: string, site: string) => site.startsWith(n) && OWNED_SITE.test(site.slice(n.length)) && HAN_NAME.test(n) && hasSurnameShape(n);
const OWNER_TAIL = (n: string, site: string) => site.length - n.length >= 2 && site.endsWith(n) && HAN_NAME.test(n) && hasSurnameShape(n) && !OUTLET_END.test(n);

/** The site naming itself (网易 on 网易财经) says nothing about who wrote or first published. */
export function isSiteName(name: string, siteName: string | null): boolean {
  if (!siteName) return false;
  const [n, site] = [foldName(name), foldName(siteName)];
  const desk = n.match(OWN_DESK)?.[1];
  return n === site || (n.length >= 2 && site.includes(n) && !OWNER_TAIL(n, site) && !OWNER_HEAD(n, site)) || (desk !== undefined && desk === site);
}
