/**
 * The publisher the article credits — not the site that copied it (that is the site claim,
 * resolve-site-claim.ts). By order of evidence, the first that names someone wins:
 *  1. a credit line (本文来自微信公众号「X」, 转载自X) in the header, under the body, or opening
 *     or closing the body: the original publisher, stronger than any claim;
 *  2. a source line in the header (来源：X, 稿源, 出处), then a mail's sender (发件人：X <address>), then under the body (文章来源：X),
 *     then a newspaper's edition line (《X报》（date 第N版））,
 *     then an outlet marking the piece its own (本文为X原创 under the body, [ X 原创 ] in the header),
 *     then a post's account line in the header (原创 作者 账号 日期, 账号 | 公众号 ID, X报道, or a
 *     social post's account over its time line: 账号 / 25-3-2 10:15 发布于 北京 来自 客户端),
 *     then a short outlet line the classifier found under the body, then a header line that is
 *     only an outlet's name (中国时报) or brackets one beside the reporter (【中广新闻／陈奕华】);
 *  3. a meta tag declaring the source (source, og:source, contentSource);
 *  4. a source an inline script declares (a page-data object's source, else the publishing
 *     account: var nickname = "…", mediaInfo: {name}), checked like a 来源 claim;
 *  5. an element of the header classed as the source (class="source"), whose text the page
 *     shows beside the date;
 *  6. an agency dateline opening the body (新华社北京2月29日电, 长江网10月4日讯, 新京报快讯,
 *     IT观察 3 月 5 日消息), or a newsroom opening it with what it learned (36氪获悉，), or a feature's
 *     dateline on its own line before 题： and the feature's headline; or a press release's issuer, in
 *     the bracketed label opening its lead (【X新闻稿】) or the wire's closing line (SOURCE X);
 *  7. an outlet standing in an author slot (article:author = 参考消息, a self-media account in
 *     the byline element, an account beside the writer in a byline line: 文｜林小北 智能涌现,
 *     or the outlet's short name before its writers: 文｜财新 X Y),
 *     since a name that is no person's is the publisher's;
 *  8. the newsroom a header byline's label names (界面新闻记者 | X);
 *  9. the newsroom of the report's closing line (希望之声国际广播电台张翠报导);
 * 10. the newsroom in brackets closing the last paragraph (…。（新华社））;
 * 11. the account of the page's follow card (a linked name beside a 关注 button, page-hints.ts):
 *     a self-media platform shows its publishing account there, not in the article's header;
 *     not when the page's data declares that name its poster (a user's note on a writing platform);
 * and apart, weakest (after an outlet branding the headline): the outlet a 出品｜X field names.
 * Generic claims (互联网, 本站) name no one and are skipped: null rather than junk. When nothing here
 * credits another outlet, extract-metadata.ts falls back on the site itself (own-site-source.ts).
 */
import { outletBesideCredits, unlabelledFields } from "./unlabelled-fields";
import type { MetadataEvidence } from "./evidence";
import { foldName, isSiteName, looksLikeOutlet, looksLikePerson } from "./names";
import { accountOf, accountUnderOriginalMark, CLOSING_OUTLET_REPORTER, LEAD_OUTLET_REPORTER, originalPublisher, postAccount, siteClaim } from "./source";
import { simplifiedLine as toSimplified } from "./simplified";
import { mailSender } from "./mail-headers";
import { REPORT_FIELD_LABEL } from "./report-field-label";
import { aboutIssuer } from "./about-issuer";
import { DATELINE_THEN_TI, PROSE_THEN_CREDIT } from "./metadata-line";
import { hasKnownSurname } from "../entities/names";

export interface ResolvedSource {
  source: string | null;
  /** The outlet a 出品｜X field names: weaker than an outlet branding the headline. */
  producer: string | null;
  originalPublisher: string | null;
  /** The page's own 来源 claim, generic or not (for the site claim). */
  claim: string | null;
}

