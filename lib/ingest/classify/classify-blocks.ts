/**
 * Splits blocks into title, body, metadata lines and removed boilerplate, each removal with a
 * kind and a reason. The cascade, in order:
 *  1. vocabulary and shape mark boilerplate lines (vocabulary.ts) and metadata lines;
 *  2. a section marker after the body has begun (相关推荐, 友情链接) closes the article: the
 *     list that follows is removed while its items stay list-like;
 *  2a. in a text dump, the next articles of a page that scrolls on are cut (next-article.ts), or
 *      else a feed of teasers under the article (teaser-feed.ts);
 *  2c. a second report printed under the article in the same run (its own headline lines and
 *      reporter's line) is cut (companion-report.ts);
 *  3. copies of other blocks (teasers, highlights) are removed (duplicates.ts);
 *  4. the body is the best-scoring contiguous run of the rest (body-span.ts); it grows over
 *     the region's own short lines (4b), up to two closing sentences (4c), and a list of short
 *     lines that runs to the report's closing mark (4d, （完）, （X中心）);
 *  5. the title is picked among the lines above the body (title.ts), or taken from the
 *     HTML page's own hints;
 *  6. whatever remains outside the body is site chrome, labelled by its position.
 */
import { isTaggedHeadline } from "../metadata/column-tag";
import type { Block, RemovalKind, RemovedBlock } from "../types";
import { metadataLineKind, type MetadataLineKind } from "../metadata/metadata-line";
import { isWriterNameLine, WRITER_TO_DATE } from "../metadata/writer-line";
import { blockFeatures, vocabularyOf, type BlockFeatures } from "./features";
import { isSectionTag, sectionMarker, type VocabularyHit } from "./vocabulary";
import { findCopies, laterCopyInTail } from "./duplicates";
import { rowsHoldData } from "./data-rows";
import { bestSpan } from "./body-span";
import { nextArticleStart } from "./next-article";
import { teaserFeedStart } from "./teaser-feed";
import { timedFlashesRun } from "./timed-flashes";
import { companionReportStart } from "./companion-report";
import { boxAboveHeaderEnd, headlineListEnd } from "./headline-list-above";
import { datedFeedBlocks } from "./dated-feed";
import { pickTitle } from "./title";
import { headlineUnderNote } from "./editors-note";
import { aiSummaryItems } from "./ai-summary";
import { writerCardItems } from "./writer-card";
import { linkedHeadlinePositions } from "./linked-headline";
import { echoesTrail } from "./crumb-title";
import { endAtClosingNotice } from "./closing-notice";
import { repeatedCaptions } from "./repeated-captions";
import { openOverFirstSentences, closeOverLastSentences, closeOverListToMark, briefSentences } from "./closing-lines";
import { foldForCompare } from "../../text/fold";

export interface MetadataBlock {
  index: number;
  kind: MetadataLineKind | "outlet";
  text: string;
}

export interface Classification {
  title: string | null;
  titleIndex: number | null;
  body: number[];
  metadata: MetadataBlock[];
  removed: RemovedBlock[];
  /** Blocks cut from the body's opening as a summary box (ai-summary.ts): the header's lines stand above them. */
  boxAbove?: number;
}

/** A one-line pitch between two paragraphs is no longer than this (characters). */
const PITCH_MAX = 30;

interface Mark {
  kind: RemovalKind;
  reason: string;
}

// …or its bracketed form, which newsrooms brand with their own name: 【新智元导读】, 【导语】.
export const BODY_LABEL = /^(?:正文)\s*[:：]\s*(?=\S)/;
const TEASER_LABEL = /^(?:(导读|摘要|内容摘要|核心提示|提要|文章摘要|highlights?)\s*[:：]|【[^】]{0,10}(导读|摘要|提要|导语|核心提示)】)/i;
const HEADER_TEASER_LABEL = /^导语\s*[:：]/;
/** A label and its value (票价：60元): the shape of a table row or a listing's entry. */
const LABELLED = /^[^:：]{1,12}[:：]\s*\S/;
/**
 * A date or byline line that goes on after a comma into a clause and ends a sentence is prose that
 * opens with a date (2024年5月9日，园区正式揭牌。) or an interviewer's question (记者：…，…吗？),
 * not a line of metadata: real date lines and bylines end bare.
 */
const CARD_ACCOUNT = /文章来源于\s*([^\s,，。]{2,20})/;
const CARD_LINES = 2;
const SENTENCE_AFTER_LABEL = /[，,；;].*\p{Script=Han}{6}.*[。！？!?]["”』」]?$/u;
const OUTLET_SUFFIX = /(新闻|日报|晚报|早报|时报|周刊|周报|财经|商报|报|社|网|杂志|电视台|广播|研究院|观察|评论)$/;

/** Boilerplate that closes an article (what ends one article of a page that scrolls on before the next). */
const ARTICLE_FOOTER = new Set<RemovalKind>(["disclaimer", "copyright", "share", "comment"]);

/** A picture as a dump prints it: its alt text in square brackets, alone on the line. */
const PICTURE_LINE = /^\s*\[[^\]\n]{1,60}\]\s*$/;
const captionLike = (line: string) => line.length <= 40 && !/[。！？!?]/.test(line);

/**
 * A dump's block of pictures: "only" when every line is a picture whose alt is at least a phrase
 * ([编者按] is a label), "captioned" when its other lines are captions; null for anything else.
 */
function pictureBlock(b: Block): "only" | "captioned" | null {
  if (b.path !== "line") return null;
  const lines = b.text.split("\n");
  if (lines.every((l) => PICTURE_LINE.test(l) && l.trim().length >= 8)) return "only";
  return lines.some((l) => PICTURE_LINE.test(l)) && lines.every((l) => PICTURE_LINE.test(l) || captionLike(l)) ? "captioned" : null;
}

/** A line ending as a sentence does (。), not as a field does. */
const CLOSING_STOP = /。\s*$/;
/** Link share above which a text-dump line is a line of links, not text. */
const LINK_LINE = 0.8;
/** Link share above which a text-dump line no longer reads as prose, however long (HTML blocks are judged by the cascade). */
const LINKED_PROSE = 0.5;

