/**
 * Article facts that some pages hold only in inline scripts: WeChat's `var msg_title = "…"`,
 * `var nickname = "…"` (the account), `var ct = "1581517074"` (Unix time); a CMS's page-data
 * object (`var BASE_DATA = {articleInfo: {subInfo: {source: …, time: …}}}`,
 * `window.ARTICLE_INFO = window.ARTICLE_INFO || {title: …, pubtime: …}`, `window.__INITIAL_STATE__
 * = {…}`) or a JSON data block (<script type="application/json">).
 *
 * Only two forms are read, both at the top level of a script (never inside a function body, so a
 * widget's locals do not count): a plain string or number assigned to a variable, and an object
 * literal assigned to a variable. Call arguments are never read — an ad, analytics or share
 * snippet passes its settings to a function (`wx.config({…})`, `Slardar.install({…})`) — nor are
 * variables whose name says they are settings (shareConfig, adOptions). Inside an object, arrays
 * are skipped (feeds of other articles, comments), except a list of authors. Keys are general
 * vocabulary (title, author, source, pubDate, publish_time…), never a site's.
 */
import { blocksHtml } from "./content-blocks";
import { normaliseDate } from "./dates";
import { reviveDevalue } from "./devalue";
import { flightProps } from "./next-flight";

export interface ScriptFacts {
  title: string | null;
  /** Normalised ISO date (Asia/Shanghai). */
  publishedAt: string | null;
  authors: string[];
  /** A declared source (source, copyfrom, media name). */
  source: string | null;
  /** A publishing account named at the top level of a script (var nickname = "…"): the publisher. */
  account: string | null;
  /** The user who posted the article (its record's user: {nickname}): a handle as much as a name. */
  poster: string | null;
  /** The article's text as HTML (content: "<p>…</p>") in the record holding its other fields. */
  contentHtml: string | null;
}

export const NO_SCRIPT_FACTS: ScriptFacts = { title: null, publishedAt: null, authors: [], source: null, account: null, poster: null, contentHtml: null };

export type Value = string | number | boolean | null | Value[] | { [k: string]: Value };

// Keys folded: lower case, no "_" or "-".
const TITLE_KEYS = new Set(["title", "msgtitle", "articletitle", "newstitle", "headline"]);
const DATE_KEYS = new Set([
  "pubdate", "publishdate", "publishtime", "pubtime", "publishedtime", "publishedat", "publishat", "datepublished",
  "releasetime", "releasedate", "firstpublishtime", "posttime", "ptime", "ct",
]);
const AUTHOR_KEYS = new Set(["author", "authors", "authorname", "writer", "writers"]);
// An article's text beside its title: a single-page app's state (content, articleBody, html), as HTML or as an array of blocks.
const CONTENT_KEYS = new Set(["content", "contenthtml", "articlecontent", "newscontent", "body", "articlebody", "bodyhtml", "html", "blocks", "contentblocks", "paragraphs"]);
/** A content string holds markup of paragraphs, and enough of it to be an article rather than a teaser. */
const CONTENT_MARKUP = /<(?:p|br|div|section|h[2-6])[\s>/]/i;
const CONTENT_MIN_CHARS = 200;
const SOURCE_KEYS = new Set(["source", "sourcename", "copyfrom", "mediasource", "medianame", "articlesource", "newssource"]);
/** An object under these keys is the publishing account: its name is the publisher. */
const ACCOUNT_OBJECTS = new Set(["media", "mediainfo", "account", "accountinfo"]);
const ACCOUNT_KEYS = new Set(["nickname", "accountname", "mpname"]);
// screen_name: the display name of a user object on microblog and investor-community platforms.
const NAME_KEYS = ["name", "nickname", "screen_name", "screenName", "title"];
/**
 * In a record that holds a title, the user who posted it (a note's `user: {nickname}`, an author
 * object with a user's id) is its writer, and a bare `time` holding a Unix time is when it was
 * posted: outside such a record (a state's logged-in user, a clock) neither says anything of an
 * article.
 */
