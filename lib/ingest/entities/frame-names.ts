/**
 * Organisations named once, in a frame only an organisation fills: 在X平台上 (a platform's
 * owner), X旗下 (what it owns), 记者从X获悉 / 致电X / 据X工作人员介绍 (where a reporter asked), X相关负责人表示 (who
 * speaks for it), X方面回应称 (a side speaking), 接近X的人士 (a source close to it), X官方微博 (its official account), X创始人
 * with no name after it (the post itself), 由Y创立的X宣布 (what was founded) and 名为“X”的公司
 * (a name given with its kind). The frame says what X is; the
 * name itself must still look like one (an organisation's suffix, a body's, or Latin letters),
 * except after 名为, where the article says so in words.
 */
import { sentenceAt, type ArticleText } from "./article-text";
import type { FoundName, OrgSpan } from "./discover";
import { acceptable } from "./org-contexts";
import { isPlaceName } from "./institution-names";
import { GENERIC_LATIN, LEAD_NOISE, ORG_SUFFIX } from "./org-words";
import { anchoredMatches, prepareAnchors } from "./anchored-matches";

/** A government body's or an office's ending (市教育局, 发改委, 省工信厅, 国家数据局). */
const BODY_END = /(?:局|委员会|委|厅|署|办公室|办)$/;
const LATIN = /^[A-Za-z][A-Za-z0-9 .&-]*[A-Za-z0-9]$/;

const HAN_OR_LATIN = "[A-Za-z][A-Za-z0-9 .&-]{1,29}?|[\\u4e00-\\u9fff]{2,12}?";
/** 在X平台上, 在X的平台上, 登陆X平台 (the platform belongs to X). */
const ON_PLATFORM = new RegExp(`(?:在|登陆|登录|入驻)(${HAN_OR_LATIN})(?:的)?(?:开放)?平台(?:上|中|内)`, "g");
/** X旗下, opening its clause (宣墨科技旗下的写作助手). */
const OWNS = new RegExp(`(?:^|[，。；：、,;:\\n“”])(${HAN_OR_LATIN})旗下`, "g");
/** 从X获悉, 从X处了解到 (the source a reporter asked). */
const LEARNT_FROM = new RegExp(`从(${HAN_OR_LATIN})(?:处)?(?:获悉|了解到|得知)`, "g");
/** X相关负责人 + a speech verb, opening its clause. */
const SPOKES = new RegExp(`(?:^|[，。；：,;:\\n“”])(${HAN_OR_LATIN})(?:的)?(?:相关|有关)负责人(?:表示|介绍|称|透露|告诉|坦言|回应)`, "g");
/** 接近X的人士 (a source close to X): only an organisation has people close to it in news. */
const CLOSE_TO = new RegExp(`接近(${HAN_OR_LATIN})的(?:人士|知情人士|消息人士)`, "g");
/** X官方微博, 据X官方微信公众号消息: the official account of X. */
const OFFICIAL_ACCOUNT = new RegExp(`(?:^|[，。；：、,;:\\n“”据])(${HAN_OR_LATIN})(?:的)?官方(?:微信公众号|公众号|微博|网站|账号|App)`, "g");
/**
 * X(的)创始人 with no name after the title (作为X的创始人，…; 栾志远，X创始人，…): the post is
 * named for itself, so what holds it is the organisation.
 */
