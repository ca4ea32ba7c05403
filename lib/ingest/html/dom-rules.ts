/**
 * What the HTML walk needs to know about elements: which never carry readable text, which are
 * hidden, which start a new block, and what their class/id and tag say about their role
 * (content vs navigation, comments, related lists, share bars, ads). General web vocabulary
 * only — no site's own class names.
 */
import type { Element } from "domhandler";
import type { RemovalKind } from "../types";

/** Elements whose content is never article text. */
export const SKIP_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "canvas", "object",
  "embed", "select", "option", "textarea", "input", "button", "audio", "video", "map", "head", "link",
  "meta", "title", "math", "dialog",
]);

/** Inline elements: their text joins the surrounding block. Anything else starts a block. */
export const INLINE_TAGS = new Set([
  "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
  "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small",
  "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
]);

/**
 * A <noscript> that holds paragraph elements is read like a <div>: lazy-loading pages leave an
 * empty placeholder for the script and put the article's paragraphs in <noscript> for readers
 * without it, which is what a scraper saved (site-lazy-paragraphs-in-noscript). Other
 * <noscript>s (tracking pixels, "please enable JavaScript", fallback images) hold no <p>.
 */
export function noscriptHoldsParagraphs(el: Element): boolean {
  return el.name === "noscript" && el.children.some((c) => c.type === "tag" && (c as Element).name === "p");
}

export const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Every run of letters that a rule below looks for in a class or id before its own pattern: edit, tts, tab, jammer. */
const RULE_LETTERS = /edit|tts|tab|jammer/i;

/**
 * The element's class or id holds one of the letter runs the rules below look for (RULE_LETTERS).
 * The walk asks isSectionControl, isHidden and roleOf of every element; most elements' names
 * hold none of those runs, and one test here spares each rule its own (eight tests an element).
 */
export function namesRuleLetters(el: Element): boolean {
  const a = el.attribs;
  return (a.class !== undefined && RULE_LETTERS.test(a.class)) || (a.id !== undefined && RULE_LETTERS.test(a.id));
}

/** Hidden by the markup itself (hidden attribute, aria-hidden, inline style); CSS classes are not resolved. */
export function isHidden(el: Element): boolean {
  return isHiddenGiven(el, namesRuleLetters(el));
}

/** isHidden, given namesRuleLetters(el) (the walk asks it once for three rules). */
export function isHiddenGiven(el: Element, letters: boolean): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined || a["aria-hidden"] === "true") return true;
  if (el.name === "input" && a.type === "hidden") return true;
  const style = a.style;
  if (style !== undefined && HIDDEN_STYLE.test(style)) return true;
  // Forum software salts a post with random characters in an element its stylesheet hides
  // (Discuz's jammer), to spoil copying: no reader sees them.
  if (letters && a.class !== undefined && JAMMER.test(a.class)) return true;
  return inactiveTabPanel(el, letters);
}

const JAMMER = /(?:^|\s)jammer(?:\s|$)/i;

// An encyclopedia prints a section's own buttons in or beside its heading: MediaWiki's
// [编辑] (mw-editsection), an edit button (editLemma, edit-btn) and a listen button (ttsBtn)
// each an icon and a word. They are controls, not the heading's words (历史沿革[编辑], 播报 编辑
// between every heading and its paragraphs).
const SECTION_CONTROL = /(?:^|[^a-z])(?:edit-?section|edit-?lemma|edit-?(?:btn|button|icon)|tts-?(?:btn|button))(?:[^a-z]|$)/;
const SECTION_CONTROL_MAX_CHARS = 8;
const CONTROL_LETTERS = /edit|tts/i;

/** A heading's edit or listen button (by its class or id, holding a word or two): skipped by the walk. */
export function isSectionControl(el: Element): boolean {
  return isSectionControlGiven(el, namesRuleLetters(el));
}