// The newsroom's name may join two of its titles with a middle dot (中国证券报·中证网讯), a paper
// may call its own report 专讯 (【明报专讯】), a paper's name may stand in 《》 (《X日报》3月10日讯); 消息 counts
// only before a colon, a comma or the reporters' bracket (央视网消息：…, 中广网哈尔滨1月16日消息（记者…）).
// The name runs to its last suffix (中国日报网, not 中国日报 and a stray 网 before the day).
const DATELINE = /^\s*[【[《]?\s*((?:\p{Script=Han}|[A-Za-z]|[·・](?=\p{Script=Han})){1,14}?(?:社|网|报|台|新闻|客户端)(?![网社报台]))》?(?:\p{Script=Han}{0,6}?\d{1,2}月\d{1,2}日)?(?:电|讯|快讯|专讯|消息(?=[:：，,（(]))/u;
// "IT观察 3 月 5 日消息，", "智东西3月5日报道，", "X娱乐1月17日报道 (文/Y)": any short name (an outlet's own word for itself) before a day and 消息/电.
// "X12月3日丨…": a newsroom that sets a bar after its day where others write 消息.
const DAY_DATELINE = /^\s*[【[]?\s*((?:\p{Script=Han}|[A-Za-z0-9]){2,10}?)\s*[】\]]?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:晚间|早间|午间|凌晨)?\s*(?:(?:消息|电|报道)(?:[，,]|\s*[（(])|[丨｜|]\s*(?=\S))/u;
// 文／X with the full-width slash as often as 文/X: left on, the slash made the writer look like no person, so an outlet.
// 报道：X / 报导：X is a label only before its colon (report-field-label.ts).
const LABEL = new RegExp(`^(?:${REPORT_FIELD_LABEL.source}|作者|来源|文|记者|编辑|by)\\s*[:：|｜丨/／]?\\s*`, "i");

// 【中广新闻／陈奕华】: the outlet before the reporter's name.
const BRACKET_OUTLET = /^\s*[【[]\s*(\p{Script=Han}{2,10}?)\s*[／/]\s*(?:记者)?\s*\p{Script=Han}{2,4}\s*[】\]]/u;
// "經濟日報／記者李孟珊／台北即時報導", "欣传媒╱记者丁彦伶／台北报导", after the time or not: the outlet before the reporter.
const SLASH_OUTLET = /^\s*(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+)?(\p{Script=Han}{2,8})\s*[╱／/]\s*记者\s*\p{Script=Han}{2,4}\s*[／/╱]/u;
const PLATFORM_SUFFIX = /(?<=\p{Script=Han}{2})(?:微信公众号|微信公号|微信号|公众号|头条号|百家号)$/u;
// A header line that is nothing but an outlet's name (中国时报 under the headline).
const OUTLET_WORD = "(?:报|社|新闻|新闻网|日报|晚报|时报|周刊|杂志|电台|电视台)";
const BARE_OUTLET = new RegExp(`^\\p{Script=Han}{2,10}${OUTLET_WORD}$`, "u");
// "南洋日报-财经": the same name with its channel after a dash or a dot, as a portal credits a provider's feed.
const OUTLET_CHANNEL = new RegExp(`^(\\p{Script=Han}{2,10}${OUTLET_WORD})\\s*[-－–·•]\\s*\\p{Script=Han}{2,4}$`, "u");

// "第一财经 2025-04-09 18:12:40 作者：X", "亿欧网 · 2025年08月15日": the outlet's name first on its header line, then the date.
const NAME_THEN_DATE = /^([\p{Script=Han}A-Za-z0-9]{2,12})\s*(?:\s|[·•|｜丨]\s*)(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}/u;
const DATE_THEN_NAME = /^(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s+|\s*[|｜丨·]\s*)([\p{Script=Han}A-Za-z0-9]{2,12})(?:$|\s+(?:撰文|作者|记者|编辑|责编|文)\s*[:：|｜丨]|\s+(?:本报|特约|首席)?记者\s*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2}\s*$)/u;
// "量子前哨 2026-11-02 18:30": a name, then a full date and its clock time, nothing else on the line.
const NAME_DATE_TIME = /^(\p{Script=Han}{3,8})\s+(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}(?::\d{2})?$/u;
// A desk or an office (编辑部, 办公室, 新闻中心) time-stamping a page is the site's own, no outlet.
const OFFICE_WORD = /(?:部|室|处|组|中心|团队|小编)$/u;
const NAME_DOT_DATE = /^([\p{Script=Han}A-Za-z0-9]{2,12})\s*[·•]\s*(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}/u;
// "3小时前 · 智能前哨": a news app's row under the headline, the relative time first and the outlet
// after the dot. Only a relative time: after a dated time the dotted word is the place (10:00 · 北京).
// "（X市经济和信息化局　二〇二五年十一月二十八日）": an official text's issuer and its day in round brackets
// under the title; the name must end as a public body's or a company's does.
const ISSUER_AND_DATE = /^\s*[（(]\s*(\p{Script=Han}{2,24}?)\s+(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年[^（）()]{2,12}[）)]\s*$/u;
const DATE_DOT_NAME = /^(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[·•]\s*([\p{Script=Han}A-Za-z0-9]{4,12})$/u;
const PLACE_END = /[省市县区州镇乡村路街]$/u;
const RELATIVE_DOT_NAME = /^(?:\d{1,2}\s*(?:分钟|小时|天)前|刚刚)\s*[·•]\s*([\p{Script=Han}A-Za-z0-9]{2,12})$/u;
/** The name after such a date is an outlet only when it says so itself: 北京 after a date is the place of writing. */
// The suffix alone (资讯, 科技 beside the date) is a category's link, not an outlet: a name comes before it.
const DATED_OUTLET = /(?<=[\p{L}\p{N}])(?:报|社|新闻|新闻网|日报|晚报|时报|周刊|杂志|电台|电视台|网|资讯|头条|财经|科技|之家|在线|传媒|客户端)$/u;

// "界面新闻记者 | 伍洋宇", "北方晨报记者 韩雪 报道", "21世纪经济报道记者 孙燕", "示例新闻 记者 许东": the newsroom that names its own reporter in the label.
// A news brand's word (快讯, 资讯, 头条, 传媒) ends such a name as surely as 报 or 网 (X快讯 记者 Y 3月2日 18:40).
// An app named with a plus (南方+记者 X) is a newsroom by that sign as surely.
// The credit may stand in round brackets, as a closing line does: （财联社记者 李娜）.
const OUTLET_LABEL = /^\s*[（(]?\s*((?:\p{Script=Han}|[A-Za-z0-9]){2,10}?(?:新闻|日报|晚报|时报|早报|商报|报道|报|社|网|财经|科技|周刊|客户端|(?<![报网社台])快讯|资讯|头条|传媒|杂志|电视台)|\p{Script=Han}{2,8}\+)\s?(?:记者|编辑|撰稿)\s*[|｜丨:：/\s]/u;

// "南都记者 冯群星 发自北京": a reporter filing from a place under the newsroom's short name,
// which needs no outlet's suffix there: 发自 proves the line a reporter's.
const OUTLET_SENT_FROM = /^\s*(\p{Script=Han}{2,6}?)记者\s*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2}\s+发自/u;
const STAFF_WORD = /^(本报|本刊|本网|本台|特约|实习|见习|首席|资深|前方|随行|驻)/;
const PICTURE_CREDIT = /(?:摄|攝|供图|供圖|图|圖)\s*$/u;

/** 8. the outlet of a 「X记者 | name」 label in the header (not 本报, not the carrying site's own name). */
function labelOutlet(lines: string[], siteName: string | null): string | null {
  for (const line of lines) {
    const m = toSimplified(line).match(OUTLET_LABEL) ?? toSimplified(line).match(OUTLET_SENT_FROM);
    if (m && STAFF_WORD.test(m[1]!)) continue;
    if (m && !/^(本|每经|特约)/.test(m[1]!) && !isSiteName(m[1]!, siteName) && toSimplified(line).length === line.length) {
      const at = toSimplified(line).indexOf(m[1]!);
      return at === -1 ? m[1]! : line.slice(at, at + m[1]!.length);
    }
  }
  return null;
}

// The whole line, or one field of a line of fields (发布于 2025-03-21 | 作者：AI前哨站 | 阅读 3.2万).
const AUTHOR_FIELD = /(?:^|[|｜丨]\s*)作者\s*[:：]\s*([\p{Script=Han}A-Za-z0-9]{3,20})\s*(?:[|｜丨]|$)/u;
// "作者：钛媒体APP": an outlet's app signing as the author is the outlet.
const APP_SUFFIX = /(?<=\p{Script=Han}{2})(?:APP|App|app)$/u;
/** What a public body's or a company's name ends with (网信办, 工信部, 统计局, 研究院…). */
const INSTITUTION_END = /(?:办|部|局|委|委员会|院|会|厅|署|中心|集团|公司|协会|学会|研究所|实验室)$/;

/** Header lines read for unlabelled outlet | writer | time fields: they stand under the headline. */
const UNLABELLED_LINES = 2;

function outletLine(lines: string[], siteName: string | null, plainText = false): string | null {
  for (const [i, line] of lines.entries()) {
    const t = line.trim();
    const simp = toSimplified(t);
    const fields = i < UNLABELLED_LINES ? unlabelledFields(t) : null;
    if (fields && !isSiteName(fields.outlet, siteName)) return fields.outlet;
    const besideCredits = i < UNLABELLED_LINES ? outletBesideCredits(t) : null;
    if (besideCredits && !isSiteName(besideCredits, siteName)) return besideCredits;
    const bracket = simp.match(BRACKET_OUTLET);
    if (bracket && looksLikeOutlet(bracket[1]!)) return t.slice(t.indexOf("【") + 1 || 1).split(/[／/]/)[0]!.trim();
    const slashed = simp.match(SLASH_OUTLET);
    if (slashed && looksLikeOutlet(slashed[1]!) && !looksLikePerson(slashed[1]!) && !isSiteName(slashed[1]!, siteName)) {
      const at = slashed.index! + slashed[0].indexOf(slashed[1]!);
      return simp.length === t.length ? t.slice(at, at + slashed[1]!.length) : slashed[1]!;
    }
    if (BARE_OUTLET.test(simp) && looksLikeOutlet(t) && !isSiteName(t, siteName)) return t;
    const channelled = simp.match(OUTLET_CHANNEL);
    if (channelled && simp.length === t.length && !isSiteName(channelled[1]!, siteName)) return t.slice(0, channelled[1]!.length);
    // 2025年10月17日 08:12 解放日报, 2025年3月2日 星期日 | 北京商报: a date line that ends in the outlet's name, or the name and then
    // the people's fields (2025/04/02 08:00  云端财经  撰文：X  编辑：Y)
    // or its reporters, spaced and unlabelled (2026/12/01  某某日报  记者 X)
    const dated = t.match(DATE_THEN_NAME) ?? t.match(NAME_THEN_DATE);
    if (dated && DATED_OUTLET.test(toSimplified(dated[1]!)) && !isSiteName(dated[1]!, siteName)) return dated[1]!;
    // "量子前哨 2026-11-02 18:30" right under the headline, nothing else on the line: a post's account
    // and its time stamp, as a platform prints them and a copy pasted as text keeps them; a name no
    // person or place has is the account. Text only: a page's markup sets a writer's pen name or a
    // property's label (创建时间) the same way, and names its publisher elsewhere.
    const stamped = plainText && i < UNLABELLED_LINES ? simp.match(NAME_DATE_TIME) : null;
    if (stamped && looksLikeOutlet(stamped[1]!) && !looksLikePerson(stamped[1]!) && !siteClaim(`来源：${stamped[1]!}`)?.generic && !OFFICE_WORD.test(stamped[1]!) && !isSiteName(stamped[1]!, siteName)) return stamped[1]!;
    // "36氪 · 2025-08-08 09:30": a brand joined to the date by a dot needs no outlet's suffix (a
    // place before a date is spaced, not dotted), but must not be a person's name.
    const dotted = t.match(NAME_DOT_DATE);
    if (dotted && looksLikeOutlet(dotted[1]!) && !looksLikePerson(dotted[1]!) && !isSiteName(dotted[1]!, siteName)) return dotted[1]!;
    const issued = simp.match(ISSUER_AND_DATE);
    if (issued && INSTITUTION_END.test(issued[1]!) && !isSiteName(issued[1]!, siteName) && simp.length === t.length) return t.slice(issued.index! + issued[0].indexOf(issued[1]!)).slice(0, issued[1]!.length);
    // "2026-12-03 08:00 · 某某早知道": a post's time, a dot, then its account (a place is dotted there too,
    // 2026-12-01 10:00 · 北京, so only a name longer than a city's that no place's word ends). Text only.
    const timeDot = plainText && i < UNLABELLED_LINES ? simp.match(DATE_DOT_NAME) : null;
    if (timeDot && !PLACE_END.test(timeDot[1]!) && looksLikeOutlet(timeDot[1]!) && !looksLikePerson(timeDot[1]!) && !siteClaim(`来源：${timeDot[1]!}`)?.generic && !OFFICE_WORD.test(timeDot[1]!) && !isSiteName(timeDot[1]!, siteName) && simp.length === t.length) {
      return t.slice(timeDot.index! + timeDot[0].lastIndexOf(timeDot[1]!)).slice(0, timeDot[1]!.length);
    }
    const relative = t.match(RELATIVE_DOT_NAME);
    if (relative && looksLikeOutlet(relative[1]!) && !looksLikePerson(relative[1]!) && !isSiteName(relative[1]!, siteName)) return relative[1]!;
  }
  return null;
}

// "雷峰网原创文章，未经授权禁止转载": the outlet signing the article as its own.
// "本文为机器之心原创，转载请联系…", "本文为X独家稿件，…": the same, as the article's own sentence.
// "本文系《X》原创稿件": the outlet's name may stand in the brackets of a title.
// "声明：本文为X原创，转载请联系授权。": the sentence may follow the notice's label.
const OWN_ORIGINAL = /^\s*(?:(?:版权|郑重|特别)?声明\s*[:：]\s*)?(?:本文(?:为|系|是))?[《「『“"]?((?:\p{Script=Han}|[A-Za-z0-9]){2,12}?)[》」』”"]?(?:原创|独家)(?:文章|稿件|内容|作品)?\s*[，,。:：]/u;
// "（本文版权归X所有，未经授权不得转载。）": the article's rights holder is the outlet it comes from;
// only the article's own rights (本文, 此文), not a site footer's (版权归本站所有) nor an author's (版权归原作者所有).
// The sentence may stand in any bracket a closing note takes (（…）, 【…】, […]).
const OWN_RIGHTS = /^\s*[（(【\[〔]?\s*(?:本文|此文|该文|本稿)\s*(?:的)?(?:版权|著作权)\s*(?:归|属于?)\s*[《「『“"]?((?:\p{Script=Han}|[A-Za-z0-9]){2,12}?)[》」』”"]?\s*(?:所有|独家所有)/u;

// "2025年04月10日 15:20 [ 科讯网 原创 ] 作者：X": a header's field marking the piece its outlet's own.
const BRACKETED_ORIGINAL = /[[【〔]\s*((?:\p{Script=Han}|[A-Za-z0-9]){2,12}?)\s*(?:原创|独家)\s*[\]】〕]/u;

// "钛流获悉，…", "云迹讯 11月25日，…": the lead opening with a name and a newsroom's word for its own
// reporting; a name signing the piece as its own (本文为X原创) that the lead opens so is the outlet's,
// however much it looks like a person's (two Han characters, the first a surname).
const OWN_REPORTING = /^\s*(?:独家)?(?:获悉|讯|消息|报道|了解到|注意到|独家获悉)/u;
const leadOpensAsNewsroom = (name: string, lead: string | null) => lead !== null && lead.trimStart().startsWith(name) && OWN_REPORTING.test(lead.trimStart().slice(name.length));

function ownOriginal(lines: string[], shape: RegExp = OWN_ORIGINAL, siteName: string | null = null, lead: string | null = null): string | null {
  for (const line of lines) {
    const simplified = toSimplified(line);
    const m = simplified.match(shape);
    if (m && !/^(本|此|该|非|原)|作者/.test(m[1]!) && ((looksLikeOutlet(m[1]!) && !looksLikePerson(m[1]!)) || leadOpensAsNewsroom(m[1]!, lead)) && !isSiteName(m[1]!, siteName)) {
      const at = simplified.indexOf(m[1]!);
      return simplified.length === line.length ? line.slice(at, at + m[1]!.length) : m[1]!;
    }
  }
  return null;
}

// "《 人民日报 》（ 2025年03月04日 第 18 版）": a newspaper's edition line, the paper in 《》, the day and the page.
const EDITION = /^\s*《\s*([^《》\s]{2,20})\s*》\s*[(（]\s*(?:19|20)\d{2}\s*年[^()（）]{3,20}?版\s*(?:[:：][^()（）]{0,20})?[)）]\s*$/u;

/** The paper of an edition line: the article as printed there. */
function editionPaper(lines: string[]): string | null {
  for (const line of lines) {
    const simplified = toSimplified(line);
    const m = simplified.match(EDITION);
    if (!m || !looksLikeOutlet(m[1]!)) continue;
    const at = simplified.indexOf(m[1]!);
    return simplified.length === line.length ? line.slice(at, at + m[1]!.length) : m[1]!;
  }
  return null;
}

/**
 * A social post's account over its time line, when it is no person's (a person posting is its
 * writer) or when the post credits a writer of another name (智东西 over 作者：程茜).
 */
function postSigner(e: MetadataEvidence): string | null {
  const line = postAccount(e.header);
  // The follow card's linked name opening the line: the rest is a badge glued on (X优质科技领域创作者).
  const followed = e.html?.followedAccount;
  const name = line && followed && line.length > followed.length && line.startsWith(followed) ? followed : line;
  if (!name || isSiteName(name, e.siteName)) return null;
  const person = looksLikePerson(name) && (!/^\p{Script=Han}+$/u.test(name) || hasKnownSurname(name));
  const writers = [...e.bylines.authors, ...e.bylines.reporters];
  return !person || (writers.length > 0 && !writers.includes(name)) ? name : null;
}

function claimIn(lines: string[]): string | null {
  for (const line of lines) {
    const c = siteClaim(line);
    if (c && !c.generic) return c.name;
  }
  return null;
}

// "（来源：X）" alone on its line: a digest's item closing with the outlet it was taken from.
const ITEM_CREDIT = /^\s*[（(]\s*(?:来源|來源|稿源|出处)\s*[:：][^（）()]{2,30}[）)]\s*$/u;

/**
 * The lines without the bracketed credits of a digest's items: two or more such credits naming
 * different outlets credit each its own item (早报 1. … （来源：X） 2. … （来源：Y）), none the digest.
 */
function withoutItemCredits(lines: string[]): string[] {
  const credits = lines.filter((l) => ITEM_CREDIT.test(toSimplified(l)));
  const names = new Set(credits.map((l) => siteClaim(l)?.name ?? l));
  return names.size >= 2 ? lines.filter((l) => !ITEM_CREDIT.test(toSimplified(l))) : lines;
}

// "城市财经讯 北京时间…", "证券时报e公司讯，12月2日晚间", "南都讯 记者 X 发自Y": a newsroom's own word for itself before 讯
// and the time. Not a word that ends in the first half of another …讯 word (快讯, 简讯, 资讯, 喜讯…).
// A day glued before 讯 (财联社12月4日讯（记者 X）) is the dateline's, not the name's.
const CHANNEL_XUN = /^\s*((?:\p{Script=Han}|[A-Za-z0-9]){2,10}?)(?:\d{1,2}月\d{1,2}日)?讯\s*(?:[，,]|\s*(?:北京时间|\d|[（(]|(?:本报|特约|见习)?(?:记者|通讯员)))/u;
const NOT_CHANNEL = /^(本|据)|[快简通资喜电要音短视闻]$/;

// "【环球时报报道 记者 倪浩】", "（中央社记者张建中新竹2日电）": the newsroom opening a bracketed credit.
const BRACKET_REPORTS = /^\s*【\s*((?:\p{Script=Han}|[A-Za-z0-9]){2,12}?(?:社|网|报|台|新闻|客户端))(?:综合)?报道\s*(?:(?:特约|本报)?记者|】)/u;
const AGENCY_BRACKET = /^\s*[（(]\s*(\p{Script=Han}{2,8}?(?:社|网|报|台))记者\s*\p{Script=Han}{2,5}?\d{1,2}日电/u;

// "36氪获悉，…", "晚点独家获悉，…": a newsroom opening its report with what it learned names itself.
// Not a reporter, a writer or the paper's 本报 (记者获悉, 笔者获悉, 本报获悉), nor a person.
// A day before 获悉 (X12月1日获悉) is the dateline's, not the name's.
const LEARNED = /^\s*((?:\p{Script=Han}|[A-Za-z0-9]){2,10}?)(?:\d{1,2}月\d{1,2}日)?(?:独家)?获悉\s*[，,：:]/u;
const NOT_LEARNER = /^(?:本|据|记者|笔者|小编|我们|我|作者|编者|媒体|外界|市场|业内|有关|相关|近日|日前|今天|今日|昨天|昨日)/;

function learnedBy(lead: string, simplified: string, siteName: string | null): string | null {
  const m = simplified.match(LEARNED);
  // the site naming itself (某科技网获悉 on 某科技网) credits no other outlet: the site claim says it
  // a name of three or four characters is a person's only with a surname of the table: a newsroom's brand (X东西) has a name's length
  if (!m) return null;
  const named = /^\p{Script=Han}{3,4}$/u.test(m[1]!) && !hasKnownSurname(m[1]!);
  const person = looksLikePerson(m[1]!) && !named;
  if (NOT_LEARNER.test(m[1]!) || isSiteName(m[1]!, siteName) || person || !(looksLikeOutlet(m[1]!) || named) || simplified.length !== lead.length) return null;
  const at = m.index! + m[0].indexOf(m[1]!);
  return ownName(lead.slice(at, at + m[1]!.length));
}

// "BEIJING/HONG KONG, Dec 3 (Reuters) -", "SAN FRANCISCO (AP) —": an English wire story's dateline,
// the place in capitals, perhaps the day (and its year), and the agency in brackets before the dash.
const WIRE_DATELINE = /^\s*[A-Z][A-Z.'\-]*(?:[ /][A-Z][A-Z.'\-]*){0,4}(?:,\s*[A-Z][A-Za-z.]{2,9}\s+\d{1,2}(?:,\s*(?:19|20)\d{2})?)?\s+\(([A-Z][A-Za-z&.']*(?: [A-Z][A-Za-z&.']*){0,3})\)\s*[-–—]/;

// "(Bloomberg) -- Tencent released…": an agency's own copy opens with its name in brackets, no place.
const AGENCY_LEAD = /^\s*\(([A-Z][A-Za-z&.']*(?: [A-Z][A-Za-z&.']*){0,3})\)\s*(?:--|[–—])\s/;
// "— Reuters" closing a story another site reposts: the agency signs off. One word, or a name that
// says it is a newsroom (Associated Press, Kyodo News); "— Sam Altman" under a quote is a speaker.
const SIGN_OFF = /^\s*[—–]{1,2}\s*([A-Z][A-Za-z&.']*(?: [A-Z][A-Za-z&.'\-]*){0,2})\s*$/;
const NEWSROOM_WORD = /(?:^\S+$|\b(?:News|Press|Presse|Agency|Wire|Times|Post)$)/;

function signOff(lines: string[]): string | null {
  for (const line of lines) {
    const m = SIGN_OFF.exec(line);
    // "— END", "— Ends": the story's end mark, no one's name
    if (m && NEWSROOM_WORD.test(m[1]!) && !/^(?:END|Ends?|Fin|FIN|TBC)$/i.test(m[1]!)) return m[1]!;
  }
  return null;
}

function datelineOutlet(lead: string | null, siteName: string | null = null): string | null {
  if (!lead) return null;
  const wire = lead.match(WIRE_DATELINE) ?? lead.match(AGENCY_LEAD);
  if (wire) return wire[1]!;
  const simplified = toSimplified(lead);
  const credit = simplified.match(BRACKET_REPORTS) ?? simplified.match(AGENCY_BRACKET);
  if (credit) {
    const at = credit.index! + credit[0].indexOf(credit[1]!);
    return simplified.length === lead.length ? lead.slice(at, at + credit[1]!.length) : credit[1]!;
  }
  const channel = simplified.length === lead.length ? simplified.match(CHANNEL_XUN) : null;
  if (channel && !NOT_CHANNEL.test(channel[1]!)) return ownName(lead.slice(channel.index! + channel[0].indexOf(channel[1]!), channel.index! + channel[0].indexOf(channel[1]!) + channel[1]!.length));
  const m = simplified.match(DATELINE) ?? simplified.match(LEAD_OUTLET_REPORTER);
  if (m) return /^(本|据)/.test(m[1]!) ? null : lead.slice(m.index! + m[0].indexOf(m[1]!), m.index! + m[0].indexOf(m[1]!) + m[1]!.length);
  // The outlet's name stands alone before the day: no person (张三3月5日电), no word of time or
  // of a sentence's start (今年3月5日消息 is no dateline).
  const day = simplified.match(DAY_DATELINE);
  if (!day) return learnedBy(lead, simplified, siteName);
  // one Latin word before the day is the outlet's (【TechWeb】10月21日消息): a person would be two;
  // a newsroom reports (智东西3月5日报道) or bars its dateline (X3月5日丨), a person's name before the day does neither
  if (!day || (looksLikePerson(day[1]!) && !/^[A-Za-z0-9]+$/.test(day[1]!) && !/报道|[丨｜|]/.test(day[0])) || /^(本|据|今|昨|截至|记者|日前|近日|去年|明年)|年$/.test(day[1]!) || simplified.length !== lead.length) return null;
  const at = day.index! + day[0].indexOf(day[1]!);
  // 【环球网科技综合报道】: a newsroom's compiled report names the newsroom before 综合报道, and a
  // website's channel (X网科技, X网财经) is the website's.
  return ownName(lead.slice(at, at + day[1]!.length).replace(/(?<=\p{Script=Han}{2})综合(?:报道)?$/u, ""));
}

// "【X新闻稿】YYYY年M月D日，…": a press release labels itself with its issuer in brackets opening the lead.
const RELEASE_LABEL = /^\s*[【[]\s*([^【】\[\]\s]{2,20}?)\s*(?:官方)?(?:新闻稿|新闻通稿|通稿)\s*[】\]]/u;
// "SOURCE Company": an English press wire closes a release with its issuer after the word in capitals, no colon.
const WIRE_SOURCE = /^\s*SOURCE\s+([A-Z0-9][\w&.,'\- ]{1,60}?)\s*$/;

/** The issuer a press release names: its bracketed label opening the lead, the wire's closing SOURCE line, or its 关于X boilerplate. */
function releaseIssuer(lead: string | null, trailer: string[], siteName: string | null, closings: string[] = []): string | null {
  const label = lead ? toSimplified(lead).match(RELEASE_LABEL) : null;
  if (label && looksLikeOutlet(label[1]!) && !looksLikePerson(label[1]!) && !isSiteName(label[1]!, siteName)) {
    const at = label.index! + label[0].indexOf(label[1]!);
    return toSimplified(lead!).length === lead!.length ? lead!.slice(at, at + label[1]!.length) : label[1]!;
  }
  for (const line of trailer.slice(0, 3)) {
    const m = WIRE_SOURCE.exec(line);
    if (m && !isSiteName(m[1]!, siteName)) return m[1]!;
  }
  // 关于X over X成立于…: the boilerplate closing the release (its body's last paragraphs, or under it) names the company issuing it
  const closing = [...closings, ...trailer];
  for (const [k, line] of closing.entries()) {
    const issuer = aboutIssuer(line, closing[k + 1]);
    if (issuer && !isSiteName(issuer, siteName)) return issuer;
  }
  return null;
}

/** A website's channel (X网科技, X网财经) is the website's, an outlet's app (X App) the outlet's. */
function ownName(name: string): string {
  return name
    .replace(/(?<=\p{Script=Han}网)(?:科技|财经|娱乐|体育|汽车|国际|军事|健康|教育|房产|时尚)$/u, "")
    .replace(/(?<=\p{Script=Han}{2})\s*(?:APP|App|app)$/u, "");
}

// "…推动算力资源高效调度。（新华社）", "…（星岛日报报道）": a brief closing with the newsroom it came from in brackets.
const CLOSING_AGENCY = /[。！？”"][（(]\s*(\p{Script=Han}{2,10}?(?:社|网|报|台|新闻|客户端))(?:报道)?\s*[）)]\s*$/u;

/** 9. the newsroom of a closing line that files the report (希望之声国际广播电台张翠报导). */
function closingOutlet(lines: (string | null)[], siteName: string | null): string | null {
  for (const line of lines) {
    const simplified = line ? toSimplified(line) : "";
    const m = simplified.match(CLOSING_OUTLET_REPORTER);
    if (m && !isSiteName(m[1]!, siteName) && !/^(本|据)/.test(m[1]!)) return simplified.length === line!.length ? line!.slice(m.index! + m[0].indexOf(m[1]!), m.index! + m[0].indexOf(m[1]!) + m[1]!.length) : m[1]!;
  }
  return null;
}

/** 10. the newsroom in brackets closing the last paragraph (…。（新华社）). */
function closingAgency(tail: string | null, siteName: string | null): string | null {
  const simplified = tail ? toSimplified(tail) : "";
  const m = simplified.match(CLOSING_AGENCY);
  if (!m || isSiteName(m[1]!, siteName) || /^(本|据)/.test(m[1]!)) return null;
  const at = m.index! + m[0].indexOf(m[1]!);
  return simplified.length === tail!.length ? tail!.slice(at, at + m[1]!.length) : m[1]!;
}

// "出品｜锐见科技": the outlet that produced the piece; a desk, team or studio (虎嗅科技组) is no publisher.
// The field may share its line with the people's (出品｜X　作者｜Y　编辑｜Z): the name ends at the next label.
const PRODUCER = /(?:^|\s)出品\s*[:：|｜丨/]\s*([\p{Script=Han}A-Za-z0-9]{2,16}?)\s*(?:$|\s(?:作者|文|撰文|记者|编辑|责编|主编|策划|监制|编译|采访|整理|校对|审核|图|摄影|设计|运营)\s*[:：|｜丨/])/u;

// A desk, team or studio (虎嗅科技组, 星火推理团队), or a product's operations desk (X运营, which signs a
// community's FAQ and notices): a group inside a publisher, never the publisher
// (a 部 is one too under 出品, but in an author slot it may be a ministry: 作者：外交部).
const DESK = /(?:组|团队|工作室|运营)$/;

// "凤凰网科技 出品": the outlet first, 出品 after it, alone on the line.
const PRODUCED_BY = /^\s*([\p{Script=Han}A-Za-z0-9]{2,16}?)\s*出品\s*$/u;

function producerIn(lines: string[], siteName: string | null): string | null {
  for (const line of lines) {
    const m = line.match(PRODUCER) ?? line.match(PRODUCED_BY);
    if (m && looksLikeOutlet(m[1]!) && !looksLikePerson(m[1]!) && !DESK.test(m[1]!) && !/部$/.test(m[1]!) && !isSiteName(m[1]!, siteName)) return m[1]!;
  }
  return null;
}

export function resolveSource(evidence: MetadataEvidence): ResolvedSource {
  const credited = [...evidence.header, ...evidence.trailer];
  const kept = withoutItemCredits(credited);
  const e = kept.length === credited.length ? evidence : { ...evidence, header: evidence.header.filter((l) => kept.includes(l)), trailer: evidence.trailer.filter((l) => kept.includes(l)) };
  const credits = [...e.header, ...e.trailer, ...(e.lead ? [e.lead] : []), ...(e.tail ? [e.tail] : [])];
  const original = credits.map(originalPublisher).find((n): n is string => n !== null) ?? null;
  let claim: string | null = null;
  for (const line of [...e.header, ...e.trailer]) claim ??= siteClaim(line)?.name ?? null;
  const asClaim = (name: string | null | undefined) => {
    const c = name ? siteClaim(/来源/.test(name) ? name : `来源：${name}`) : null;
    // "补壹刀微信公号": the account is the publisher, the platform's word for it is not its name.
    return c && !c.generic ? c.name.replace(PLATFORM_SUFFIX, "") || c.name : null;
  };
  const script = asClaim(e.html?.script.source) ?? asClaim(e.html?.script.account);
  const declared = asClaim(e.html?.declaredSource);
  // 作者：国家网信办, 作者：AI前哨站: a body or an account signing as the author, longer than any
  // personal name the byline reader keeps, or Han mixed with Latin letters or digits as no name is
  const signedBy = e.header.map((l) => toSimplified(l).match(AUTHOR_FIELD)?.[1]).filter((n): n is string => n !== undefined && /\p{Script=Han}/u.test(n) && (INSTITUTION_END.test(n) || APP_SUFFIX.test(n) || n.length > 4 || /[A-Za-z0-9]/.test(n)))
    .map((n) => n.replace(APP_SUFFIX, ""));
  // The user a user-content page declares as its poster (a microdata Person, a state record's user)
  // wrote it, however little a person's name it looks: no outlet in an author slot, no account.
  const poster = e.html?.poster ?? null;
  const notPoster = (n: string | null | undefined) => (n && poster && foldName(n) === foldName(poster) ? null : n);
  const outletAuthor =
    [...(e.html?.authors ?? []), ...e.bylines.authors, ...signedBy]
      .map((a) => a.replace(LABEL, "").trim())
      .find((a) => looksLikeOutlet(a) && !looksLikePerson(a) && !DESK.test(a) && !isSiteName(a, e.siteName) && notPoster(a) !== null) ??
    e.bylineOutlets.find((a) => !isSiteName(a, e.siteName));
  const source =
    original ??
    claimIn(e.header) ??
    mailSender(e.header) ??
    claimIn(e.trailer) ??
    claimIn(e.tail && PROSE_THEN_CREDIT.test(e.tail) ? [e.tail.slice(e.tail.search(/[（(][^（(]*$/))] : []) ??
    editionPaper([...e.header, ...e.trailer]) ??
    ownOriginal(e.trailer, OWN_ORIGINAL, null, e.lead) ??
    // the site's rights over its own article (本文版权归X所有 on X) credit no other outlet
    ownOriginal([...e.trailer, ...(e.tail ? [e.tail] : [])], OWN_RIGHTS, e.siteName) ??
    ownOriginal(e.header, BRACKETED_ORIGINAL) ??
    e.header.map(accountOf).find((n): n is string => n !== null && !isSiteName(n, e.siteName)) ??
    [accountUnderOriginalMark(e.header)].find((n): n is string => n !== null && !isSiteName(n, e.siteName)) ??
    postSigner(e) ??
    e.outlets[0] ??
    outletLine(e.header, e.siteName, !e.html) ??
    declared ??
    script ??
    e.html?.sourceElement ??
    datelineOutlet(e.lead, e.siteName) ??
    releaseIssuer(e.lead, e.trailer, e.siteName, e.closings) ??
    // a feature's dateline on the line of its 题： (X社某地M月D日电 题：…), over the reporters' line
    datelineOutlet(e.header.find((l) => DATELINE_THEN_TI.test(toSimplified(l).trim())) ?? null, e.siteName) ??
    outletAuthor ??
    labelOutlet(e.header, e.siteName) ??
    closingOutlet([e.tail, ...e.trailer.slice(0, 2)], e.siteName) ??
    // the same newsroom label on the credits line closing an excerpt (X报记者 Y 实习生 Z 编辑 W); not a
    // picture's credit (…摄). Text only: under an HTML article the portal's copy credits its provider's reporter
    // as its own (the fixtures' gold keeps such a page's source empty).
    (e.html ? null : labelOutlet(e.trailer.filter((l) => !PICTURE_CREDIT.test(l)), e.siteName)) ??
    closingAgency(e.tail, e.siteName) ??
    signOff(e.trailer.slice(0, 3)) ??
    asClaim(notPoster(e.html?.followedAccount)) ??
    null;
  // 信息来源：江南省网信办 over a ContentSource meta of 江南省互联网信息办公室: the line's short name
  // for the body the meta names in full; the full name is the one a reader can look up.
  const named = source !== null && declared !== null && isShortFormOf(source, declared) ? declared : source;
  return { source: named, originalPublisher: original, claim, producer: producerIn([...e.header, ...e.trailer], e.siteName) };
}

/**
 * A Chinese short name keeps its full name's characters in order, first character first (网信办 of
 * 互联网信息办公室 after the same place, 中科院 of 中国科学院, 新华社 of 新华通讯社).
 */
export function isShortFormOf(short: string, full: string): boolean {
  const [s, f] = [toSimplified(short.trim()), toSimplified(full.trim())];
  if (s.length < 3 || s.length >= f.length || s[0] !== f[0] || !/^\p{Script=Han}+$/u.test(s + f)) return false;
  let at = 0;
  for (const ch of s) {
    at = f.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