/** The desk editor's credit that closes an article (责任编辑：X, 【责编：X】); a reporter's byline opens one as often. */
const DESK_CREDIT = /^[(（【\[]?\s*(?:责任编辑|责编)\s*[:：]/;
/** Prose the article must have above the credit for it to close the article. */
const CLOSING_CREDIT_AFTER_CHARS = 300;

/** Index of the first desk credit inside the run with enough prose above it, or null. */
function closingCreditAt(run: { start: number; end: number }, isCredit: (i: number) => boolean, proseChars: (i: number) => number): number | null {
  let above = 0;
  for (let i = run.start; i <= run.end; i++) {
    if (isCredit(i) && above >= CLOSING_CREDIT_AFTER_CHARS) return i;
    above += proseChars(i);
  }
  return null;
}

/** A date field the article labels itself (时间：, 会议日期：), not the page's 发布时间/更新日期. */
// A numbered item may carry the field (1.报名时间：即日起至12月3日17:00；).
const ARTICLE_DATE_FIELD = /^(?!.*(?:发布|发表|更新|发稿|出版|录入|上传|来源|作者))(?:\d{1,2}\s*[.．、]|[(（][一二三四五六七八九十\d]{1,2}[)）])?\s*[\p{Script=Han}]{0,4}(?:时间|日期)\s*[:：]/u;
/** A release's name: "v3.1.0", "版本 2.4", "1.3.0 版", "2.0.0-beta1 release". */
const VERSION_NAME = String.raw`(?:v|version\s*|版本\s*)?\d{1,3}(?:\.\d+){1,3}(?:[-+.]?[a-z]+\d*)?\s*(?:版本?|版|release)?`;
/**
 * A release's heading inside the chosen region: a version number, then its date (v2.4.0（2025-09-02）,
 * 1.3.0 版本 2025年9月2日). A changelog dates every entry so; none is the page's date line, and
 * cutting them as such took each entry's heading and left its short items under the one before.
 */
const VERSION_HEADING = new RegExp(String.raw`^${VERSION_NAME}\s*[(（\[【]?\s*(?:19|20)\d{2}`, "i");
/** A version's name alone as a heading, its date set apart on the line under it. */
const VERSION_ALONE = new RegExp(`^${VERSION_NAME}$`, "i");
/**
 * A section heading that names a time or date (一、会议时间, 报名日期): the line under it is that
 * field's value, split from its label onto a line of its own, as notices set their sections.
 * The page's own date labels (发布时间, 更新日期) are no section of the article.
 */
const DATE_SECTION_HEADING = /^(?!.*(?:发布|发表|更新|发稿|出版|录入|上传|来源|作者))(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．])?\s*[\p{Script=Han}]{0,6}(?:时间|日期)\s*[:：]?$/u;
// An outlet's reporter with the label's colon and no name: who speaks next in a transcript.
const SPEAKER_LABEL = /^[\p{L}\p{N}]{0,16}记者\s*[:：]$/u;
const QUESTION_END = /[？?]$/u;
/** A date alone, written out in Han (2025年8月15日): how a notice is signed. */
const BARE_HAN_DATE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
/** How far above the issuer's name the notice's last paragraph may be (contacts, attachments between). */
const SIGNATURE_REACH = 8;

/** Length of a paragraph that ends a list opened by a section marker. */
const SECTION_END_CHARS = 50;
/** A widget's run inside a dump's article: 3–12 blocks of at most 30 characters, 2 or more already known as chrome. */
const WIDGET_BLOCK_CHARS = 30;
const WIDGET_MAX_BLOCKS = 12;
const WIDGET_MIN_BLOCKS = 3;
const WIDGET_MIN_CHROME = 2;
const CLAUSE_MARK = /[，,。！？!?；;：:、]/u;
/** A lead labelled in plain words (导读：…), not branded in brackets (【X导读】, a newsroom's digest). */
const LEAD_LABEL = /^(导读|核心提示|提要)\s*[:：]/;
const LEAD_END = /[。！？!?][”’」』）)]*$/;
/** Blocks a dump's labelled lead (导读：…) may stand above the article's first paragraph. */
const LEAD_REACH = 3;

/** A paragraph no deeper than the marker that opened the section ends it (lynx indents the whole page). */
function sectionEnds(b: Block, f: BlockFeatures, marker: Block): boolean {
  return f.paragraphLike && !b.listItem && b.indent <= marker.indent && f.length >= SECTION_END_CHARS;
}