/** isSectionControl, given namesRuleLetters(el). */
export function isSectionControlGiven(el: Element, letters: boolean): boolean {
  const a = el.attribs;
  if (!letters || (a.class === undefined && a.id === undefined)) return false;
  // Asked of every element the walk meets: most names hold neither word, and need no string built.
  if (!CONTROL_LETTERS.test(a.class ?? "") && !CONTROL_LETTERS.test(a.id ?? "")) return false;
  if (!SECTION_CONTROL.test(`${a.class ?? ""} ${a.id ?? ""}`.toLowerCase())) return false;
  return textChars(el, SECTION_CONTROL_MAX_CHARS + 1) <= SECTION_CONTROL_MAX_CHARS;
}

// A docs generator (Sphinx, MkDocs, Python-Markdown's toc) ends each heading with a link to itself
// whose whole text is one mark (¶, §, #, 🔗): a control to copy the section's address, no word of it.
const PERMALINK_MARK = /^\s*(?:¶|§|#|🔗|⚓|∞)\s*$/u;

/** An in-page link whose only text is a permalink mark: skipped by the walk. */
export function isPermalinkMark(el: Element): boolean {
  const href = el.attribs.href;
  if (href === undefined || !href.trim().startsWith("#") || el.children.length !== 1) return false;
  const only = el.children[0]!;
  return only.type === "text" && PERMALINK_MARK.test((only as unknown as { data: string }).data);
}

/** Non-space characters of an element's text, counted up to `cap`. */
function textChars(el: Element, cap: number): number {
  let n = 0;
  for (const c of el.children) {
    if (n >= cap) break;
    if (c.type === "text") n += (c as unknown as { data: string }).data.replace(/\s/g, "").length;
    else if (c.type === "tag") n += textChars(c as Element, cap - n);
  }
  return n;
}

const ACTIVE_WORD = /(?:^|[^a-z])(?:active|show|shown|current|cur|on|selected|open)(?:[^a-z]|$)/;

/**
 * A tab panel whose sibling panel is marked active while it is not: the page's styles hide it
 * (Bootstrap's tab-pane without active, a cur/on switch). Its text is what another tab shows.
 */
function inactiveTabPanel(el: Element, letters: boolean): boolean {
  if (!isTabPanel(el, letters) || ACTIVE_WORD.test(el.attribs.class ?? "")) return false;
  const siblings = el.parent?.children ?? [];
  return siblings.some((c) => c !== el && c.type === "tag" && isTabPanel(c as Element) && ACTIVE_WORD.test((c as Element).attribs.class ?? ""));
}

/** Kinds of page regions that are not the article, with the words that name them. */
const NEGATIVE: [RemovalKind, RegExp][] = [
  ["comment", /comment|(?:^|[^a-z])(?:cmt|reply|replies|discuss|pinglun)(?:[^a-z]|$)/],
  ["related", /recommend|related|relate(?:[^a-z]|$)|(?:^|[^a-z])(?:hot|hots|rank|ranking|popular|most|tuijian|xgyd|more)(?:[^a-z]|$)|hotnews|sidebar|(?:^|[^a-z])(?:side|aside|widget)(?:[^a-z]|$)/],
  ["share", /share|social|(?:^|[^a-z])(?:fenxiang|qr|qrcode|erweima|weixin|wechat-qr)(?:[^a-z]|$)/],
  // A listen bar (audio-bar, tts, read-aloud) plays the article; it holds controls and a clock, no text of it.
  ["share", /audio-?(?:bar|player|ctrl|control|controls|box|btn)(?:[^a-z]|$)|(?:^|[^a-z])(?:tts|listen|read-?aloud)(?:[^a-z]|$)/],
  // A summary the site has a model write over the article (ai-summary, ai-abstract): the site's gadget, not the writer's text.
  ["teaser", /(?:^|[^a-z])ai-?(?:abstract|summary|summ|digest|brief|zhaiyao)/],
  // The box that stops a paywalled article and sells memberships; its pitches read like prose.
  ["ad", /pay-?wall|pay-?box/],
  // A quote card for a listed company named in the text (name, code, price, change, links to its pages).
  ["related", /stock-?cards?|quote-?cards?|stock-?widget/],
  // A shop's card between a review's paragraphs (buy-card: product, price, 去购买 through an affiliate link) sells it.
  ["ad", /(?:^|[^a-z])(?:buy|shop|goods|purchase)-?(?:cards?|box|boxes|btn|button|widget|info)(?:[^a-z]|$)|affiliate/],
  // A review's score box (review-score, rating-box: a mark, pros and cons in a few words) sums the
  // review up as a widget, as a summary box does; it links nowhere, so it is no related list.
  ["teaser", /(?:^|[^a-z])(?:review|rating)-?(?:score|scores|box|stars?)(?:[^a-z]|$)|(?:^|[^a-z])score-?(?:box|card|panel)(?:[^a-z]|$)/],
  // A cookie-consent or privacy notice (cookie-banner, CookieConsent, gdpr) asks the reader's consent; it is no article.
  ["ad", /advert|sponsor|popup|modal|overlay|(?:^|[^a-z])(?:cookie|consent|gdpr)|(?:^|[^a-z])(?:ad|ads|adv|gg|banner|promo|guanggao|dialog|mask)(?:[^a-z]|$)/],
  ["navigation", /navbar|navigation|breadcrumb|crumb|(?:^|[^a-z])(?:nav|menu|menus|topbar|top-bar|channel|tabs?|pager|pagination|page-?nav)(?:[^a-z]|$)/],
  ["site-footer", /footer|copyright|(?:^|[^a-z])(?:foot|bottom|links|friend|friendlink)(?:[^a-z]|$)/],
  // A reference list (wiki-style citations after the article) is a list of links to its sources.
  ["link-list", /(?:^|[^a-z])(?:tags?|keywords?|login|subscribe|toolbar|tools|references|reflist)(?:[^a-z]|$)/],
  // A poll box (m-vote-wrap, poll) asks the reader a question; before its script fills it, it shows
  // only a loading notice (调查问题加载中，请稍候), and its form may hold no control yet. A documentation
  // page's feedback box (doc-feedback: 文档是否有帮助？ and a pitch for its support desk in full
  // sentences) asks the reader too.
  ["form", /(?:^|[^a-z])(?:vote|votes|poll|polls|feedback)(?:[^a-z]|$)/],
];

const POSITIVE =
  /article|content|detail|(?:^|[^a-z])(?:post|entry|story|text|txt|body|main|news|art|cont|con|zw|zhengwen|rich_media|doc|read)(?:[^a-z]|$)/;

// A Map, not an object: a page's own tag names (<constructor>, <__proto__>) must not find Object.prototype's members.
const TAG_ROLE = new Map<string, RemovalKind>([
  ["nav", "navigation"],
  ["aside", "related"],
  ["footer", "site-footer"],
  ["header", "site-header"],
  ["menu", "navigation"],
]);

export interface Role {
  /** +1 names content, −1 names a boilerplate region, 0 says nothing. */
  hint: number;
  /** The kind of boilerplate region the element is, when it says so. */
  kind: RemovalKind | null;
}

const NONE: Role = { hint: 0, kind: null };
const CONTENT: Role = { hint: 1, kind: null };

/**
 * The element's role from its tag, class and id. Boilerplate words win over content words
 * ("article-related" is a related list). <header>/<footer> inside an article are the article's
 * own header and footer (title, byline), so only a page-level one counts as site chrome.
 */
export function roleOf(el: Element, insideArticle: boolean): Role {
  return roleOfGiven(el, insideArticle, namesRuleLetters(el));
}

/** roleOf, given namesRuleLetters(el). */
export function roleOfGiven(el: Element, insideArticle: boolean, letters: boolean): Role {
  const tagKind = TAG_ROLE.get(el.name);
  if (tagKind && !(insideArticle && (el.name === "header" || el.name === "footer"))) {
    return { hint: el.name === "header" ? 0 : -1, kind: tagKind };
  }
  const a = el.attribs;
  // role="dialog": a box laid over the page (a consent notice, a login prompt), whatever its class says.
  if (a.role === "dialog" || a.role === "alertdialog") return { hint: -1, kind: "ad" };
  if (a.class === undefined && a.id === undefined) return el.name === "article" || el.name === "main" ? CONTENT : NONE;
  const words = `${a.class ?? ""} ${a.id ?? ""}`.toLowerCase();
  // A tab box's strip is navigation, but its panels hold what the tabs switch between (the first
  // often the article itself), and the box around strip and panels is no menu either.
  if (isTabPanel(el, letters) || (letters && TAB_WORD.test(words) && el.children.some((c) => c.type === "tag" && isTabPanel(c as Element)))) {
    return POSITIVE.test(words.replace(TAB_PANEL, " ")) ? CONTENT : NONE;
  }
  const role = adHookOnContent(a) ? CONTENT : roleOfWords(words);
  // A heading is one line over what follows, never a bar of links: its class says how it is set
  // (a docs theme's anchorWithStickyNavbar keeps it clear of the sticky bar), not what it is.
  if (role.kind === "navigation" && HEADING_TAGS.has(el.name)) return NONE;
  // A <blockquote> named social is an embedded post the article quotes (social-embed, a tweet's
  // card), not a share bar: share bars are buttons, never quotations (site-embedded-social-post-card).
  if (role.kind === "share" && el.name === "blockquote") return NONE;
  return role.hint === 0 && (el.name === "article" || el.name === "main") ? CONTENT : role;
}

/**
 * A class that names the article's text (articleContent) beside an id that names an ad
 * (keyword_ad_area): the id is the hook an ad script fills the text's keywords from, and the
 * class says what the element is. Only for ads: a class reading content and an id naming comments
 * or a related list is left to the words.
 */
function adHookOnContent(a: Record<string, string>): boolean {
  if (a.class === undefined || a.id === undefined) return false;
  const byClass = roleOfWords(a.class.toLowerCase());
  return byClass === CONTENT && roleOfWords(a.id.toLowerCase()).kind === "ad";
}

const TAB_WORD = /(?:^|[^a-z])tabs?(?:[^a-z]|$)/;
/** A tab panel by its name (tab-con, tab-content, tab-pane, tabpanel…) or its ARIA role. */
const TAB_PANEL = /(?:^|[^a-z])tabs?[-_]?(?:con|cont|content|contents|pane|panel|panels|body|bd|box)(?:[^a-z]|$)/;

function isTabPanel(el: Element, letters = namesRuleLetters(el)): boolean {
  const a = el.attribs;
  if (a.role === "tabpanel") return true;
  if (!letters) return false;
  // Asked of every element the walk meets (isHidden, roleOf): most have neither class nor id, or
  // no "tab" in them (no other character lower-cases to t, a or b), and need no string built.
  if (a.class === undefined && a.id === undefined) return false;
  if (!TAB_LETTERS.test(a.class ?? "") && !TAB_LETTERS.test(a.id ?? "")) return false;
  return TAB_PANEL.test(`${a.class ?? ""} ${a.id ?? ""}`.toLowerCase());
}
const TAB_LETTERS = /tab/i;

// Pages repeat the same class names hundreds of times; the regexes run once per distinct string.
const wordCache = new Map<string, Role>();
const WORD_CACHE_MAX = 20_000;

function roleOfWords(words: string): Role {
  let role = wordCache.get(words);
  if (role) return role;
  role = NONE;
  if (words.trim() !== "") {
    // An indexed loop: destructuring each pair in a find callback went through the iterator protocol.
    let kind: RemovalKind | null = null;
    for (let i = 0; i < NEGATIVE.length && kind === null; i++) if (NEGATIVE[i]![1].test(words)) kind = NEGATIVE[i]![0];
    if (kind !== null) role = { hint: -1, kind };
    else if (POSITIVE.test(words)) role = CONTENT;
  }
  if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
  wordCache.set(words, role);
  return role;
}

/** A short path segment for block paths: tag plus id or first class. */
export function pathSegment(el: Element): string {
  const id = el.attribs.id;
  if (id) return `${el.name}#${id}`;
  const cls = el.attribs.class?.trim().split(/\s+/)[0];
  return cls ? `${el.name}.${cls}` : el.name;
}