const POSTER_OBJECTS = new Set(["user", "userinfo", "poster"]);
/** An author object holding a user's id (author: {mid, name}) is the site's user who posted it, as `user` is. */
const USER_ID_KEYS = new Set(["uid", "mid", "userid", "memberid"]);
const UNIX_TIME = /^\d{10}(?:\d{3})?$/;
/** Variables that hold a widget's settings, not the page's data. */
const SETTINGS_NAME = /share|config|setting|option|track|analytic|advert|sdk|player|comment|_hmt|_gaq|datalayer/i;
// "ad" as a word of the name: adOptions, ad_conf, IfengAdCookie, window.AD (not "admin", "header").
const AD_WORD = /(?:^|[._])(?:ad|Ad|AD)s?(?=$|[._A-Z])|[a-z](?:Ad|AD)s?(?=$|[._A-Z])/;
const MAX_SCRIPT = 400_000;
const MAX_DEPTH = 6;

const fold = (k: string) => k.toLowerCase().replace(/[_-]/g, "");

class Reader {
  pos = 0;
  /** Where the last string literal that failed to close stopped being read. */
  failedAt = 0;
  /** A state function's parameters bound to its arguments (see functionState), read as their values. */
  bindings: Map<string, Value> | null = null;
  constructor(readonly s: string) {}