export function classifyBlocks(blocks: Block[], opts: { titleHint?: string | null } = {}): Classification {
  const features = blocks.map((b) => blockFeatures(b.text));
  // A code listing's line in the article is its text, whatever words or shape it has.
  const vocab: (VocabularyHit | null)[] = features.map((f, i) => (blocks[i]!.code ? null : vocabularyOf(f.norm)));
  for (let i = 1; i + 1 < blocks.length; i++) {
    if (vocab[i]?.kind !== "share" || vocab[i - 1] !== null || vocab[i + 1] !== null) continue;
    const above = { short: !features[i - 1]!.paragraphLike && features[i - 1]!.length <= 40 && blocks[i - 1]!.core === true };
    if (blocks[i]!.core === true && isSectionTag(features[i]!.norm, above, { prose: features[i + 1]!.paragraphLike })) vocab[i] = null;
  }
  // A data table's row reads as short items set apart by spaces, a menu's shape: its cells. Only a
  // row mostly of links is still a menu (a table of links to other pages).
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.row === true && vocab[i]?.shape === true && blocks[i]!.linkDensity < LINKED_PROSE) vocab[i] = null;
  // A table of the article under its own heading whose rows hold numbers past their first cell (a
  // ranking whose model and maker cells link to their pages) is data, however many of its cells link.
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.row !== true || (i > 0 && blocks[i - 1]!.row === true)) continue;
    let end = i;
    while (end < blocks.length && blocks[end]!.row === true) end++;
    const head = blocks[i - 1];
    if (head?.heading && head.core === true && vocab[i - 1] === null && rowsHoldData(blocks.slice(i, end).map((b) => b.text))) {
      for (let k = i; k < end; k++) if (vocab[k]?.shape === true && blocks[k]!.core === true) vocab[k] = null;
    }
    i = end - 1;
  }
  // "2026-12-03" as a heading over list items, inside the chosen region: a changelog's or a
  // diary's entry dated by its heading, as VERSION_HEADING's are; the page's date line heads no list.
  const datedEntryHeading = (i: number) =>
    blocks[i]!.heading && features[i]!.length <= 16 && blocks[i + 1]?.core === true && blocks[i + 1]!.listItem && i > 0 && blocks[i - 1]!.core === true;
  // "v3.1.0" as a heading, its date on the line under it (<h2>v3.1.0</h2><time>…</time>): the
  // entry's date, as when the heading holds it.
  const underVersionHeading = (i: number) => i > 0 && blocks[i - 1]!.heading && blocks[i - 1]!.core === true && VERSION_ALONE.test(features[i - 1]!.norm);
  const meta: (MetadataLineKind | null)[] = features.map((f, i) => {
    const kind = vocab[i] ? null : metadataLineKind(f.norm);
    if (kind === "dateline" && blocks[i]!.core === true && (VERSION_HEADING.test(f.norm) || datedEntryHeading(i) || underVersionHeading(i))) return null;
    return (kind === "dateline" || kind === "byline") && SENTENCE_AFTER_LABEL.test(f.norm) ? null : kind;
  });
  // "南江日报记者：" alone over "…？": a transcript's or an interview's speaker label over the
  // question asked; a byline names its reporter after the label.
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (meta[i] !== "byline" || blocks[i]!.core !== true || blocks[i + 1]!.core !== true) continue;
    if (SPEAKER_LABEL.test(features[i]!.norm) && QUESTION_END.test(features[i + 1]!.norm)) meta[i] = null;
  }
  // A writer's bare name under a short headline-sized line and over the date line is the byline.
  for (let i = 1; i < blocks.length; i++) {
    if (meta[i] !== null || !isWriterNameLine(blocks[i]!.text)) continue;
    const dated = [1, WRITER_TO_DATE].some((k) => meta[i + k] === "dateline");
    if (dated && !features[i - 1]!.paragraphLike && meta[i - 1] === null) meta[i] = "byline";
  }
  const coreParagraph = (j: number) => blocks[j]!.core === true && features[j]!.paragraphLike && meta[j] === null && vocab[j] === null;
  const articleField = (i: number) => {
    const underHeading = i > 0 && blocks[i - 1]!.core === true && DATE_SECTION_HEADING.test(features[i - 1]!.norm);
    if (!ARTICLE_DATE_FIELD.test(features[i]!.norm) && !underHeading) return false;
    let above = false;
    let below = false;
    for (let j = i - 1; j >= 0 && !above && blocks[j]!.core === true; j--) above = coreParagraph(j);
    for (let j = i + 1; j < blocks.length && !below && blocks[j]!.core === true; j++) below = coreParagraph(j);
    // The last field before the notice's signature (报名截止日期：… over the issuer and its date) has
    // no paragraph under it, and is the notice's all the same.
    return above && (below || signedBelow(i));
  };
  const lastCore = blocks.findLastIndex((b) => b.core === true);
  const signedBelow = (i: number) => i + 2 === lastCore && signingDate(i + 2);
  const signingDate = (i: number) => {
    const issuer = features[i - 1]!;
    if (!BARE_HAN_DATE.test(features[i]!.norm) || blocks[i - 1]!.core !== true || meta[i - 1] !== null || vocab[i - 1] !== null) return false;
    if (issuer.paragraphLike || issuer.length > 30 || /[，。；：:！？]/.test(issuer.norm)) return false;
    for (let j = i - 2; j >= Math.max(0, i - SIGNATURE_REACH); j--) if (coreParagraph(j)) return true;
    return false;
  };
  // The article's own dated lines inside the chosen region are not the page's date line: a field
  // of what it announces (时间：9月18日 9:00, 截止日期：…) between its paragraphs, and a notice's
  // signing date under the issuer's name at its end.
  // The issuer's name over a signing date, which often opens the notice's first sentence too
  // (南湖研究院是…): the signature, not a copy of that sentence.
  const issuers = new Set<number>();
  for (let i = 1; i < blocks.length; i++) {
    if (meta[i] !== "dateline" || blocks[i]!.core !== true) continue;
    if (articleField(i)) meta[i] = null;
    else if (signingDate(i)) {
      meta[i] = null;
      issuers.add(i - 1);
    }
  }
  const marks = new Map<number, Mark>();
  // "以下文章来源于硅谷101 ，作者X": a reposted account's card follows, its name and a profile
  // sentence that opens with the name; they are the card's, not the article's.
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const account = meta[i] === "origin" ? b.text.match(CARD_ACCOUNT)?.[1] : undefined;
    for (let k = 1; account && k <= CARD_LINES && i + k < blocks.length; k++) {
      if (!blocks[i + k]!.text.startsWith(account)) break;
      marks.set(i + k, { kind: "site-header", reason: "the reposted account's card (its name and profile)" });
    }
  }
  // A labelled lead inside the region the HTML cascade chose (核心提示：…, 导读：… over the first
  // paragraph) is the article's own summary, written for it; elsewhere on the page it is a teaser.
  // Inside the region one that only restates a paragraph is still cut, as a copy (duplicates.ts).
  // A dump has no region: there a lead labelled in plain words, written whole (ending in a
  // sentence's end), is the article's when the article's first paragraph follows it, past no more
  // than its metadata lines and a subheading or caption; one that restates that paragraph is
  // still cut as a copy.
  // In HTML a lead in its own box between the headline's lines and the region (核心提示：… in a
  // summary box over the article container) is the article's too: the header widened above the
  // region reaches it, and past it come only metadata lines before the region's first block.
  const firstCore = blocks.findIndex((b) => b.core === true);
  const leadAboveRegion = (i: number) => {
    if (blocks[i]!.core === true || firstCore <= i) return false;
    for (let k = i + 1; k < firstCore; k++) if (meta[k] === null) return false;
    return true;
  };
  const leadOfArticle = (i: number) => {
    const dump = blocks[i]!.path === "line";
    if ((!dump && !leadAboveRegion(i)) || !LEAD_LABEL.test(features[i]!.norm) || !features[i]!.paragraphLike || features[i]!.length < SECTION_END_CHARS) return false;
    // A teaser cut short (…, ...) is an excerpt of the page, not a lead written whole.
    if (!LEAD_END.test(blocks[i]!.text.trim())) return false;
    if (!dump) return true;
    for (let k = i + 1; k < blocks.length && k <= i + LEAD_REACH; k++) {
      if (meta[k] !== null || (!features[k]!.paragraphLike && features[k]!.length < SECTION_END_CHARS)) continue;
      // The article's first paragraph may be a short one (a sentence or two that announce the tips below).
      return features[k]!.paragraphLike && !TEASER_LABEL.test(features[k]!.norm);
    }
    return false;
  };
  // An excerpt saved as labelled fields (摘要：… over 正文：…) sets its summary apart from the text by
  // the labels themselves, wherever the lines stand: the summary is a field, not the article's lead.
  const overBodyLabel = (i: number) => i + 1 < blocks.length && BODY_LABEL.test(features[i + 1]!.norm);
  // "导语：…" right over the date or byline line stands in the header, the headline's deck; under the
  // header (a dump's first paragraph) the same label opens the article's own lead, which stays.
  const headerTeaser = (i: number) => HEADER_TEASER_LABEL.test(features[i]!.norm) && i + 1 < blocks.length && meta[i + 1] !== null;
  const teaser = (i: number) => ((blocks[i]!.core !== true || overBodyLabel(i)) && TEASER_LABEL.test(features[i]!.norm) && !leadOfArticle(i)) || headerTeaser(i);

  // Steps 1–4, with section markers only honoured once a preliminary body has begun.
  // Inside the region the HTML cascade chose, a contact line between the article's own lines is
  // an entry of a listing (咨询电话：…), not a site's contact bar; it is only cut at the edges.
  // A dump's code block or listing (text-dump/structured-runs.ts) is known by its shape, which the
  // shape rules for menus and addresses would otherwise take for one (docker rm x && docker rm y).
  const shapeOnly = (i: number) => blocks[i]!.path === "line" && (vocab[i]?.kind === "navigation" || vocab[i]?.kind === "link-list");
  // So is a card's line in the article's flow that reads like a menu by its shape (a place's
  // "[城市] 站名 300m / 面馆", a rating "4.1 分 · 126 人评价"): the card is an entry of the article.
  const cardShape = (i: number) => blocks[i]!.card === true && vocab[i]?.kind === "navigation";
  const soft = (i: number) => blocks[i]!.core === true && (vocab[i]?.kind === "contact" || shapeOnly(i) || cardShape(i));
  const closingContact = (i: number) => blocks[i]!.core === true && vocab[i]?.kind === "contact" && blocks[i]!.path !== "line" && CLOSING_STOP.test(blocks[i]!.text);
  // A line that is mostly link text (a text dump's numbered links) is a menu or a list of
  // other articles, as in HTML; prose with a link or two keeps its place.
  const linkLine = (i: number) => blocks[i]!.path === "line" && blocks[i]!.linkDensity >= LINK_LINE;
  // A link target a text dump prints (an ad's iframe, a reference) is no text: removing it
  // must not cost like removing a paragraph, or it splits the article it sits in.
  const urlLine = (i: number) => vocab[i]?.kind === "link-list" && /:\/\//.test(blocks[i]!.text);
  // A dump's line with an input field or a button belongs to a form (login, comment, search box).
  const formLine = (i: number) => blocks[i]!.form === true;
  // Asked of each block by every step below (and twice by the span search); meta, vocab and the
  // blocks are settled by now, so each answer is worked out once (0 unknown, 1 no, 2 yes).
  // Step 1b (text dumps only): a feed of dated teasers (date line, headline, again and again) is
  // no article's text, wherever it stands (dated-feed.ts).
  const datedFeed = blocks.length > 0 && blocks.every((b) => b.path === "line")
    ? datedFeedBlocks(blocks.map((b, i) => ({
      dateline: meta[i] === "dateline",
      norm: features[i]!.norm,
      length: features[i]!.length,
      prose: features[i]!.paragraphLike && vocab[i] === null && meta[i] === null,
      core: b.core === true,
    })))
    : new Set<number>();
  for (const i of datedFeed) if (meta[i] !== "dateline") marks.set(i, { kind: "related", reason: "feed of dated teasers (date line, headline)" });
  const excludedMemo = new Uint8Array(blocks.length);
  const excludedBase = (i: number) => {
    if (excludedMemo[i] === 0) excludedMemo[i] = (vocab[i] !== null && !soft(i)) || meta[i] !== null || teaser(i) || linkLine(i) || formLine(i) || datedFeed.has(i) ? 2 : 1;
    return excludedMemo[i] === 2;
  };
  const copies = findCopies(
    blocks.map((b) => b.text),
    // A table's row repeating another (two courses on one day at one place) is a row of its own.
    (i) => !excludedBase(i) && !issuers.has(i) && blocks[i]!.row !== true,
  );
  // Short lines repeating each other inside the chosen region are table cells and list entries
  // (成人票：60元 under every item), not teasers restating a paragraph. Only labelled entries:
  // a bare repeated name is an image caption under each photo.
  for (const [i, j] of copies) {
    // A dump's code block repeats its commands (text-dump/structured-runs.ts): those stay too.
    // A card's field repeated under every card of a listing (a price band, "在 App 中打开") is the card's too.
    const cardField = blocks[i]!.card === true && blocks[j]!.card === true && !features[i]!.paragraphLike;
    const entry = blocks[i]!.core && blocks[j]!.core && ((!features[i]!.paragraphLike && LABELLED.test(features[i]!.norm)) || blocks[i]!.path === "line" || cardField);
    if (entry && features[i]!.norm === features[j]!.norm) copies.delete(i);
  }
  laterCopyInTail(copies, features.map((f) => f.norm), (k) => vocab[k]?.opensSection === true, (k) => features[k]!.paragraphLike);
  /** A box of links inside a dump's article: cut, but bridged like an insert in the chosen region. */
  const inlineBox = new Set<number>();
  // A short line of the region repeating another (a card's "-" or button under every entry of a
  // listing) is cut, but bridged like the region's other short lines: at −8 each, the cards of a
  // list of entries outweighed the entries' one-line notes and cut the list in half.
  const entryCopy = (i: number) => blocks[i]!.core === true && !features[i]!.paragraphLike && !excludedBase(i) && copies.has(i) && blocks[copies.get(i)!]!.core === true;
  // A dump prints each picture as its [alt] text with its caption under it, and a gallery repeats
  // them between the paragraphs: the copies are cut, but bridged like a caption, not as a wall
  // (at −30 a line or more, four such pictures split a product review in two).
  const pictures = blocks.map(pictureBlock);
  // A block of nothing but pictures is no text of the article.
  const pictureOnly = (i: number) => pictures[i] === "only";
  // The caption may be a block of its own under its picture.
  // A dump's gallery whose pictures left only their captions, the same name again and again between
  // paragraphs (repeated-captions.ts): its copies are bridged like a picture's caption too.
  const galleryCaptions = blocks.length > 0 && blocks.every((b) => b.path === "line")
    ? repeatedCaptions(blocks.map((b, i) => ({
      norm: features[i]!.norm,
      captionShape: !features[i]!.paragraphLike && captionLike(b.text.trim()) && b.linkDensity === 0 && !b.listItem && meta[i] === null && vocab[i] === null,
      prose: features[i]!.paragraphLike && meta[i] === null && vocab[i] === null,
    })))
    : new Set<number>();
  const pictureCopy = (i: number) => copies.has(i) && (pictures[i] !== null || galleryCaptions.has(i) || (pictures[i - 1] != null && blocks[i]!.path === "line" && captionLike(blocks[i]!.text)));
  // "▲点击关注，…" between two paragraphs of prose: a one-line pitch inserted in the article,
  // cut but bridged like a picture's credit (as a wall it cut off the short paragraphs after it)
  const prose = (k: number) => features[k] !== undefined && features[k]!.paragraphLike && !excludedBase(k);
  const pitchBetween = (i: number) => vocab[i]?.kind === "ad" && features[i]!.length <= PITCH_MAX && blocks[i]!.path === "line" && prose(i - 1) && prose(i + 1);
  // A widget set inside a dump's article (a picture centre's links and counters, a slideshow's
  // controls: back, view the album, a picture counter, repost) prints as a run of short chrome lines between two of
  // its paragraphs. When the article's text goes on after the run (two paragraphs at the indent of
  // the one above it), the run is cut but bridged like an insert: as a wall, it left one part out.
  const widgetRun = new Set<number>();
  if (blocks.length > 0 && blocks.every((b) => b.path === "line")) {
    const prose = (k: number) => k >= 0 && k < blocks.length && features[k]!.paragraphLike && !blocks[k]!.listItem && features[k]!.length >= SECTION_END_CHARS && !excludedBase(k);
    // A widget's line is a label, a link or a counter: a short line with clause punctuation is a
    // sentence of the article (a lone "however,"), set short as some pages set each sentence.
    const chrome = (k: number) =>
      !prose(k) && !blocks[k]!.heading && features[k]!.length <= WIDGET_BLOCK_CHARS && meta[k] === null && !vocab[k]?.opensSection && (excludedBase(k) || !CLAUSE_MARK.test(blocks[k]!.text));
    for (let s = 1; s < blocks.length; s++) {
      if (!prose(s - 1) || !chrome(s)) continue;
      // A line set left of the paragraphs (lynx's section heading) is the article's, not the widget's.
      const indent = blocks[s - 1]!.indent;
      let e = s;
      while (e < blocks.length && e - s < WIDGET_MAX_BLOCKS && chrome(e) && blocks[e]!.indent >= indent) e++;
      const resumes = prose(e) && prose(e + 1) && blocks[e]!.indent === indent && blocks[e + 1]!.indent === indent;
      // A widget is several controls, some of them already known as chrome; a picture's caption or two is not.
      let cut = 0;
      for (let k = s; k < e; k++) if (excludedBase(k)) cut++;
      if (resumes && e - s >= WIDGET_MIN_BLOCKS && cut >= WIDGET_MIN_CHROME) for (let k = s; k < e; k++) widgetRun.add(k);
      s = e;
    }
  }
  // A digest whose items each close with their own bracketed credit (…。（来源：X）, split off the
  // item by split-glued-credit.ts): a credit with another item and its credit under it sits
  // between two parts of the digest, so it is cut but bridged like an insert. As a wall (−30 a
  // line) it cut every short item after the first.
  const itemCredits = new Set<number>();
  // The item above its credit is a sentence, however short (教育部发布X指南。): it reads as prose.
  const creditedItem = (k: number) => k >= 0 && !excludedBase(k) && SENTENCE_END.test(blocks[k]!.text.trim());
  const bracketedCredit = (k: number) => meta[k] === "origin" && BRACKETED_LINE.test(blocks[k]!.text.trim()) && creditedItem(k - 1);
  const digestItems = new Set<number>();
  for (let i = 0; i + 2 < blocks.length; i++) {
    if (!bracketedCredit(i) || !bracketedCredit(i + 2)) continue;
    itemCredits.add(i).add(i + 2);
    digestItems.add(i - 1).add(i + 1);
  }
  const spanInput = (extra: (i: number) => boolean) =>
    features.map((f, i) => ({
      length: urlLine(i) ? 0 : f.length,
      paragraphLike: (f.paragraphLike || blocks[i]!.phrase === true || digestItems.has(i)) && !(blocks[i]!.path === "line" && blocks[i]!.linkDensity >= LINKED_PROSE),
      excluded: excludedBase(i) || (copies.has(i) && !entryCopy(i)) || extra(i),
      core: blocks[i]!.core || inlineBox.has(i),
      insert: vocab[i]?.kind === "image-credit" || pictureCopy(i) || pictureOnly(i) || galleryCaptions.has(i) || pitchBetween(i) || widgetRun.has(i) || itemCredits.has(i),
    }));
  const first = bestSpan(spanInput(() => false));
  const inSection = new Set<number>();
  // Step 2a (text dumps only): the next articles of a page that scrolls on are cut.
  const cut = first && blocks.every((b) => b.path === "line") ? nextArticleStart(blocks.map((_, i) => ({
    prose: features[i]!.paragraphLike && !excludedBase(i),
    length: features[i]!.length,
    dateline: meta[i] === "dateline",
    boilerplate: vocab[i] !== null,
    footer: ARTICLE_FOOTER.has(vocab[i]?.kind ?? "empty"),
    excluded: excludedBase(i),
  })), first) : null;
  for (let i = cut ?? blocks.length; i < blocks.length; i++) marks.set(i, { kind: "related", reason: "next article of a page that scrolls on" });
  // Step 2b (text dumps only): a feed of teasers (headline, date, snippet) under the article is cut.
  const feed = first && cut === null && blocks.every((b) => b.path === "line")
    ? teaserFeedStart(blocks.map((b, i) => ({ prose: features[i]!.paragraphLike && !excludedBase(i), text: b.text })), first.start)
    : null;
  for (let i = feed ?? blocks.length; i < blocks.length; i++) marks.set(i, { kind: "related", reason: "feed of teasers (headline, date, snippet)" });
  // …and a wire's other flashes (19:40 【headline】text) under the one flash that is the article (timed-flashes.ts).
  const flashes = first && cut === null && feed === null && blocks.every((b) => b.path === "line")
    ? timedFlashesRun(blocks.map((b, i) => ({ prose: features[i]!.paragraphLike && !excludedBase(i), text: b.text, length: features[i]!.length })), first)
    : null;
  for (let i = flashes?.start ?? blocks.length; flashes && i <= flashes.end; i++) marks.set(i, { kind: "related", reason: "the wire's other flashes (time, 【headline】) under the article" });
  // Step 2e (text dumps only): a sidebar's list of headlines read before the article and bridged
  // into it across the article's header is cut down to that header.
  const headerInput = first && blocks.every((b) => b.path === "line")
    ? blocks.map((_, i) => ({
      prose: features[i]!.paragraphLike && !excludedBase(i),
      length: features[i]!.length,
      dateline: meta[i] === "dateline" || meta[i] === "origin",
      excluded: excludedBase(i),
    }))
    : null;
  const listEnd = first && headerInput ? headlineListEnd(headerInput, first) : null;
  for (let i = first?.start ?? 0; listEnd !== null && i < listEnd; i++) {
    if (!excludedBase(i)) marks.set(i, { kind: "related", reason: "list of other stories' headlines above the article's header" });
  }
  // …and a box of a paragraph or two above the headline and its date line (a promotion of the
  // site's news service, a notice) is cut down to that header too.
  const boxEnd = first && headerInput && listEnd === null ? boxAboveHeaderEnd(headerInput, first) : null;
  for (let i = first?.start ?? 0; boxEnd !== null && i < boxEnd; i++) {
    if (!excludedBase(i)) marks.set(i, { kind: "ad", reason: "a box of prose above the article's headline and date line" });
  }
  // Step 2c: a companion report under the article, inside the preliminary run, is cut up to the
  // run's end; what follows the run stays for the cascade's usual labels.
  const companion = first && cut === null && feed === null
    ? companionReportStart(blocks.map((_, i) => ({ prose: features[i]!.paragraphLike && !excludedBase(i), length: features[i]!.length, excluded: excludedBase(i), norm: features[i]!.norm })), first)
    : null;
  const inCompanion = (i: number) => companion !== null && first !== null && i >= companion && i <= first.end;
  for (let i = companion ?? blocks.length; first && i <= first.end; i++) marks.set(i, { kind: "related", reason: "a second report under the article (its own headline and reporter's line)" });
  // Step 2d: the desk editor's credit (责任编辑：X) closes the article it follows: what the run
  // still holds after it is a box the site hangs under every article (a teaser, a quote of another
  // story). Only once the article has had its say above it: some sites credit the desk up top.
  const closing = first && companion === null ? closingCreditAt(first, (i) => meta[i] === "byline" && DESK_CREDIT.test(features[i]!.norm), (i) => (features[i]!.paragraphLike && !excludedBase(i) ? features[i]!.length : 0)) : null;
  for (let i = closing === null ? blocks.length : closing + 1; first && i <= first.end; i++) {
    if (!excludedBase(i)) marks.set(i, { kind: "related", reason: "under the desk editor's credit that closes the article" });
  }
  // Step 2f (text dumps only): a comment box under the article (评论, then 目前没有评论 / 发表评论 /
  // 请登录后评论) walls it off: what a dump prints after it (the site's video box, a feed of
  // snippets) outscored the box's short lines and was bridged into the body. A bare 评论 is as
  // often a toolbar button, so the box's own words are needed.
  const commentWall = first && blocks.every((b) => b.path === "line") ? commentBoxAt((i) => vocab[i]?.kind === "comment", (i) => features[i]!.norm, (i) => (features[i]!.paragraphLike && !excludedBase(i) ? features[i]!.length : 0), blocks.length) : null;
  for (let i = commentWall ?? blocks.length; i < blocks.length; i++) {
    if (!excludedBase(i)) marks.set(i, { kind: "comment", reason: "under the comment box that closes the article" });
  }
  // A "related" marker between a paragraph and the preliminary body opens the list that outscored
  // a short article above it ("其他人也在看" over a feed of long teasers). A comment marker there
  // is as often a toolbar button, so only related lists count before the body.
  const firstProse = features.findIndex((f, i) => f.paragraphLike && !excludedBase(i));
  // In a dump, a box of links set inside the article (推荐阅读 floated beside its text) is followed
  // by the article's next paragraphs, however deep the dumper indents the article: two paragraphs
  // in a row at the indent of the article's paragraphs above the marker (a feed's snippets sit deeper).
  const paragraph = (k: number) => blocks[k]?.path === "line" && features[k]!.paragraphLike && !blocks[k]!.listItem && features[k]!.length >= SECTION_END_CHARS && !excludedBase(k);
  const articleResumes = (j: number, marker: number) => {
    if (!first || !paragraph(j) || !paragraph(j + 1) || blocks[j]!.indent !== blocks[j + 1]!.indent) return false;
    for (let k = first.start; k < marker; k++) if (paragraph(k) && blocks[k]!.indent === blocks[j]!.indent) return true;
    // The box may also cut the article before the preliminary body, which then starts after it:
    // a paragraph right above the marker, at the same indent, is the article's part before the box.
    return paragraph(marker - 1) && blocks[marker - 1]!.indent === blocks[j]!.indent;
  };
  if (first) {
    const from = firstProse !== -1 && firstProse < first.start ? firstProse + 1 : first.start + 1;
    for (let i = from; i < blocks.length; i++) {
      const opened = vocab[i]?.opensSection && (i > first.start || vocab[i]!.kind === "related") ? vocab[i]! : null;
      if (!opened) continue;
      marks.set(i, { kind: opened.kind, reason: opened.reason });
      let j = i + 1;
      for (; j < blocks.length; j++) {
        // An event's pitch under its heading (活动推荐) is a paragraph or two closing the region: a
        // paragraph ends that section only when the article's text goes on after it.
        const pitch = opened.kind === "ad" && !paragraph(j + 1);
        if (sectionEnds(blocks[j]!, features[j]!, blocks[i]!) && !sectionMarker(features[j]!.norm) && !pitch) {
          // A box inside the preliminary body, or one that cut the article above it (the body then
          // starts after the box), is bridged too when the article resumes after it; a box under the
          // body is followed by a feed, however much its items read like paragraphs.
          if ((first.start > i || first.end >= j) && articleResumes(j, i)) for (let k = i; k < j; k++) inlineBox.add(k);
          break;
        }
        if (articleResumes(j, i) && !sectionMarker(features[j]!.norm)) {
          for (let k = i; k < j; k++) inlineBox.add(k);
          break;
        }
        inSection.add(j);
        marks.set(j, { kind: opened.kind, reason: `item of a list after “${blocks[i]!.text.slice(0, 12)}”` });
      }
      i = j - 1;
    }
  }
  for (let i = 0; i < blocks.length; i++) {
    if (pictureOnly(i) && !excludedBase(i) && !marks.has(i)) marks.set(i, { kind: "image-credit", reason: "a picture's alt text, as the dump prints it" });
  }
  for (const i of widgetRun) if (!marks.has(i)) marks.set(i, { kind: "navigation", reason: "a widget's short lines inside the article (links, counters, controls)" });
  const skipped = (i: number) => excludedBase(i) || copies.has(i) || inSection.has(i) || marks.has(i);
  // Upwards the span steps over a stray boilerplate line inside the region (a copy, a credit) but stops
  // at metadata lines, at a list opened by a section marker, and at the headline.
  const stops = (i: number) => meta[i] !== null || inSection.has(i) || marks.has(i);
  // In a dump, a section heading's own row (its bare “more” link, the section's 作者：佚名 line)
  // printed under the heading walls nothing off when the heading belongs to the structure above it.
  const headingRow = (i: number) =>
    blocks[i]!.path === "line" && !blocks[i]!.core && ((vocab[i] !== null && visibleWordChars(blocks[i]!.text) <= HEADING_ROW_WORD_CHARS) || meta[i] === "byline");
  const extended = extendOverCore(blocks, bestSpan(spanInput((i) => inSection.has(i) || marks.has(i))), skipped, stops, opts.titleHint ?? null, headingRow);
  // Step 4a′ (text dumps only): a closing reprint notice ends the article (closing-notice.ts).
  const noticeLines = () => blocks.map((_, i) => ({
    notice: vocab[i]?.kind === "copyright" || vocab[i]?.kind === "disclaimer",
    prose: features[i]!.paragraphLike && !skipped(i) ? features[i]!.length : 0,
    // An address under the notice (an ad frame's) is no text of the site's boxes there, however long.
    length: urlLine(i) ? 0 : features[i]!.length,
  }));
  const dump = blocks.length > 0 && blocks.every((b) => b.path === "line");
  const proseSpan = trimEdges(
    dump ? endAtClosingNotice(extended, noticeLines()) : extended,
    (i) => soft(i) || skipped(i),
    // A contact line closing the region as a sentence (咨询电话：0591-8765 4321。) is the notice's last
    // line, written into it; a site's contact bar is a list of fields, not a sentence.
    (i) => (soft(i) && !closingContact(i)) || skipped(i),
  );
  const notBody = (i: number) => skipped(i) || meta[i] !== null || vocab[i] !== null;
  const closed = closeOverListToMark(closeOverLastSentences(proseSpan, blocks, features, notBody), blocks, features, notBody);
  const span = openOverFirstSentences(closed, blocks, features, notBody, (i) => meta[i] !== null) ?? shortLineRun(blocks, features, skipped) ?? briefSentences(blocks, features, notBody);

  const body: number[] = [];
  const metadata: MetadataBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // The companion report's own reporter's line credits that report, not the article.
    if (meta[i] && !inSection.has(i) && !inCompanion(i)) metadata.push({ index: i, kind: meta[i]!, text: b.text });
  }
  if (span) {
    for (let i = span.start; i <= span.end; i++) {
      if (!excludedBase(i) && !copies.has(i) && !marks.has(i)) body.push(i);
    }
    // A short line right under the body that names an outlet (…新闻, …日报) is its source, unless it
    // heads a list of links (往期周报): a box's label.
    const next = span.end + 1;
    const f = features[next];
    if (f && !vocab[next] && !meta[next] && !f.paragraphLike && f.length <= 16 && OUTLET_SUFFIX.test(f.norm) && !listHeading(blocks, next)) {
      metadata.push({ index: next, kind: "outlet", text: blocks[next]!.text });
    }
  }

  // Step 5: the title.
  const bodySet0 = new Set(body);
  const bodyStart = body[0] ?? blocks.length;
  let titleIndex: number | null = null;
  let title: string | null = null;
  let named = false;
  const metadataIndices = new Set(metadata.map((m) => m.index));
  // 标题 / 张一 / 一句简介: a line under a writer's bare name, itself under a line of a
  // headline's length, is the writer's one-line bio, never the headline
  const writersBio = (i: number) => i >= 2 && isWriterNameLine(blocks[i - 1]!.text) && features[i - 2]!.length >= 5;
  if (opts.titleHint) {
    title = opts.titleHint;
    const hint = foldForCompare(opts.titleHint);
    const same = blocks.findIndex((b, i) => i < bodyStart + 1 && isTaggedHeadline(foldForCompare(b.text), hint));
    if (same !== -1) titleIndex = same;
  } else {
    const bodyNorm = body.map((i) => features[i]!.norm).join("");
    const candidates = blocks
      .map((b, i) => ({ index: i, text: b.text, norm: features[i]!.norm, length: features[i]!.length, heading: b.heading }))
      // A headline repeated elsewhere on the page (breadcrumb, related list) is still a candidate;
      // a line repeating a paragraph of the body is a teaser, not a title.
      // A table's row of cells (索引号：… 主题分类：…) is never the headline.
      .filter((c) => c.index < bodyStart && !excludedBase(c.index) && !marks.has(c.index) && !bodySet0.has(copies.get(c.index) ?? -1) && blocks[c.index]!.row !== true && !writersBio(c.index));
    const picked = pickTitle(candidates, { bodyStart, metadataIndices, bodyNorm, lineAt: (i) => features[i]?.norm });
    const underNote = picked ? null : headlineUnderNote(body, blocks.map((b) => b.text), features);
    if (picked) {
      titleIndex = picked.index;
      title = picked.text;
    } else if (underNote !== null) {
      // the line under the note is the headline; the note stood above it, outside the article's text
      titleIndex = body[underNote]!;
      title = blocks[titleIndex]!.text;
      body.splice(0, underNote + 1);
    } else if (body.length > 1 && !features[body[0]!]!.paragraphLike && !/。\s*$/.test(blocks[body[0]!]!.text)) {
      // a short first line is the headline, unless it is a sentence (a headline never ends in 。),
      // or a box's label over the line the breadcrumb names (书刊信息 / 《期刊》2024年第2期): then that
      // line is the headline, and stays the first line of a listing that has no prose to stand on
      const trails = blocks.slice(0, bodyStart).map((b) => b.text);
      const second = body[1]!;
      if (body.length > 2 && !features[second]!.paragraphLike && !echoesTrail(blocks[body[0]!]!.text, trails) && echoesTrail(blocks[second]!.text, trails)) {
        body.shift();
        named = true;
      }
      titleIndex = named ? body[0]! : body.shift()!;
      title = blocks[titleIndex]!.text;
    }
  }
  if (titleIndex !== null && body[0] === titleIndex && !named) body.shift();
  // a site's machine-written summary box above the article is no part of it (ai-summary.ts)
  const boxAbove = aiSummaryItems(body.slice(0, 5).map((i) => blocks[i]!.text));
  body.splice(0, boxAbove);
  // a writer's card (name, one-line bio) closing the body credits the writer, it is no text (writer-card.ts)
  for (const i of body.splice(body.length - writerCardItems(body.map((k) => blocks[k]!.text)))) {
    marks.set(i, { kind: "metadata", reason: "writer's card under the article (name, one-line bio)" });
  }
  // a whole-line link between two paragraphs is another article's headline (linked-headline.ts)
  const linkedAt = linkedHeadlinePositions(body.map((i) => blocks[i]!), body.map((i) => features[i]!.paragraphLike));
  const linkedHeadlines = new Set(linkedAt.map((k) => body[k]!));
  for (const i of linkedHeadlines) marks.set(i, { kind: "related", reason: "a linked headline between the article's paragraphs" });
  if (linkedHeadlines.size > 0) body.splice(0, body.length, ...body.filter((i) => !linkedHeadlines.has(i)));

  // Step 6: label everything that is neither title nor body.
  const bodySet = new Set(body);
  const removedMarks: (Mark | null)[] = blocks.map((_, i) => {
    if (bodySet.has(i) || i === titleIndex) return null;
    if (marks.has(i)) return marks.get(i)!;
    if (vocab[i]) return { kind: vocab[i]!.kind, reason: vocab[i]!.reason };
    if (metadataIndices.has(i)) return { kind: "metadata", reason: `${metadata.find((m) => m.index === i)!.kind} line` };
    if (teaser(i)) return { kind: "teaser", reason: "teaser (导读/摘要) repeating the body" };
    if (linkLine(i)) return { kind: "navigation", reason: "line of links" };
    if (formLine(i)) return { kind: "form", reason: "form controls (input field, button)" };
    if (copies.has(i)) {
      return i < bodyStart
        ? { kind: "teaser", reason: "highlight repeating a paragraph of the body" }
        : { kind: "duplicate", reason: "repeats another paragraph" };
    }
    if (i < bodyStart) return { kind: "site-header", reason: "site chrome above the article" };
    return { kind: "site-footer", reason: "site chrome below the article" };
  });
  return { title, titleIndex, body, metadata, removed: mergeRemoved(blocks, removedMarks), ...(boxAbove > 0 ? { boxAbove } : {}) };
}

