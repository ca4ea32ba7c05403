/**
 * Subsidiaries named after the word that says what they are (全资子公司星河数智宣布…, 旗下子公司
 * 云图智能负责…), and the parent opening the clause before it (华策影视|控股子公司…): news often
 * writes a subsidiary without a suffix or its parent's name, and the head noun is the evidence.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHan, isHanAt, isClauseBreakAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { plausibleShortName } from "./subject-names";
import { isGenericStem, ORG_SUFFIX, PHRASE_CHARS } from "./org-words";
import { isPlaceName } from "./institution-names";
import { isCommonWord } from "./names";
import { TITLES } from "./titles";

const HEADS = ["子公司", "母公司"];
/** Characters that make a word with 子 (电子, 量子, 原子, 粒子, 种子): before 子公司 they leave a company of that trade. */
const WORD_WITH_ZI = /^[电量原粒种]$/;
/** What ends the subsidiary's name: a verb, a particle or a time word after it (…星河数智|宣布, …云图智能|负责). */
const AFTER_NAME = /^(?:宣布|推出|发布|负责|主要|专注|正式|近日|日前|今日|已经|已|将|也|则|在|于|是|的|与|和|及|成立|获得|完成|表示|称|展示|上线|开发|研发|提供|承担|运营|持有|作为)/;
/** Words between a parent and the head (华策影视|控股|子公司, X的全资子公司). */
const HEAD_MODIFIER = /(?:的)?(?:全资|控股|控股的|旗下的?|旗下)?$/;
const CONFIDENCE = 0.75;
/** Verbs whose object the head is (调任母公司, 加入子公司, 回到母公司): the run before them is a clause. */
const TAKES_HEAD = /(?:调任|调往|调回|出任|担任|加入|加盟|回到|回归|离开|入职|转任|转岗|任职于|供职于|收购|出售|注入)$/;
/** What a deal buys of a subsidiary, not its name (收购控股子公司|少数股权, 子公司|部分资产). */
const STAKE_WORDS = /^(?:少数|部分|全部|多数|其他|其余|相关)|(?:股权|股份|资产|业务|权益|股东)$/;

/** What opens a predicate, not a name (子公司|获融资, 子公司|拟上市, 子公司|发布成果): the head ends a clause there. */
const PREDICATE_OPENING = /^(?:获|拟|遭|被|再获|又获|宣布|完成|启动|正式|发布|推出|上线|公布|披露)/;

function nameShaped(name: string): boolean {
  if (PREDICATE_OPENING.test(name)) return false;
  if (name.length < 2 || STAKE_WORDS.test(name) || name.length > 8 || PHRASE_CHARS.test(name) || isGenericStem(name) || isCommonWord(name)) return false;
  return name.length > 4 || plausibleShortName(name);
}

function free(taken: OrgSpan[], s: number, e: number): boolean {
  return !taken.some((o) => o.start < e && o.end > s);
}

export function subsidiaryNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  // 母公司 the other way round (Manus|母公司|蝴蝶效应): both sides are companies all the same
  for (const HEAD of HEADS) for (let at = text.indexOf(HEAD); at !== -1; at = text.indexOf(HEAD, at + HEAD.length)) {
    const s = at + HEAD.length;
    // 电子|公司, 量子|公司: 子 closes a word there, and no 子公司 is named
    if (HEAD === "子公司" && WORD_WITH_ZI.test(text[at - 1] ?? "")) continue;
    // the subsidiary: the shortest run after the head that a verb or particle ends
    for (let len = 2; len <= 8 && s + len <= text.length; len++) {
      if (!isHanAt(text, s) || !isHanAt(text, s + len - 1)) break;
      const next = text[s + len];
      if (next !== undefined && isHan(next) && !AFTER_NAME.test(text.slice(s + len, s + len + 2))) continue;
      const name = text.slice(s, s + len);
      if (nameShaped(name) && free(taken, s, s + len)) out.push({ type: "company", name, confidence: CONFIDENCE, evidence: sentenceAt(t, s), at: s });
      break;
    }
    // the parent: a whole clause-opening run before the head and its modifiers
    const modifier = HEAD_MODIFIER.exec(text.slice(Math.max(0, at - 4), at));
    const e = at - (modifier ? modifier[0].length : 0);
    let ps = e;
    while (ps > 0 && ps > e - 8 && isHanAt(text, ps - 1) && !isClauseBreakAt(text, ps - 1)) ps--;
    if (ps === e || (ps > 0 && !isClauseBreakAt(text, ps - 1) && text[ps - 1] !== " ")) continue;
    const parent = text.slice(ps, e);
    // 原总裁X|调任|母公司: a clause whose verb takes the head as its object, not a parent's name
    if (TAKES_HEAD.test(parent) || TITLES.some((x) => parent.includes(x))) continue;
    if (nameShaped(parent) && free(taken, ps, e)) out.push({ type: "company", name: parent, confidence: CONFIDENCE, evidence: sentenceAt(t, ps), at: ps });
  }
  out.push(...ownedNames(t, [...taken, ...out.map((f) => ({ start: f.at, end: f.at + f.name.length, slug: null, name: f.name }))]));
  out.push(...headedUnits(t, [...taken, ...out.map((f) => ({ start: f.at, end: f.at + f.name.length, slug: null, name: f.name }))]));
  return out;
}

/** The suffixes an organisation's brand stands before elsewhere in the article (华辰|银行, 华辰|集团). */
const SUFFIX_AFTER_BRAND = new RegExp(`^(?:${ORG_SUFFIX.source.replace(/^\(|\)\$$/g, "")})`);

