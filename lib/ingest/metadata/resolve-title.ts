/**
 * The final word on the title the classifier (classify/title.ts) or the HTML front end chose:
 * when the page prints its 原标题 (the original headline of a reprint) and the chosen title is
 * that headline with a bracketed insertion in front ("[某化妆品]原标题…", an ad or a channel tag
 * the reprinting site added), the insertion goes. A title that differs from the 原标题 in any other
 * way is the site's own headline and stays. A text with no headline line that gives its 原标题 has that as its title,
 * else the headline its lead opens with in brackets (a post's 【headline】), else a first line that
 * closes with its source in brackets (标题（来源：X）) without them; a headline wholly in
 * 【】 loses the brackets; a type label in square brackets before it ([行业资讯] …) goes, and so does a
 * feed's time of day in brackets after it (…【11:25】), a format tag before a bar (图集丨…) and a field label
 * before it (title: …).
 */
import { foldForCompare } from "../../text/fold";
import type { MetadataEvidence } from "./evidence";

const ORIGINAL_TITLE = /原标题\s*[:：]\s*(.+?)\s*[)）]?\s*$/;
const BRACKET_PREFIX = /^\s*[[【〔(（][^\]】〕)）]{1,20}[\]】〕)）]\s*/;

// "【阶跃星辰开源两款多模态大模型】3月1日，…": a brief or a post that opens with its headline in
// brackets. Not a newsroom's dateline or credit in the same brackets (【X网科技综合报道】, 【X社3月5日电】).
// A post's topic tags may come first (#话题# 【headline】…).
const LEAD_HEADLINE = /^\s*(?:#[^#\s]{1,30}#\s*)*【([^【】。！？]{8,60})】/;
const NOT_HEADLINE = /(?:报道|报导|讯|电|消息|综合|编译)$|记者|来源|编辑|作者|\d{1,2}月\d{1,2}日/;
// "【阿里通义千问发布推理模型QwQ-32B】": a headline wholly in brackets, which are no part of it.
const WRAPPED = /^\s*【([^【】]{2,})】\s*$/;

// "[行业资讯] 智谱发布…": a thread's type in square brackets, spaced from the headline (a forum
// sets it as a link of its own before the subject), is a label, not the headline's first words.
// Glued to the headline ([快讯]北京站…) it is how the site prints that headline, and stays.
const TYPE_TAG = /^\s*\[\p{Script=Han}{2,6}\]\s+(?=\S.{5,})/u;

// "…估值超200亿美元【11:25】": a flash feed stamps each headline with its time of day in brackets
// at its end; the time is the item's, read as its date, and no word of the headline.
const TRAILING_TIME = /\s*[【\[(（〔]\s*(?:\d{1,2}月\d{1,2}日\s*)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*[】\])）〕]\s*$/;
const MIN_TITLE_LEFT = 4;

// "图集丨走进…", "图文直播｜…开幕式", "演讲实录丨X：…", "专访｜X：…": a tag naming the page's format (a gallery, a live,
// a video, a transcript, an interview) before the bar says what kind of page it is, no word of the headline, in an <h1> as in <title>. An
// editorial label (独家｜) is the newsroom's claim in its headline and stays in an HTML headline; 对话 glued to a name
// (对话X：…) is the headline's own verb and has no bar.
const FORMAT_TAG = /^\s*(?:高清)?(?:图集|组图|多图|图文直播|视频直播|直播|视频|音频|专访|对话|访谈|(?:演讲|访谈|对话|圆桌|论坛|发布会|会议|直播)?实录)\s*[|｜丨]\s*(?=\S.{5,})/u;

// "title: X", "标题：X": a feed item or a form saved as text labels its headline; the label is no word of it;
// nor is a mail's 主题：X (a newsletter's subject is its issue's headline).
const TITLE_LABEL = /^\s*(?:title|headline|subject|标题|標題|主题|主題)\s*[:：]\s*(?=\S.{3,})/i;

// "标　　题：X" or "名　　称：X" among an official document's information rows (发文字号, 索引号, 成文日期,
// 发文机关): the row names the document, whichever row the picker took for a headline.
const DOC_NAME_ROW = /^\s*(?:标\s*题|名\s*称|文件名称|文件标题)\s*[:：]\s*(\S.{5,})$/u;
const DOC_INFO_ROW = /^\s*(?:发\s*文\s*字\s*号|文\s*号|索\s*引\s*号|成文日期|发文机关|发布机构)\s*[:：]\s*\S/u;

/** The document's name its information table gives, when the header is such a table. */
function documentName(title: string | null, header: string[]): string | null {
  if (!header.some((l) => DOC_INFO_ROW.test(l))) return null;
  for (const line of title === null ? header : [title, ...header]) {
    const m = DOC_NAME_ROW.exec(line);
    if (m) return m[1]!.trim();
  }
  return null;
}

// "E87｜开源模型的商业化…": an episode's or an issue's number before a bar (E87, EP12, Vol.3, #40, 第87期)
// in the title the page declares (og:title, <title>), whose rest is the headline chosen: the page
// sets the number apart (a badge over its <h1>), and a numbered episode is named by both together.
const EPISODE_NUMBER = /^\s*(?:(?:EP?|Vol\.?|No\.?|#)\s*\d{1,4}|第\s*[\d一二三四五六七八九十百零]{1,5}\s*[期集话回])\s*[|｜丨]\s*/iu;
const THEN_SEPARATOR = /^\s*(?:[_|｜]|[-–—]\s|--)/u;

function withEpisodeNumber(title: string, declared: string[]): string {
  const t = foldForCompare(title);
  for (const d of declared) {
    const m = d.match(EPISODE_NUMBER);
    if (!m || t.length < MIN_TITLE_LEFT) continue;
    const rest = foldForCompare(d.slice(m[0].length));
    if (rest === t || (rest.startsWith(t) && THEN_SEPARATOR.test(rest.slice(t.length)))) return `${m[0].replace(/^\s+/, "")}${title}`;
  }
  return title;
}

// "标题（来源：X）": the headline with its source in brackets after it, the
// first line over the body, which the line classifier files as a credit: the words before the bracket
// are the headline (a sentence closed by 。 before it is a paragraph's end, not a headline).
const HEADLINE_THEN_CREDIT = /^\s*([^。！？!?（）()]{6,60}?)\s*[（(]\s*(?:来源|稿源|出处|來源)\s*[:：][^（）()]{2,30}[）)]\s*$/u;

function creditedHeadline(line: string | undefined): string | null {
  return line?.match(HEADLINE_THEN_CREDIT)?.[1]?.trim() ?? null;
}

function leadHeadline(lead: string | null): string | null {
  const m = lead?.match(LEAD_HEADLINE);
  return m && !NOT_HEADLINE.test(m[1]!.trim()) ? m[1]!.trim() : null;
}

export function resolveTitle(title: string | null, e: MetadataEvidence): string {
  const resolved = resolvedTitle(title, e);
  return resolved && e.html?.declaredTitles ? withEpisodeNumber(resolved, e.html.declaredTitles) : resolved;
}

function resolvedTitle(title: string | null, e: MetadataEvidence): string {
  const documentTitle = e.html ? null : documentName(title, e.header);
  if (documentTitle) return documentTitle;
  // An excerpt that opens with 原标题：X and no headline of its own still names its headline.
  if (!title) {
    if (e.html) return "";
    return e.originalTitles.map((l) => l.match(ORIGINAL_TITLE)?.[1]).find((t) => t !== undefined) ?? leadHeadline(e.lead) ?? creditedHeadline(e.header[0]) ?? "";
  }
  const labelled = title.match(TITLE_LABEL);
  if (labelled) title = title.slice(labelled[0].length);
  const stamped = title.match(TRAILING_TIME);
  if (stamped && title.length - stamped[0].length >= MIN_TITLE_LEFT) title = title.slice(0, stamped.index);
  const format = title.match(FORMAT_TAG);
  if (format) title = title.slice(format[0].length);
  const wrapped = title.match(WRAPPED);
  if (wrapped) return wrapped[1]!.trim();
  const tagged = title.match(TYPE_TAG);
  if (tagged) return title.slice(tagged[0].length);
  const prefix = title.match(BRACKET_PREFIX);
  if (!prefix) return title;
  const rest = title.slice(prefix[0].length);
  for (const line of e.originalTitles) {
    const m = line.match(ORIGINAL_TITLE);
    if (m && foldForCompare(m[1]!) === foldForCompare(rest)) return rest;
  }
  return title;
}