/**
 * Step 4b (HTML only): the span grows over the chosen region's own short lines on either side —
 * a heading or lead-in above the first paragraph, list items or table rows after the last one —
 * stepping over stray boilerplate lines above the body (cut all the same), up to the first
 * metadata line, section-marked list or the headline; boilerplate left at either end is trimmed. When no block reads like
 * a paragraph (an agenda, a table, a page of short lines), the region's lines from its first
 * usable one are the article: nothing better exists.
 */
function extendOverCore(
  blocks: Block[],
  span: { start: number; end: number } | null,
  skipped: (i: number) => boolean,
  stops: (i: number) => boolean,
  titleHint: string | null,
  headingRow: (i: number) => boolean = () => false,
): { start: number; end: number } | null {
  const title = titleHint ? foldForCompare(titleHint) : null;
  const passable = (i: number) => blocks[i]?.core === true && !stops(i) && (title === null || !isTaggedHeadline(foldForCompare(blocks[i]!.text), title));
  const usable = (i: number) => passable(i) && !skipped(i);
  let start = span?.start ?? -1;
  let end = span?.end ?? -1;
  if (!span) {
    start = blocks.findIndex((_, i) => usable(i));
    if (start === -1) return null;
    end = start;
  }
  for (;;) {
    while (start > 0 && passable(start - 1)) start--;
    // A text dump's structured run (verse, its translation and notes) closed by a section label,
    // then that section's own row (a bare “more” link, a byline), then the section: the
    // row is the heading's, not a wall between two parts of the article. The label must itself
    // sit under more of the run: a box's label over the article has no structure above it.
    let k = start - 1;
    while (k >= 0 && start - 1 - k < HEADING_ROW_MAX && headingRow(k)) k--;
    // (A dumper that marks headings, as html2text does with ****, leaves the label out of the run.)
    if (k === start - 1 || k < 1 || !(passable(k) || (blocks[k]!.heading && !stops(k))) || !passable(k - 1) || !sectionLabel(blocks[k]!.text)) break;
    start = k;
  }
  // Forward, a boilerplate line usually begins the chrome after the article (a merchant box,
  // a contact bar): the span stops there.
  while (end + 1 < blocks.length && usable(end + 1)) end++;
  // A stub (图集, +1, a lone counter or tab label) left at either end is a widget beside the
  // article, not its own heading or item; inside the article such lines stay.
  const stub = (i: number) => i >= start && i <= end && i !== span?.start && !blocks[i]!.heading && !blocks[i]!.listItem && visibleWordChars(blocks[i]!.text) < 3;
  while (start < end && stub(start)) start++;
  while (end > start && stub(end)) end--;
  // A short label the span grew over at its end, right above two list items or lines of links the
  // span stops before (热门教程 / 往期周报 over their lists), is that box's heading, not the article's last line.
  if (span && end > span.end && end > start && listHeading(blocks, end) && !usable(end + 1)) end--;
  return { start, end };
}