  space(): void {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff) this.pos++;
      else if (c === 47 && s[this.pos + 1] === "/") {
        const end = s.indexOf("\n", this.pos);
        this.pos = end === -1 ? s.length : end;
      } else if (c === 47 && s[this.pos + 1] === "*") {
        const end = s.indexOf("*/", this.pos + 2);
        this.pos = end === -1 ? s.length : end + 2;
      } else return;
    }
  }

  /** A string literal at pos (quotes ' " or a template without ${}), or undefined. */
  string(): string | undefined {
    const q = this.s.charCodeAt(this.pos);
    if (q !== DQUOTE && q !== SQUOTE && q !== BACKTICK) return undefined;
    // Plain runs are sliced, not appended a character at a time: a string skipped in a large
    // script would otherwise leave one rope node per character for the collector. Code units
    // are compared as numbers: a one-character string per Han character was garbage too.
    let out = "";
    let i = this.pos + 1;
    let run = i;
    const length = this.s.length;
    while (i < length) {
      const c = this.s.charCodeAt(i);
      if (c === q) {
        this.pos = i + 1;
        return out + this.s.slice(run, i);
      }
      if ((c === NEWLINE && q !== BACKTICK) || (q === BACKTICK && c === DOLLAR && this.s.charCodeAt(i + 1) === OPEN_BRACE)) {
        this.failedAt = i;
        return undefined;
      }
      if (c === BACKSLASH) {
        out += this.s.slice(run, i);
        const n = this.s[i + 1] ?? "";
        if (n === "u" && /^[0-9a-fA-F]{4}$/.test(this.s.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(this.s.slice(i + 2, i + 6), 16));
          i += 6;
        } else if (n === "x" && /^[0-9a-fA-F]{2}$/.test(this.s.slice(i + 2, i + 4))) {
          out += String.fromCharCode(parseInt(this.s.slice(i + 2, i + 4), 16));
          i += 4;
        } else {
          out += n === "n" ? "\n" : n === "t" ? "\t" : n;
          i += 2;
        }
        run = i;
        continue;
      }
      i++;
    }
    this.failedAt = i;
    return undefined;
  }

  /**
   * Steps over the string literal at pos as string() reads it, without building its value
   * (most literals of a script are only skipped); false where string() gives undefined. An
   * escape always spans two units here: the longer \u and \x escapes go on with hex digits,
   * which end nothing, so the same units end the literal.
   */
  skipString(): boolean {
    const s = this.s;
    const q = s.charCodeAt(this.pos);
    let i = this.pos + 1;
    const length = s.length;
    while (i < length) {
      const c = s.charCodeAt(i);
      if (c === q) {
        this.pos = i + 1;
        return true;
      }
      if ((c === NEWLINE && q !== BACKTICK) || (q === BACKTICK && c === DOLLAR && s.charCodeAt(i + 1) === OPEN_BRACE)) {
        this.failedAt = i;
        return false;
      }
      i += c === BACKSLASH ? 2 : 1;
    }
    this.failedAt = i;
    return false;
  }

  /** A literal value (string, number, boolean, null, object, array; "a" || "b" chains), or undefined. */
  value(depth: number): Value | undefined {
    this.space();
    let v = this.single(depth);
    if (v === undefined) return undefined;
    // "" || "fallback": the first non-empty literal.
    for (;;) {
      const at = this.pos;
      this.space();
      if (this.s.startsWith("||", this.pos)) {
        this.pos += 2;
        this.space();
        const next = this.single(depth);
        if (next === undefined) return undefined;
        if (v === "" || v === null || v === 0) v = next;
        continue;
      }
      this.pos = at;
      return v;
    }
  }

  private single(depth: number): Value | undefined {
    const c = this.s[this.pos];
    if (c === "{") return depth >= MAX_DEPTH ? undefined : this.object(depth + 1);
    if (c === "[") return depth >= MAX_DEPTH ? undefined : this.array(depth + 1);
    const str = this.string();
    if (str !== undefined) return str;
    const m = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|true|false|null)(?![\w$])/i.exec(this.s.slice(this.pos, this.pos + 40));
    if (!m) return this.bound();
    this.pos += m[0].length;
    const w = m[1]!;
    return w === "true" ? true : w === "false" ? false : w === "null" ? null : Number(w);
  }

  /** A bare parameter name of a state function, as the argument passed for it. */
  private bound(): Value | undefined {
    if (this.bindings === null) return undefined;
    const m = /^[A-Za-z_$][\w$]*(?![\w$.(])/.exec(this.s.slice(this.pos, this.pos + 40));
    if (!m || !this.bindings.has(m[0])) return undefined;
    this.pos += m[0].length;
    return this.bindings.get(m[0]);
  }

  private key(): string | undefined {
    this.space();
    const str = this.string();
    if (str !== undefined) return str;
    const m = /^[A-Za-z_$][\w$]*|^\d+/.exec(this.s.slice(this.pos, this.pos + 80));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  private object(depth: number): Value | undefined {
    this.pos++;
    const out: { [k: string]: Value } = {};
    for (;;) {
      this.space();
      if (this.s[this.pos] === "}") {
        this.pos++;
        return out;
      }
      const k = this.key();
      if (k === undefined) return undefined;
      this.space();
      if (this.s[this.pos] !== ":") return undefined;
      this.pos++;
      this.space();
      // An object with methods is a library or a widget (IfengAdCookie = {author: …, set: function…}), not page data.
      if (/^(?:async\s+)?function\b|^\([^()]*\)\s*=>|^[A-Za-z_$][\w$]*\s*=>/.test(this.s.slice(this.pos, this.pos + 60))) return undefined;
      const at = this.pos;
      const v = this.value(depth);
      // A member that is no literal (a call, a concatenation, a tree too deep) is skipped, not
      // the whole object: from its start, since a deep value failed part-way through.
      if (v === undefined) {
        this.pos = at;
        if (!this.skipExpression()) return undefined;
      } else out[k] = v;
      this.space();
      const c = this.s[this.pos];
      if (c === ",") this.pos++;
      else if (c !== "}") {
        if (!this.skipExpression()) return undefined;
        delete out[k];
        if (this.s[this.pos] === ",") this.pos++;
      }
    }
  }

  private array(depth: number): Value | undefined {
    this.pos++;
    const out: Value[] = [];
    for (;;) {
      this.space();
      if (this.s[this.pos] === "]") {
        this.pos++;
        return out;
      }
      const v = this.value(depth);
      if (v === undefined) return undefined;
      out.push(v);
      this.space();
      if (this.s[this.pos] === ",") this.pos++;
      else if (this.s[this.pos] !== "]") return undefined;
    }
  }

  /** Skips to the next "," or closing bracket at this level; false at the end of the text. */
  skipExpression(): boolean {
    let depth = 0;
    while (this.pos < this.s.length) {
      const c = this.s.charCodeAt(this.pos);
      if (c === DQUOTE || c === SQUOTE || c === BACKTICK) {
        if (!this.skipString()) return false;
        continue;
      }
      if (isOpening(c)) depth++;
      else if (isClosing(c)) {
        if (depth === 0) return true;
        depth--;
      } else if (c === COMMA && depth === 0) return true;
      this.pos++;
    }
    return false;
  }
}

const NEWLINE = 10;
const DQUOTE = 34;
const DOLLAR = 36;
const SQUOTE = 39;
const COMMA = 44;
const SLASH = 47;
const SEMICOLON = 59;
const EQUALS = 61;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const BACKTICK = 96;
const LETTER_A = 97;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
/** `last` before anything was read. */
const NOTHING = -1;

const isOpening = (c: number) => c === OPEN_BRACE || c === OPEN_BRACKET || c === 40;
const isClosing = (c: number) => c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 41;

/** The code units of a string, for membership tests on one code unit without a regular expression. */
function unitSet(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

// A statement that assigns to a variable: `var x =`, `window.x =`, `x = window.x ||`.
const ASSIGN = /(?:(?:var|let|const)\s+)?((?:window\.)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*=(?![=>])\s*(?:(?:window\.)?[A-Za-z_$][\w$.]*\s*\|\|\s*)?/y;
/** After these a slash opens a regular expression literal, not a division. */
const REGEX_BEFORE = unitSet("(,=:[!&|?{};+-*%<>~^");
/** A line ending in these continues on the next line. */
const CONTINUES = unitSet(",+-*/=&|?:.([{");

interface Assignment {
  name: string;
  value: Value;
}

/** Whether s[from, to) holds a line break, without a slice per skipped space. */
function hasNewline(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) return true;
  return false;
}

/** Top-level assignments of literals in one script. */
/**
 * A call of one bare function on one string literal and nothing else (htmlDecode("量子位"),
 * decodeURIComponent('…')): the string is the value assigned, only escaped for the page. Calls
 * with anything else (settings objects, several arguments) are never read.
 */
const DECODED_STRING = /\s*[A-Za-z_$][\w$]*\(\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')\s*\)/y;

/**
 * Nuxt writes its state as a function called with the values it repeats:
 * `window.__NUXT__=(function(a,b){return {…source:a…}}("钛度财经",true))`. The returned object is
 * read with each parameter standing for its argument; an argument that is no literal is null.
 */
const FUNCTION_STATE = /\(?\s*function\s*\(([\w$\s,]*)\)\s*\{\s*return\s*(?=\{)/y;

function functionState(r: Reader, s: string): Value | undefined {
  FUNCTION_STATE.lastIndex = r.pos;
  const m = FUNCTION_STATE.exec(s);
  if (!m) return undefined;
  const bodyAt = FUNCTION_STATE.lastIndex;
  r.pos = bodyAt;
  // A first read only finds where the returned object ends, so that the arguments can be read.
  if (r.value(0) === undefined) return undefined;
  r.space();
  if (s[r.pos] !== "}") return undefined;
  r.pos++;
  r.space();
  if (s[r.pos] === ")") r.pos++;
  r.space();
  if (s[r.pos] !== "(") return undefined;
  r.pos++;
  const args: Value[] = [];
  for (;;) {
    r.space();
    if (s[r.pos] === ")") break;
    const at = r.pos;
    let v = r.value(0);
    if (v === undefined) {
      r.pos = at;
      if (!r.skipExpression()) return undefined;
      v = null;
    }
    args.push(v);
    r.space();
    if (s[r.pos] === ",") r.pos++;
    else if (s[r.pos] !== ")") return undefined;
  }
  r.pos++;
  r.space();
  if (s[r.pos] === ")") r.pos++;
  const end = r.pos;
  const params = m[1]!.split(",").map((p) => p.trim()).filter((p) => p.length > 0);
  r.bindings = new Map(params.map((p, i) => [p, args[i] ?? null]));
  r.pos = bodyAt;
  const state = r.value(0);
  r.bindings = null;
  r.pos = end;
  return state;
}

export function topLevelAssignments(script: string): Assignment[] {
  const s = script.length > MAX_SCRIPT ? script.slice(0, MAX_SCRIPT) : script;
  const r = new Reader(s);
  const out: Assignment[] = [];
  let depth = 0;
  let statementStart = true;
  // The code unit that ended the last token: a letter stands for a word or literal, "=" for an
  // assignment's operator, ";" for a statement's end.
  let last = NOTHING;
  while (r.pos < s.length) {
    if (depth > 0) {
      const skippedLast = skipPlainRun(r, s);
      if (skippedLast !== NOTHING) {
        last = skippedLast;
        statementStart = false;
      }
    }
    const before = r.pos;
    r.space();
    if (r.pos >= s.length) break;
    // A line break ends a statement too (inline scripts often omit semicolons), unless the line
    // ends in an operator.
    if (r.pos > before && (last === NOTHING || !CONTINUES.has(last)) && hasNewline(s, before, r.pos)) statementStart = true;
    const c = s.charCodeAt(r.pos);
    if (depth === 0 && statementStart && isIdentifierStart(c)) {
      ASSIGN.lastIndex = r.pos;
      const m = ASSIGN.exec(s);
      if (m) {
        r.pos = ASSIGN.lastIndex;
        // `var nickname = htmlDecode("X")`: a string passed through a decoding function alone.
        DECODED_STRING.lastIndex = r.pos;
        const decoded = DECODED_STRING.exec(s);
        if (decoded) r.pos = DECODED_STRING.lastIndex;
        const state = decoded ? undefined : functionState(r, s);
        if (!decoded && state === undefined) r.pos = ASSIGN.lastIndex;
        const v = decoded ? (decoded[1] ?? decoded[2] ?? "").replace(/\\(.)/g, "$1") : (state ?? r.value(0));
        const end = r.pos;
        r.space();
        const next = s[r.pos];
        // `var x = "a" * 1` or `"a".slice()` is an expression, not the literal.
        if (v !== undefined && (next === undefined || next === ";" || next === "," || next === "}" || (/[A-Za-z_$]/.test(next) && s.slice(end, r.pos).includes("\n")))) {
          out.push({ name: m[1]!, value: v });
          // `var a = "x", b = "y"`: the next declarator is read like a statement of its own.
          if (next === ",") r.pos++;
          last = SEMICOLON;
          statementStart = true;
          continue;
        }
        r.pos = ASSIGN.lastIndex;
        last = EQUALS;
        statementStart = false;
        continue;
      }
    }
    statementStart = false;
    if (c === DQUOTE || c === SQUOTE || c === BACKTICK) {
      // An unclosed quote (a misread regular expression) is skipped as far as it was read.
      if (!r.skipString()) r.pos = Math.max(r.pos + 1, r.failedAt);
      last = LETTER_A;
      continue;
    }
    if (c === SLASH && (last === NOTHING || REGEX_BEFORE.has(last))) {
      // A regular expression literal: skip to its closing slash (outside a character class).
      let i = r.pos + 1;
      let inClass = false;
      while (i < s.length) {
        const u = s.charCodeAt(i);
        if (u === NEWLINE) break;
        if (u === BACKSLASH) i++;
        else if (u === OPEN_BRACKET) inClass = true;
        else if (u === CLOSE_BRACKET) inClass = false;
        else if (u === SLASH && !inClass) break;
        i++;
      }
      r.pos = i + 1;
      last = LETTER_A;
      continue;
    }
    if (isOpening(c)) depth++;
    else if (isClosing(c)) depth = Math.max(0, depth - 1);
    r.pos++;
    last = c;
    if (c === SEMICOLON || c === OPEN_BRACE || c === CLOSE_BRACE) statementStart = true;
    else if (isWordUnit(c)) {
      // The rest of a word changes nothing but `last` (no statement starts inside it): one step,
      // not one pass of this loop per character.
      while (r.pos < s.length && isWordUnit(s.charCodeAt(r.pos))) r.pos++;
      last = s.charCodeAt(r.pos - 1);
    }
  }
  return out;
}

/** What can change the scan's state inside brackets: quotes, a slash (comment, regex), brackets, ";". */
const SIGNIFICANT = /["'`/()[\]{};]/g;

/**
 * Inside brackets (function bodies, most of a script), nothing but the units SIGNIFICANT finds
 * changes the scan, apart from `last`, the run's last non-space unit (returned; NOTHING when
 * there is no run): the run up to that unit is stepped over at once, which is what the loop would do one word at a time (the loop runs
 * mostly cold in a CLI process, once per page, so a native search beats its per-unit steps).
 */
function skipPlainRun(r: Reader, s: string): number {
  SIGNIFICANT.lastIndex = r.pos;
  // test, not exec: the match is one unit, just before lastIndex, and no match array is made for
  // each of a script's thousands of brackets and quotes (the collector's largest share of the scan).
  let end = SIGNIFICANT.test(s) ? SIGNIFICANT.lastIndex - 1 : s.length;
  while (end > r.pos && isSpaceUnit(s.charCodeAt(end - 1))) end--;
  if (end <= r.pos) return NOTHING;
  r.pos = end;
  return s.charCodeAt(end - 1);
}

/** The units Reader.space steps over (besides comments). */
function isSpaceUnit(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;
}

/** ASCII letters, _ and $: a character that can start an identifier. */
function isIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}

/** ASCII letters, digits, _ and $. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

function text(v: Value | undefined): string | null {
  if (typeof v !== "string") return null;
  const t = v.replace(/[\s\u00a0\u3000]+/g, " ").trim();
  return t.length > 0 && !/^https?:|^\/\//.test(t) && !/[<>{}]/.test(t) ? t : null;
}

/** A publisher's name: Han characters or a capitalised Latin name; "pc", "wap", "weixin" are channel codes. */
function outletName(v: Value | undefined): string | null {
  const t = text(v);
  return t && t.length <= 30 && (/\p{Script=Han}/u.test(t) || /[A-Z]/.test(t)) && !/^\d+$/.test(t) ? t : null;
}

function titleText(v: Value | undefined): string | null {
  const t = text(v);
  return t && t.length >= 4 && t.length <= 120 ? t : null;
}

function dateOf(v: Value | undefined): string | null {
  if (typeof v === "number") return Number.isInteger(v) ? normaliseDate(String(v)) : null;
  return typeof v === "string" ? normaliseDate(v) : null;
}

function namesOf(v: Value | undefined): string[] {
  if (typeof v === "string") return text(v) ? [text(v)!] : [];
  if (Array.isArray(v)) return v.flatMap(namesOf).slice(0, 8);
  if (v && typeof v === "object") {
    for (const k of NAME_KEYS) if (text(v[k])) return [text(v[k])!];
  }
  return [];
}

interface Record {
  title: string | null;
  publishedAt: string | null;
  authors: string[];
  source: string | null;
  /** Not kinds of field: the weighing of records is the same with or without them. */
  contentHtml: string | null;
  poster: string | null;
  /** Kinds of field the object holds itself: they weigh more than those of its child objects. */
  own: number;
}

const emptyRecord = (): Record => ({ title: null, publishedAt: null, authors: [], source: null, contentHtml: null, poster: null, own: 0 });
const kinds = (r: Record) => Number(r.title !== null) + Number(r.publishedAt !== null) + Number(r.authors.length > 0) + Number(r.source !== null);
const weight = (r: Record) => kinds(r) + r.own;

/** One field of a record from one key, when the key is recognised and the value passes. */
function file(r: Record, key: string, v: Value | undefined): void {
  if (TITLE_KEYS.has(key)) r.title ??= titleText(v);
  else if (DATE_KEYS.has(key)) r.publishedAt ??= dateOf(v);
  else if (AUTHOR_KEYS.has(key)) {
    if (r.authors.length === 0) r.authors = namesOf(v);
  } else if (SOURCE_KEYS.has(key)) r.source ??= outletName(typeof v === "string" ? v : namesOf(v)[0]);
  else if (CONTENT_KEYS.has(key) && r.contentHtml === null) r.contentHtml = contentMarkup(v);
}

/** A content value as markup: an HTML string, or an array of paragraph blocks made into one. */
function contentMarkup(v: Value | undefined): string | null {
  const html = Array.isArray(v) ? blocksHtml(v) : v;
  return typeof html === "string" && html.length >= CONTENT_MIN_CHARS && CONTENT_MARKUP.test(html) ? html : null;
}

const isObject = (v: Value | undefined): v is { [k: string]: Value } => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Every object of a page-data tree as a record of the fields it holds itself or in a child
 * object (articleInfo: {title, subInfo: {source, time}}), in document order. Arrays are not
 * entered: they hold other articles, comments and menus.
 */
function records(value: Value, out: Record[], accounts: string[], depth: number): void {
  if (depth > MAX_DEPTH || !isObject(value)) return;
  const r = emptyRecord();
  for (const [k, v] of Object.entries(value)) file(r, fold(k), v);
  if (r.title !== null && r.publishedAt === null && typeof value.time === "number" && UNIX_TIME.test(String(value.time))) r.publishedAt = dateOf(value.time);
  r.own = kinds(r);
  for (const [k, v] of Object.entries(value)) {
    const key = fold(k);
    if (!isObject(v)) continue;
    if (r.title !== null && (POSTER_OBJECTS.has(key) || (AUTHOR_KEYS.has(key) && Object.keys(v).some((id) => USER_ID_KEYS.has(fold(id)))))) {
      r.poster ??= text(namesOf(v)[0]);
    } else if (ACCOUNT_OBJECTS.has(key)) {
      const name = outletName(namesOf(v)[0]);
      if (name) accounts.push(name);
    } else if (!AUTHOR_KEYS.has(key) && !SOURCE_KEYS.has(key)) for (const [ck, cv] of Object.entries(v)) if (!isObject(cv)) file(r, fold(ck), cv);
  }
  out.push(r);
  for (const [k, v] of Object.entries(value)) {
    // A state's `data` array holds the page's own components' data (Nuxt's asyncData), not a feed.
    if (Array.isArray(v) && fold(k) === "data") for (const item of v) records(item, out, accounts, depth + 1);
    else records(v, out, accounts, depth + 1);
  }
}

/**
 * The facts of every script. Top-level string and number variables form one record; each
 * object of a page-data tree is another. The record holding the most kinds of field is the
 * article's (the first of equals): a footer's or a menu's {title: "…"} holds one kind at most,
 * the article's record holds its title beside its source or date. `json` are the texts of JSON
 * data blocks (<script type="application/json">).
 */
export function readScriptFacts(scripts: string[], json: string[] = []): ScriptFacts {
  const globals = emptyRecord();
  const found: Record[] = [globals];
  const accounts: string[] = [];
  for (const script of scripts) {
    if (!script.includes("=")) continue;
    for (const { name, value } of topLevelAssignments(script)) {
      if (SETTINGS_NAME.test(name) || AD_WORD.test(name)) continue;
      if (isObject(value)) records(value, found, accounts, 0);
      else if (name.includes(".") || Array.isArray(value)) continue;
      else {
        const key = fold(name);
        if (ACCOUNT_KEYS.has(key)) {
          const account = outletName(value);
          if (account) accounts.push(account);
        } else file(globals, key, value);
      }
    }
  }
  for (const block of json) {
    if (block.length > MAX_SCRIPT) continue;
    try {
      const parsed = JSON.parse(block) as Value;
      // Nuxt 3's state is a flat devalue array: rebuilt first, or it holds nothing but indexes.
      records(reviveDevalue(parsed) ?? parsed, found, accounts, 0);
    } catch {
      // A broken data block says nothing.
    }
  }
  // Next.js App Router pages hold their data in the props of the flight tree's elements.
  for (const props of flightProps(scripts)) records(props, found, accounts, 0);
  globals.own = kinds(globals);
  let best = globals;
  for (const r of found) if (weight(r) > weight(best)) best = r;
  const { title, publishedAt, authors, source, contentHtml, poster } = best;
  // Content alone names no article: it counts only in a record that holds a title too.
  return { title, publishedAt, authors, source, account: accounts[0] ?? null, poster, contentHtml: title === null ? null : contentHtml };
}
