/**
 * Foreign people written in Han characters chosen for their sound, with no middle dot, right after
 * a post (英国现任外相X也…, 敦促首相X在…, 俄外长X称): the surname table cannot read such a name, and
 * foreign-office-names wants the country glued to the office and an act or a second mention. Here
 * the post vouches for the place and the characters vouch for the name: every one of them must be
 * a character transliterations use (斯, 尔, 克, 约, 翰, 逊…) and the run must stop at a verb, a
 * particle or a mark. A post only foreign states give (首相, 外相, 国务卿) needs no country; a post
 * China gives too (总统, 外长, 部长) needs a foreign country before it, as a Chinese name after
 * 外长 or 总理 reads with the same characters (李, 王) and is the surname table's to find.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHanAt } from "./context";
import type { FoundName, FoundRole, OrgSpan, PersonSpan } from "./discover";
import { COUNTRIES } from "./institution-names";
import { isCommonWord, verbStartsAt } from "./names";
import { wordHits, wordTable } from "./word-hits";

/** Characters of the usual transliteration table for Western, Russian and Arabic names (general vocabulary). */
const TRANSLIT = new Set(
  ("阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕波伯博布查达戴丹道德登迪蒂丁东杜多厄恩尔法范菲费芬丰佛弗福富盖冈戈格贡古哈海汉豪赫亨洪霍基吉" +
    "加贾杰金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉列林琳卢鲁路伦罗洛马玛迈麦曼梅门蒙米密缅莫摩默姆穆纳娜奈南内嫩尼涅宁纽努诺" +
    "欧帕佩彭蓬皮普奇齐恰乔切钦琼丘萨塞赛桑瑟森沙莎舍施舒斯松苏索塔泰坦汤特提廷图托瓦旺威韦维温沃乌西希锡夏谢辛休雅亚扬耶伊尤约泽扎詹兹" +
    "卓逊翰斐妮丝黛夫娃娅")
    .split(""),
);
/** Posts only a foreign state gives: the post alone places the holder abroad. */
const FOREIGN_POST = /^(?:副首相|首相|外相|国务卿|外交大臣)$/;
/** Those posts, and the posts China gives too, after which a foreign country must stand. */
/** Read in the shared pass over the article (word-hits), not a scan of the whole text of its own. */
const POSTS = wordTable(["副首相", "首相", "外相", "国务卿", "外交大臣", "副总统", "总统", "副总理", "总理", "外交部长", "国防部长", "外长", "防长", "财长", "大使", "参议员", "众议员", "议员"]);
/** A word between the country and the post saying when the holder held it (英国现任外相). */
const TENURE = /(?:现任|时任|前任|新任|前)$/;
/** A country in one character, as headlines shorten it before a minister (俄外长, 美防长). */
const SHORT_COUNTRIES: ReadonlyMap<string, string> = new Map([["美", "美国"], ["英", "英国"], ["法", "法国"], ["德", "德国"], ["俄", "俄罗斯"], ["日", "日本"], ["韩", "韩国"], ["澳", "澳大利亚"], ["加", "加拿大"], ["印", "印度"], ["意", "意大利"]]);
/** Particles and linking words that close a name as a verb does (拉布也…, 约翰逊在…, 卢X和Y). */
const CLOSER = /^[也在和与及则还就曾已将的说称]/;
const FOREIGN_COUNTRIES = COUNTRIES.filter((c) => c !== "中国" && c !== "欧盟");

function countryBefore(text: string, end: number, shortOk: boolean): OrgSpan | null {
  const full = FOREIGN_COUNTRIES.find((c) => end >= c.length && text.startsWith(c, end - c.length));
  if (full) return { start: end - full.length, end, slug: null, name: full };
  // a one-character country only when nothing Han stands before it (中俄外长 is two sides, not Russia's)
  const short = end >= 1 && shortOk ? SHORT_COUNTRIES.get(text[end - 1]!) : undefined;
  if (!short) return null;
  return end >= 2 && isHanAt(text, end - 2) ? null : { start: end - 1, end, slug: null, name: short };
}

/** The country giving the post that starts at `at`, allowing a tenure word between them. */
function givingCountry(text: string, at: number, post: string): OrgSpan | null {
  const tenure = TENURE.exec(text.slice(Math.max(0, at - 2), at));
  const end = at - (tenure ? tenure[0].length : 0);
  return countryBefore(text, end, !tenure && /^(?:外长|防长|财长|总统|总理)$/.test(post));
}

/** The transliterated run at `s`: 2–5 table characters, then a verb, a particle or a mark. */
export function soundNameAt(text: string, s: number): string | null {
  let e = s;
  while (e < text.length && e - s <= 5 && TRANSLIT.has(text[e]!)) e++;
  const len = e - s;
  if (len < 2 || len > 5) return null;
  if (isHanAt(text, e) && !CLOSER.test(text.slice(e, e + 1)) && !verbStartsAt(text, e)) return null;
  return text.slice(s, e);
}

function taken(orgs: OrgSpan[], people: PersonSpan[], s: number, e: number): boolean {
  return orgs.some((o) => o.start < e && o.end > s) || people.some((p) => p.start < e && p.end > s);
}

export function transliteratedPostNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[], known: FoundName[]): { names: FoundName[]; roles: FoundRole[] } {
  const text = t.simp;
  const names: FoundName[] = [];
  const roles: FoundRole[] = [];
  for (const { at, word: post } of wordHits(text, POSTS)) {
    const country = givingCountry(text, at, post);
    if (!country && !FOREIGN_POST.test(post)) continue;
    const s = at + post.length;
    const name = soundNameAt(text, s);
    if (!name || isCommonWord(name) || COUNTRIES.includes(name) || taken(orgs, people, s, s + name.length)) continue;
    // 与, 和, 及 also open words (与会, 和平, 及时): after a name said only once they do not close it
    if (/[与和及]/.test(text[s + name.length] ?? "") && text.indexOf(name, s + name.length) === -1 && text.indexOf(name) === s) continue;
    if (known.some((n) => n.at === s) || names.some((n) => n.at === s)) continue;
    names.push({ type: "person", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
    if (country) roles.push({ personSlug: null, personName: name, personStart: s, org: country, title: post, sentence: sentenceAt(t, s) });
  }
  return { names, roles };
}