/** A section heading's row printed under it: its “more” link, its byline. */
const HEADING_ROW_MAX = 2;
/** A bare button (更多, 展开) has no more word characters than this. */
const HEADING_ROW_WORD_CHARS = 4;
/** A section label: a few words, no sentence or clause mark, no colon (原文：opens a field, not a section). */
function sectionLabel(text: string): boolean {
  const t = text.trim();
  return visibleWordChars(t) >= 2 && visibleWordChars(t) <= LIST_HEADING_MAX && !/[。！？!?；;，,：:]/u.test(t);
}

/** Longest label a box of links is headed by (相关推荐, 往期回顾, 更多精彩内容). */
const LIST_HEADING_MAX = 10;

/** A short label with no sentence in it, over at least two list items or lines of links. */
function listHeading(blocks: Block[], i: number): boolean {
  const text = blocks[i]!.text.trim();
  if (visibleWordChars(text) > LIST_HEADING_MAX || /[。！？!?；;，,：:]/u.test(text)) return false;
  const linked = (j: number) => blocks[j] !== undefined && (blocks[j]!.listItem || blocks[j]!.linkDensity >= LINK_LINE);
  return linked(i + 1) && linked(i + 2);
}

/** A text dump's run of short lines must hold this much to be the article when nothing reads like prose. */
const SHORT_RUN_MIN_LINES = 8;
const SHORT_RUN_MIN_CHARS = 150;
/** Share of the page's usable text the run must hold: the page is that list, not chrome around nothing. */
const SHORT_RUN_MIN_SHARE = 0.5;