const CHIEF_OF = new RegExp(`(?:^|[，。；：、,;:\\n“”]|作为)(${HAN_OR_LATIN})(?:的)?(?:联合创始人|创始人|创办人|董事长|总裁|首席执行官|CEO|首席技术官|CTO|首席科学家)(?:兼(?:CEO|CTO|董事长|总裁|首席执行官))?(?=[，。；、,;])`, "g");
/** 由Y创立的X宣布…: the thing founded, then what only an organisation does. */
const FOUNDED_ONE = new RegExp(`(?:创立|创办|孵化|成立)的(${HAN_OR_LATIN})(?=(?:今日|今天|近日|日前|正式|已|也)?(?:宣布|完成|获得|推出|发布|上线))`, "g");
/** 记者致电X， (the organisation a reporter rang). */
const RANG = new RegExp(`致电(${HAN_OR_LATIN})(?=[，。；,;])`, "g");
/** 据X工作人员介绍 (what the organisation's staff said). */
const STAFF_SAID = new RegExp(`据(${HAN_OR_LATIN})(?:工作人员|人员|有关人士|相关人士)(?:介绍|透露|称|表示)`, "g");
/** X方面表示/回应称: a side that speaks as a body (澄川数据方面回应称). */
const SIDE_SAYS = new RegExp(`(?:^|[，。；：、,;:\\n“”])(${HAN_OR_LATIN})方面(?:表示|称|回应|回复|透露|证实|否认|介绍|对此)`, "g");
/** 名为“X”的公司: the article names the organisation and says what it is. */
const NAMED_AS = /名为[“"「『]([^”"」』\n]{2,16})[”"」』]的(?:[\u4e00-\u9fff]{0,6})?(?:公司|企业|机构|平台|创业公司|初创公司|基金|投资机构|实验室|研究院)/g;

/** 独立公司“X科技”, 新公司「X」: a company head right before a quoted name says the quote is that company's name. */
const QUOTED_AFTER_HEAD = /(?:新|独立|合资|子|初创|创业)?公司[“"「『]([^”"」』\n]{2,16})[”"」』]/g;

/** The longest name HAN_OR_LATIN reads (a Latin run of 30). */
const NAME = 30;
/**
 * Each frame in reading order, with the words every match of it holds and how far after the
 * match's start they may begin (./anchored-matches): the frame's lead, the longest name and the
 * optional words between.
 */
const FRAMES: [RegExp, string[], number][] = [
  [ON_PLATFORM, ["平台"], 2 + NAME + 1 + 2],
  [OWNS, ["旗下"], 1 + NAME],
  [LEARNT_FROM, ["获悉", "了解到", "得知"], 1 + NAME + 1],
  [SPOKES, ["负责人"], 1 + NAME + 1 + 2],
  [CLOSE_TO, ["接近"], 0],
  [OFFICIAL_ACCOUNT, ["官方"], 1 + NAME + 1],
  [CHIEF_OF, ["联合创始人", "创始人", "创办人", "董事长", "总裁", "首席执行官", "CEO", "首席技术官", "CTO", "首席科学家"], 2 + NAME + 1],
  [FOUNDED_ONE, ["创立的", "创办的", "孵化的", "成立的"], 0],
  [SIDE_SAYS, ["方面"], 1 + NAME],
  [RANG, ["致电"], 0],
  [STAFF_SAID, ["据"], 0],
];

const NAMED_AS_ANCHORS = ["名为"];
const QUOTED_AFTER_HEAD_ANCHORS = ["公司"];
for (const anchors of [...FRAMES.map(([, a]) => a), NAMED_AS_ANCHORS, QUOTED_AFTER_HEAD_ANCHORS]) prepareAnchors(anchors);

/** Words of the reporter's clause or of a post taken, not of a name (记者昨日|点击…, X目前担任|公司, 首家…). */
const CLAUSE_WORDS = /记者|[昨今明]日|[昨今明]天|日前|近日|点击|登录|访问|打开|浏览|担任|出任|兼任|任职|现任|曾任|升任|接任|目前|此前|首家|一家|这家|该/;

/** A reporter and perhaps a time word right before 从 (记者今天从X获悉). */
const REPORTER_BEFORE = /记者(?:[昨今]日|[昨今]天|日前|近日)?$/;

/** A name that looks like an organisation's: its suffix, a body's ending, or Latin letters. */
function looksNamed(name: string): boolean {
  if (LATIN.test(name)) return name.length >= 2 && !GENERIC_LATIN.has(name.toLowerCase());
  // 市|轨道交通集团, 县|卫健局: the level word stands for a place the text leaves unnamed, and the rest is a kind
  // a body (…局, …委) only with the state or a named place before it (国家数据局, 沙坪坝区公安分局), not a bare 分局 or 邮政局
  const body = !ORG_SUFFIX.test(name) && BODY_END.test(name);
  if (body && !(name.length >= 5 && (/^(?:国家|中国|中央|国务院)/.test(name) || /^[\u4e00-\u9fff]{2,4}[省市区县]/.test(name) || [2, 3].some((n) => isPlaceName(name.slice(0, n)))))) return false;
  return (ORG_SUFFIX.test(name) || body) && !CLAUSE_WORDS.test(name) && !/^[省市县区镇]/.test(name) && acceptable(name);
}

export function frameOrgNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  const free = (s: number, e: number) => !taken.some((o) => o.start < e && o.end > s) && !out.some((f) => f.at < e && f.at + f.name.length > s);
  const add = (raw: string, s: number, check: (name: string) => boolean) => {
    // a lead word opens the clause (据悉，|其中|X旗下): the name starts after it
    const lead = LEAD_NOISE.exec(raw);
    const name = (lead ? raw.slice(lead[0].length) : raw).trim();
    const at = s + raw.indexOf(name);
    if (name.length < 2 || !check(name) || !free(at, at + name.length)) return;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, at), at });
  };
  for (const [re, anchors, reach] of FRAMES) {
    for (const m of anchoredMatches(text, re, anchors, reach)) {
      // 从X数据获悉 is learnt from X's figures (数据 the thing, not a suffix) unless a reporter asked (记者从X数据获悉)
      const figures = re === LEARNT_FROM && m[1]!.endsWith("数据") && !REPORTER_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index));
      if (!figures) add(m[1]!, m.index + m[0].indexOf(m[1]!), looksNamed);
    }
  }
  for (const m of anchoredMatches(text, NAMED_AS, NAMED_AS_ANCHORS, 0)) add(m[1]!, m.index + m[0].indexOf(m[1]!), (n) => LATIN.test(n) || acceptable(n, true));
  // …only a quote shaped like an organisation's name (its suffix), so 公司“降本增效” stays a slogan
  for (const m of anchoredMatches(text, QUOTED_AFTER_HEAD, QUOTED_AFTER_HEAD_ANCHORS, 2)) add(m[1]!, m.index + m[0].indexOf(m[1]!), looksNamed);
  return out;
}