/** The brand opens an organisation's name elsewhere in the article (华辰集团 before 集团旗下的华辰物业公司). */
function brandNamedElsewhere(text: string, brand: string, at: number): boolean {
  for (let i = text.indexOf(brand); i !== -1; i = text.indexOf(brand, i + 1)) if (i !== at && SUFFIX_AFTER_BRAND.test(text.slice(i + brand.length, i + brand.length + 5))) return true;
  return false;
}

/** Words that stand for the owner already named (集团旗下的…): the brand must then open that owner's name elsewhere. */
const OWNER_BACK = /(?:^|[，。；、：,;:])(?:该|其|本)?(?:集团|公司)$/;

/** The owner right before 旗下 opens with the unit's brand (华辰银行|旗下的|华辰…), or stands for an owner the article names with it (集团|旗下的|华辰…). */
function ownerCarriesBrand(text: string, at: number, brand: string): boolean {
  const before = text.slice(Math.max(0, at - 10), at);
  const clause = before.slice(Math.max(...[...before].map((c, i) => (/[，。；、：,;:]/.test(c) ? i + 1 : 0))));
  if (clause.startsWith(brand)) return true;
  return OWNER_BACK.test(before) && brandNamedElsewhere(text, brand, at);
}

/**
 * 华辰银行旗下的|华辰消费金融公司, 国资委旗下的|江西省投资集团: after 旗下的 a full name closed by
 * 公司 or 集团 is the unit owned, named as written, when its owner carries its brand (a subsidiary
 * carries its parent's: 华辰银行|…华辰…, or 集团旗下 with the brand opening an organisation's name
 * elsewhere) or a province or city opens a 集团 (a state enterprise's name). A kind
 * (旗下的资产管理公司, 旗下的多家公司) has neither.
 */
function headedUnits(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (let at = text.indexOf("旗下"); at !== -1; at = text.indexOf("旗下", at + 2)) {
    const s = at + 2 + (text[at + 2] === "的" ? 1 : 0);
    for (let len = 4; len <= 10 && s + len + 2 <= text.length; len++) {
      if (!isHanAt(text, s + len - 1)) break;
      const head = text.slice(s + len, s + len + 2);
      if (head !== "公司" && head !== "集团") continue;
      const stem = text.slice(s, s + len);
      const place = [3, 2].find((n) => isPlaceName(stem.slice(0, n)));
      const branded = place === undefined && !isCommonWord(stem.slice(0, 2)) && ownerCarriesBrand(text, at, stem.slice(0, 2));
      // a place opening a 公司 is a branch (上海分公司), so only a 集团 is named by its place
      if (PHRASE_CHARS.test(stem) || isGenericStem(stem) || !(branded || (place !== undefined && head === "集团" && len - place >= 2))) break;
      const name = stem + head;
      if (free(taken, s, s + name.length)) out.push({ type: "company", name, confidence: CONFIDENCE, evidence: sentenceAt(t, s), at: s });
      break;
    }
  }
  return out;
}

/** A Han name, its Latin name in brackets, then 旗下 (与|新加坡电信（Singtel）|旗下的…): a proper name that owns something. */
const GLOSSED_OWNER = /(?:^|[，。；、：,;:与和及由同])([\u4e00-\u9fff]{2,8})[(（][A-Z][A-Za-z0-9 .&'-]{1,30}[)）]$/;

function glossedOwner(text: string, at: number): { start: number; end: number; name: string } | null {
  const m = GLOSSED_OWNER.exec(text.slice(Math.max(0, at - 48), at));
  if (!m) return null;
  const name = m[1]!;
  const end = at - (m[0].length - m[0].indexOf(name) - name.length);
  if (!nameShaped(name)) return null;
  return { start: end - name.length, end, name };
}

/** What a company owns that is no company (大模型团队, 微信公众平台, 视频生成产品, 办公软件公司): a kind, not a name. */
const KIND_ENDING = /(?:团队|平台|产品|公司|企业|业务|部门|品牌|应用|服务|工具|模型|系统|助手|项目|频道|账号|公众号|小程序|网站|门户)$/;

/** What ends a unit's name after 旗下的: the verbs above, and a round's (问鼎投资|共同领投, X|参投). */
const AFTER_OWNED = /^(?:共同|联合|领投|跟投|参投|追投)/;

/**
 * 宁德时代旗下的|问鼎投资|共同领投, 中国联通旗下的|联通数科|也…: a known organisation's 旗下 heads the
 * unit it owns; the unit is named in full and acts right after, as a company does.
 */
function ownedNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (let at = text.indexOf("旗下"); at !== -1; at = text.indexOf("旗下", at + 2)) {
    if (!taken.some((o) => o.end === at)) {
      const owner = glossedOwner(text, at);
      if (owner && free(taken, owner.start, owner.end)) out.push({ type: "company", name: owner.name, confidence: CONFIDENCE, evidence: sentenceAt(t, owner.start), at: owner.start });
      continue;
    }
    const s = at + 2 + (text[at + 2] === "的" ? 1 : 0);
    // from three characters: a unit's name as short as 欢乐谷 ends before an adverb (欢乐谷|则联合…), not with it
    for (let len = 3; len <= 6 && s + len <= text.length; len++) {
      if (!isHanAt(text, s + len - 1)) break;
      // the unit acts right after its name (…|也, …|共同领投); a list or a clause end leaves a product or line of business (淘宝闪购、)
      const after = text.slice(s + len, s + len + 2);
      if (!AFTER_NAME.test(after) && !AFTER_OWNED.test(after)) continue;
      const name = text.slice(s, s + len);
      if (nameShaped(name) && !KIND_ENDING.test(name) && free(taken, s, s + len)) out.push({ type: "company", name, confidence: CONFIDENCE, evidence: sentenceAt(t, s), at: s });
      break;
    }
  }
  return out;
}