/**
 * Step 4c (text dumps only): a page with no paragraph at all — a table of contents, a schedule,
 * a list of items — is its longest run of usable lines (no boilerplate, link or metadata line
 * between them), as the HTML path takes a region of short lines when nothing better exists.
 */
function shortLineRun(blocks: Block[], features: BlockFeatures[], skipped: (i: number) => boolean): { start: number; end: number } | null {
  if (blocks.length === 0 || blocks.some((b) => b.path !== "line")) return null;
  let best: { start: number; end: number; chars: number } | null = null;
  let total = 0;
  let start = -1;
  let chars = 0;
  for (let i = 0; i <= blocks.length; i++) {
    const usable = i < blocks.length && !skipped(i);
    if (usable) {
      if (start === -1) start = i;
      chars += features[i]!.length;
      total += features[i]!.length;
      continue;
    }
    if (start !== -1 && (!best || chars > best.chars)) best = { start, end: i - 1, chars };
    start = -1;
    chars = 0;
  }
  if (!best || best.end - best.start + 1 < SHORT_RUN_MIN_LINES || best.chars < SHORT_RUN_MIN_CHARS || best.chars < SHORT_RUN_MIN_SHARE * total) return null;
  return { start: best.start, end: best.end };
}

/** Letters and digits, without spaces, punctuation or symbols. */
function visibleWordChars(text: string): number {
  return text.replace(/[\s\p{P}\p{S}]/gu, "").length;
}

