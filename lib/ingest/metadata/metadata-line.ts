/**
 * Recognises lines that carry article metadata rather than body: date lines, bylines
 * (作者/记者/编辑/文|/■name), origin lines (来源/本文来自), counters (阅读/浏览) and the
 * closing note about the author ((作者系…)). Matching is on simplified, width-folded text.
 */
import { findDates } from "./dates";
import { isMailSender, MAIL_ROUTING } from "./mail-headers";
import { foldLine } from "../../text/fold";
import { isByInPlaces, isMarkedAuthors, isWireCredits, nameOutletPost } from "./wire-credits";

export type MetadataLineKind = "dateline" | "byline" | "origin" | "note" | "counter";

// 供稿：X credits the office that supplied a story (a school's news under 撰稿/审核 lines): a credit, like 审核：.
const BYLINE = /(作者|记者|编辑|责编|责任编辑|撰文者?|撰稿人?|主笔|采写|采访|访谈|楼主|分析师|编译|整理|口述|校对|审核|出品|策划|主编|供稿|文)\s*[:：|｜丨/]|^(文|撰文)\s*\/|^[■□●◆▲]\s*\p{Script=Han}{2,4}(?:\s*[（(][^（）()]{2,40}[）)])?$|记者\s*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,3}$|\p{Script=Han}{2,4}\s*[/／|｜丨]\s*文(?:$|[\s\u3000])/u;
// Every branch of BYLINE needs one of these (a label's separator, a bullet, 记者): asked first, since
// its last branch tries a run of Han characters at every Han character of the line.
const BYLINE_MARK = /[:：|｜丨/／■□●◆▲]|记者/;
// "《棱镜》作者 周纯": a short line that ends in the label and one name, no separator.
const SHORT_CREDIT = /^[^\s，。！？]{0,10}(?:作者|撰文|撰稿)\s*\p{Script=Han}{2,4}$/u;
// "记者：您如何看待今年的竞争格局？": an interviewer's question, or a sentence after a label, is
// speech in the article, not a byline (which never ends in ？ or ！, nor runs a clause into 。).
// "主持人 李文：下面请其他记者朋友提问。": a speaker's turn in a transcript, a sentence closed by 。
// after a label that is no credit's, is speech too, whatever 记者 it mentions.
const SPOKEN = /[？?！!]$|[，,].*。$|^(?![^:：]*(?:作者|记者|编辑|责编|撰文|撰稿|来源)\s*[:：]|文\s*[:：])[^:：]{1,16}[:：](?=.*\p{Script=Han}{6}).*。$/u;
// "（编辑 伍思敏）", "（责任编辑：X）": the editor's credit set alone in brackets under a report; a
// bracket holds no label and name in prose.
const BRACKETED_EDITOR = /^[(（]\s*(?:责任编辑|编辑|责编)\s*[:：]?\s*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2}\s*[)）]$/u;
// "文字：钱佳慧 图片：孔一鸣": a school news page's closing credits opening with the writer's; 文字 is a
// common word, so only as the line's first label and followed by a name alone.
const WRITER_CREDIT = /^文字\s*[:：]\s*\p{Script=Han}{2,4}(?:$|\s)/u;
// "10月6日，在…参加海上游行。新华社记者王嘉宁摄": a picture's caption, a sentence closed before the
// photographer's credit; a byline carries no clause before its 记者.
const SENTENCE_THEN_REPORTER = /[，,][^。！？]*\p{Script=Han}[。！？]\s*\S{0,12}记者/u;
const RELATIVE_TIME = /(?:^|[\s·•|｜丨])(?:\d{1,2}\s*(?:秒|分钟|小时|天)前|刚刚|昨天\s*\d{1,2}:\d{2}|前天\s*\d{1,2}:\d{2})\s*$/u;
const STAFF_REPORTER = /(本报|特约|本刊|本台)记者/;
// "21世纪经济报道记者 孙燕 北京报道": an outlet's reporter, and where the report was filed.
const OUTLET_REPORTER = /^[\p{L}\p{N}]{2,12}记者\s*\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{0,4}报道)?$/u;
// "By 陈晨", "By John Smith": an English byline of one or two names; "By Li Wei and Zhang Min": two writers.
// "Author: 马思远", "Editor: Li Ming": the same with a label and a colon.
const ENGLISH_BYLINE = /^(?:by\s+|(?:author|writer|reporter|editor)s?\s*[:：]\s*)(?:\p{Script=Han}{2,4}|[A-Za-z][a-z]+(?:\s[A-Za-z][a-z]+){0,2}(?:\s+(?:and|&)\s+[A-Za-z][a-z]+(?:\s[A-Za-z][a-z]+){0,2})?)$/iu;
// The first letters ENGLISH_BYLINE can open with (by, author, writer, reporter, editor).
const ENGLISH_FIRST = /^[abrew]/i;
// "克雷西 发自 凹非寺": the writer filing from a place (the byline reader's SENT_FROM). The post's
// other fields may follow on the same row after a bar (X 发自 Y | 站名 | 公众号 ID, a date and time).
const SENT_FROM = /^\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4}){0,2}\s+发自\s*[^\s|｜丨]{1,12}(?:\s*[|｜丨].{0,60})?$/u;
// 来源丨X, 本文转载自公众号“X”, 稿件来源：X are the same claims in other dress.
// 摘编自《X》, （本文原载于X）: a line opening with the words for taken from or first printed in.
// 【稿源：X】, （出处：X）: a claim's label may open inside a bracket.
// 本文由X授权发布, 本文获「X」授权转载: the outlet that authorised the copy; *本文系「X」原创，Y经授权转载: the
// outlet whose piece it is and the account that reposted it (a footnote's asterisk may open it).
// 发布单位：X, 供稿单位：X: the office a government page names as issuing the text.
// 数据来源：X under a chart or a table: where the figures came from, the report's own
// line (source.ts reads no claim from it either), not the article's origin. 资料来源：X stays one: at
// an article's end it credits the outlets or the page the text was taken from.
// 图片来源：X is a picture's credit (a caption may close with it), never the article's origin; so are
// 封面来源, 题图来源, 头图来源, 配图来源 (the picture above the piece).
const ORIGIN = /^[【\[（(]?(来源|来自|出处|稿源|转自|转载自|综合自|(?:发布|发稿|供稿)(?:单位|机构)|(?:发文|发布|制发)机关)\s*[:：]|^[（(【]?(?:本文|内容|文章)?(?:摘编自|摘自|原载于|原刊于|原载|刊发于|刊载于|刊登于)|^[（(]?本文(?:由|经|获)[^，,。]{2,32}?授权(?:发布|转载|刊发|刊登)|^[*（(【]?\s*本文(?:系|为|是)[^，,。]{2,32}?(?:原创|独家)[^，,。]{0,8}[，,][^，,。]{0,24}?(?:经|获)?授权(?:转载|发布|刊发|刊登)|本文来自|本文转自|本文转载自|原文来自|文章来源于|(?:文章|稿件|本文)来源\s*[:：]|(?<!数据|图片|图|封面|题图|头图|配图)来源\s*[:：丨｜]|^来源\s*[/／]|^source\s*[:：]\s*[A-Za-z\p{Script=Han}]/iu;
// "数据来源：公司公告，X记者整理": where a table's figures came from (see ORIGIN), not a byline
// nor a date line, whatever reporter or day it names.
const DATA_CREDIT = /^数据来源\s*[:：]/u;
// "图1：2025年7-9月中标项目数量": a chart's or table's numbered caption is the article's, whatever date it names.
const NUMBERED_CAPTION = /^(?:图表?|表)\s*\d{1,2}\s*[:：]/u;
// "2020年12月27日投入使用的雄安站" under a picture: a date run straight on (no space, no label) into a
// verb and 的 and the thing named is a caption's noun phrase; a date line's words after the date are
// fields (a weekday, 来源：X, a name), never a phrase ending in what was built or shot that day.
const DATED_NOUN_PHRASE = /^\p{Script=Han}{2,12}的\p{Script=Han}{1,12}$/u;
const COUNTER = /(阅读|浏览|点击|阅读量|浏览量|浏览次数|点击量|人气|热度)\s*[:：]?\s*\d+\s*次?/;
// "N 人赞同了该回答", "N人点赞": a Q&A answer's or a post's tally of readers who approved it.
export const APPROVALS = /^[\d,.]+\s*[万千kw]?\s*人(?:赞同|点赞|喜欢|收藏|觉得有用)(?:了)?(?:该|这个|这篇)?(?:回答|文章|内容)?$/iu;
// "（作者刘一平系…）": the writer's name may stand glued between 作者 and 系.
const NOTE = /^[(（](作者|笔者|本文作者)(?:\p{Script=Han}{2,4}?)?(系|为|是|现任)/u;
// 发布： alone is a label only where a field starts (行首, after a space or a separator): in a
// headline it is the verb (DeepSeek-V3.2-Exp发布：引入稀疏注意力).
const LABELLED_DATE = /(?:^|[\s|｜丨/·,，】\]])(发布|发表|更新|发稿)\s*[:：]|(时间|日期)\s*[:：]/;
// "Published Dec 3, 2026, 10:05 a.m. · Updated Dec 4, 2026": an English page's dates line, opening with its label.
// "Received: 4 January 2025 / … / Published: 9 April 2025": a paper's history, its dates each labelled.
const ARTICLE_HISTORY = /(?:^|[\s|｜/·,;])(?:received|revised|accepted|published)(?: online)?\s*[:：]\s*\d/;
const AFFILIATION = /^(?:\d{1,2}|[*†‡§])\s+[^,。]{0,60}\b(?:university|institute|school|college|laborator(?:y|ies)|academy|department|faculty|centre|center|hospital)\b[^,。]{0,60}(?:,[^,。]{1,60}){2,5}$/;
// Its parts are names (a department, an institution, a city and its postcode, a country): short, and no clause's verb.
const CLAUSE_WORD = /\b(?:said|says|will|would|is|are|was|were|has|have|had|can|could)\b/;
const isAffiliation = (norm: string) => norm.split(",").every((part) => part.trim().split(/\s+/).length <= 7 && !CLAUSE_WORD.test(part));
const ENGLISH_DATE_LABEL = /^(?:published|updated|posted|last updated)(?:\s+on)?\s*[:：]?\s*(?=[a-z]{3}|\d)/i;

// A line that is only an outlet and 报道 ("新智界报道" above the headline or the body), or the
// account line of a WeChat post: "原创 何西 硅谷前哨 2024年03月05日", "数智前沿 | 公众号 SZQY".
const OUTLET_REPORTS = /^(?!.*记者)[\p{L}\p{N}]{2,12}\s?(?:报道|编译)$/u;
const ACCOUNT_LINE = /^原创\s+\S+\s+\S+|^\S{2,20}\s*[|｜丨]\s*(?:微信)?公众号/;

// "…率先应用。（来源：科技日报）": a paragraph of prose that closes with its credit in brackets is
// the article's last paragraph, not a credit line (the credit is read off it, resolve-source.ts).
export const PROSE_THEN_CREDIT = /\p{Script=Han}{6}.*[。！？”][（(]\s*(?:来源|稿源|出处|转自)\s*[:：][^（）()]{2,30}[）)]\s*$/u;

// "X社某地M月D日电　题：…": an agency's feature opens with its dateline and
// 题： the feature's full headline, on a line of their own over the reporters': the dateline's line,
// not a headline (the shorter headline over it is); the body's first line, as other datelines are.
export const DATELINE_THEN_TI = /^\p{Script=Han}{2,12}?\d{1,2}月\d{1,2}日电\s*题\s*[:：]\s*\S/u;

/** A subject and its copula right before a date: the date is what the sentence says the subject is. */
const COPULA_BEFORE = /\p{Script=Han}{2,}(?:为|是)\s*$/u;
// "合同期限：自2027年1月1日起三年", "请于12月10日前报名": a date framed by a preposition and its
// closing word (自…起, 于…前, 截至…止) is part of a phrase about the period; a date line gives the
// date as a field's value, and at most a time or a weekday follows it.
const FRAME_OPEN = /(?:自|从|于|在|截至|截止)\s*$/u;
const FRAME_CLOSE = /^\s*(?:起|前|后|止|以来|开始|为止)/u;

export function metadataLineKind(norm: string): MetadataLineKind | null {
  // Cheap tests (length, first or last characters, a label's presence) go before each pattern:
  // every line of every page is classified, and most are prose that no pattern matches.
  const first = norm[0];
  if ((first === "(" || first === "（") && NOTE.test(norm)) return "note";
  // A wire story's closing credits (Reporting by A in P and B in P; Editing by C) may run longer than 120.
  if ((first === "r" || first === "w" || first === "e" || first === "a" || first === "c" || first === "(") && isWireCredits(norm)) return "byline";
  // By A in Beijing and B in Hong Kong: a byline with where each writer files from.
  if (first === "b" && isByInPlaces(norm)) return "byline";
  // "1 School of Law, Example University, Shanghai 200030, China": a paper's numbered affiliation, part of its credits.
  if (norm.length <= 200 && /^(?:\d{1,2}|[*†‡§])\s/.test(norm) && AFFILIATION.test(norm) && isAffiliation(norm)) return "byline";
  // A paper's authors, each with the marks of the affiliations under them (A 1, B 1,2 and C 3).
  if (first !== undefined && first >= "a" && first <= "z" && (isMarkedAuthors(norm) || nameOutletPost(norm) !== null)) return "byline";
  // Longer lines are prose whatever they hold; asked first, since PROSE_THEN_CREDIT backtracks over every line it is given.
  if (norm.length > 120) return null;
  if (/[）)]\s*$/.test(norm) && PROSE_THEN_CREDIT.test(norm)) return null;
  // The table's or chart's own credit line, whoever it names as compiling the figures (…记者整理).
  if (first === "数" && DATA_CREDIT.test(norm)) return null;
  // a mail's header fields over a newsletter copied from the client: the sender credits, the recipients count for nothing
  if (norm.includes("@") && isMailSender(norm)) return "origin";
  if (MAIL_ROUTING.test(norm)) return "counter";
  if (ORIGIN.test(norm) || ((norm.endsWith("报道") || norm.endsWith("编译")) && OUTLET_REPORTS.test(norm)) || (norm.length <= 60 && ACCOUNT_LINE.test(norm))) return "origin";
  const dates = NUMBERED_CAPTION.test(norm) ? [] : findDates(norm);
  if (dates.length > 0) {
    // A line that is mostly a date (plus labels, counters, names) is a date line, not prose.
    const rest = norm.replace(dates[0]!.match, "");
    if (dates[0]!.index === 0 && DATED_NOUN_PHRASE.test(rest)) return null;
    const framed = FRAME_OPEN.test(norm.slice(0, dates[0]!.index)) && FRAME_CLOSE.test(norm.slice(dates[0]!.index + dates[0]!.match.length));
    // a sentence that mentions a day (请各地于2025年4月30日前报送材料。) is prose, not a date line;
    // so is one of two clauses, each short (《办法》自2025年8月1日起施行，有效期三年。): a date line has no clauses
    // and so is one saying what a period is (公示期为2026年11月18日至11月24日。): a subject and 为/是 before the date
    const sentence = /[。！？]$/.test(norm) && (/\p{Script=Han}{6}/u.test(rest) || /\p{Script=Han}[，,；;]\p{Script=Han}/u.test(rest) || COPULA_BEFORE.test(norm.slice(0, dates[0]!.index)));
    if (LABELLED_DATE.test(norm) || ENGLISH_DATE_LABEL.test(norm) || ARTICLE_HISTORY.test(norm) || (!sentence && !framed && rest.replace(/[\s\d:：|｜/]/g, "").length <= 24)) return "dateline";
  }
  // "周琳 · 3小时前": a feed's relative time beside the writer is the header's date field.
  if (norm.length <= 30 && RELATIVE_TIME.test(norm) && norm.replace(RELATIVE_TIME, "").replace(/[\s·•|｜丨/:：]/g, "").length <= 12) return "dateline";
  // "发布时间：10-08" — a labelled date without a year is still a date line.
  if (norm.length <= 40 && LABELLED_DATE.test(norm) && /\d{1,2}[-/.月]\d{1,2}/.test(norm)) return "dateline";
  if ((first === "(" || first === "（") && BRACKETED_EDITOR.test(norm)) return "byline";
  if (first === "文" && WRITER_CREDIT.test(norm)) return "byline";
  if (norm.length <= 60 && BYLINE_MARK.test(norm) && BYLINE.test(norm) && !SPOKEN.test(norm) && !SENTENCE_THEN_REPORTER.test(norm)) return "byline";
  const reporter = norm.includes("记者");
  if (reporter && norm.length <= 30 && STAFF_REPORTER.test(norm)) return "byline";
  if ((reporter && OUTLET_REPORTER.test(norm)) || (norm.includes("发自") && SENT_FROM.test(norm))) return "byline";
  if (((norm.includes("作者") || norm.includes("撰")) && SHORT_CREDIT.test(norm)) || (ENGLISH_FIRST.test(norm) && ENGLISH_BYLINE.test(norm))) return "byline";
  if (norm.length <= 40 && COUNTER.test(norm)) return "counter";
  if (norm.length <= 24 && APPROVALS.test(norm)) return "counter";
  return null;
}

/** Is a raw line (not yet folded) a metadata line of any kind. */
export const isMetadataLine = (text: string): boolean => metadataLineKind(foldLine(text)) !== null;