/** Drops soft lines (contact lines kept only between the article's own lines) from both ends. */
function trimEdges(span: { start: number; end: number } | null, soft: (i: number) => boolean, softEnd = soft): { start: number; end: number } | null {
  if (!span) return null;
  let { start, end } = span;
  while (start <= end && soft(start)) start++;
  while (end >= start && softEnd(end)) end--;
  return start <= end ? { start, end } : null;
}

/** Consecutive removed blocks of one kind become one entry, so admins read "212 lines: navigation". */
function mergeRemoved(blocks: Block[], marks: (Mark | null)[]): RemovedBlock[] {
  const out: RemovedBlock[] = [];
  let run: { start: number; mark: Mark; texts: string[] } | null = null;
  const flush = () => {
    if (!run) return;
    const n = run.texts.length;
    out.push({
      index: run.start,
      kind: run.mark.kind,
      text: run.texts.join("\n"),
      reason: n > 1 ? `${n} lines: ${run.mark.reason}` : run.mark.reason,
    });
    run = null;
  };
  const chrome = (k: RemovalKind) => k === "navigation" || k === "site-header";
  marks.forEach((m, i) => {
    if (!m) return flush();
    const adjacent = run !== null && run.start + run.texts.length === i;
    if (run && adjacent && chrome(run.mark.kind) && chrome(m.kind) && run.mark.kind !== m.kind) {
      // Menus interleaved with their headings (省份 + 城市列表) are one navigation block.
      run.mark = { kind: "navigation", reason: "navigation menu (lists of short items)" };
      run.texts.push(blocks[i]!.text);
    } else if (run && adjacent && run.mark.kind === m.kind) run.texts.push(blocks[i]!.text);
    else {
      flush();
      run = { start: i, mark: m, texts: [blocks[i]!.text] };
    }
  });
  flush();
  return out;
}

/** Words only a comment box says (no comment yet, sign in to comment, comments closed). */
const COMMENT_BOX = /(目前|暂时?|还)(没有|无)(人)?(评论|留言)|评论(期)?已(过|关闭)|(请|需)?登录后(才能)?(发表)?(评论|留言)|(发表|写下?)(你|您)的?(评论|看法)|请捷足先登|抢沙发|网友评论仅供/;
/** Prose the article needs above a comment box before the box can close it. */
const ARTICLE_BEFORE_COMMENTS = 100;

/**
 * The first block of a comment box under the article: a comment marker whose own lines or next
 * two blocks say what only a comment box says, with two paragraphs and enough prose above it.
 */
function commentBoxAt(
  isCommentMarker: (i: number) => boolean,
  norm: (i: number) => string,
  prose: (i: number) => number,
  count: number,
): number | null {
  // From the top, not from the preliminary run: a feed under the box can outscore a short article above it.
  let above = 0;
  let paragraphs = 0;
  for (let i = 0; i < count; i++) {
    const commentBox = isCommentMarker(i) && [i, i + 1, i + 2].some((k) => k < count && COMMENT_BOX.test(norm(k)));
    if (commentBox && above >= ARTICLE_BEFORE_COMMENTS && paragraphs >= 2) return i;
    above += prose(i);
    if (prose(i) > 0) paragraphs++;
  }
  return null;
}

/** A line that is one bracketed aside and nothing else: （来源：X）, 【来源：X】. */
const BRACKETED_LINE = /^[（(【][^（()）【】]+[）)】]$/u;
const SENTENCE_END = /[。！？!?”]$/u;
