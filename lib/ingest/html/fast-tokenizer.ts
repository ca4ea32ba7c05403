/**
 * htmlparser2's tokenizer, stepping over runs that cannot change its state in one go. Its
 * parse loop handles one code unit per turn (a state switch and a call each): in text, only "<"
 * and "&" do anything, in a quoted attribute value only the quote and "&", and the runs between
 * them (most of a page's characters) cost a turn per character. Here such a run is skipped by a
 * tight loop, and the searches the tokenizer already makes for one character (a script's or a
 * comment's end) use the string's own indexOf. The events, and so the DOM, are the same
 * (tests/unit/fast-tokenizer.test.ts compares both on every fixture page); parsing a page took
 * roughly a quarter less time.
 */
import { parseDocument, Tokenizer } from "htmlparser2";
import type { Document } from "domhandler";

/** The members of htmlparser2's Tokenizer used here (private in its typings). */
interface TokenizerState {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  stateText(c: number): void;
  stateInTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateInAttributeName(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
}

const LT = 0x3c;
const AMP = 0x26;

const base = Tokenizer.prototype as unknown as TokenizerState;
const baseStateText = base.stateText;
const baseTagName = base.stateInTagName;
const baseClosingTagName = base.stateInClosingTagName;
const baseAttributeName = base.stateInAttributeName;
const baseAttributeValue = base.handleInAttributeValue;

/**
 * Moves `index` to the unit before the next `a` or `b` (the parse loop steps onto it), or to the
 * buffer's last unit when there is none, as the tokenizer's own fastForwardTo leaves it.
 */
function skipTo(t: TokenizerState, a: number, b: number): void {
  const s = t.buffer;
  let i = t.index - t.offset + 1;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === a || c === b) break;
  }
  t.index = i + t.offset - 1;
}

/** HTML's whitespace as the tokenizer reads it: space, newline, tab, form feed, carriage return. */
function isTagSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

const SLASH = 0x2f;
const GT = 0x3e;
const EQ = 0x3d;

/**
 * Moves `index` to the unit before the next one that ends a name in a tag (whitespace, ">", and
 * "/" or "=" when they end it too), or to the buffer's last unit, as skipTo does: inside a tag
 * or attribute name every other unit leaves the tokenizer's state as it is.
 */
function skipName(t: TokenizerState, slash: boolean, eq: boolean): void {
  const s = t.buffer;
  let i = t.index - t.offset + 1;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === GT || isTagSpace(c) || (slash && c === SLASH) || (eq && c === EQ)) break;
  }
  t.index = i + t.offset - 1;
}

export class FastTokenizer extends Tokenizer {}

/**
 * A made-up page that steps through every state of the tokenizer and of its entity decoder, and
 * every event of the parser: doctype, processing instruction, comments, CDATA, the special tags
 * (script, style, title, textarea, xmp), attributes quoted, unquoted and bare, self-closing and
 * void tags, stray and implied end tags, entities named, numeric and hexadecimal, in text and in
 * values, and foreign content.
 */
const EVERY_STATE = `<!DOCTYPE html><?xml version="1.0"?><html lang=zh><head><meta charset="utf-8"><title>a&amp;b</title>
<style>p{color:red}</style><script type="text/javascript">if (a < b && c) { d = "</scr" + "ipt>"; }</script></head>
<body><!-- note --><!----><![CDATA[x]]><!x y><p class="a&amp;b&#39;c" id='d&#x41;e' data-x=f&lt;g hidden>h&nbsp;i&#160;j&#xA0;k&ampl;m&copy n &#0; &#x110000; &unknown; &</p>
<br/><img src=x /><input disabled ><textarea>t&amp;</textarea><xmp>x<y</xmp><svg viewBox="0 0 1 1"><path d="M0"/><title>s</title></svg>
<math><mi>x</mi></math><ul><li>a<li>b</ul><table><tr><td>c<td>d</table></p></br></ p>< p><1 </><a   href = "b" title='c' >e</a ><div
class="f">g</DIV ><SCRIPT>1</SCRIPT ></body></html>`;

let warmed = false;

/** htmlparser2's parseDocument through FastTokenizer. */
export function parseHtml(html: string): Document {
  // The tokenizer's parse loop handles every state in one function: optimised after the first
  // pages, it was thrown away (and recompiled, at tens of milliseconds a time) each time a later
  // page reached a state those pages had not, such as CDATA or an entity in an unquoted value.
  // One pass over a page that reaches them all, before the first real one, gives the optimiser
  // every state to begin with; it changes no page's DOM.
  if (!warmed) {
    warmed = true;
    parseDocument(EVERY_STATE, { Tokenizer: FastTokenizer });
  }
  return parseDocument(html, { Tokenizer: FastTokenizer });
}

const fast = FastTokenizer.prototype as unknown as TokenizerState;

fast.stateText = function (this: TokenizerState, c: number): void {
  if (c === LT || c === AMP || !this.decodeEntities) baseStateText.call(this, c);
  else skipTo(this, LT, AMP);
};

// A tag's name ends at whitespace, "/" or ">"; a closing tag's at whitespace or ">"; an
// attribute's name at whitespace, "/", ">" or "=". Each unit before that costs a turn otherwise.
fast.stateInTagName = function (this: TokenizerState, c: number): void {
  if (c === GT || c === SLASH || isTagSpace(c)) baseTagName.call(this, c);
  else skipName(this, true, false);
};

fast.stateInClosingTagName = function (this: TokenizerState, c: number): void {
  if (c === GT || isTagSpace(c)) baseClosingTagName.call(this, c);
  else skipName(this, false, false);
};

fast.stateInAttributeName = function (this: TokenizerState, c: number): void {
  if (c === GT || c === SLASH || c === EQ || isTagSpace(c)) baseAttributeName.call(this, c);
  else skipName(this, true, true);
};

fast.handleInAttributeValue = function (this: TokenizerState, c: number, quote: number): void {
  if (c === quote || c === AMP || !this.decodeEntities) baseAttributeValue.call(this, c, quote);
  else skipTo(this, quote, AMP);
};

fast.fastForwardTo = function (this: TokenizerState, c: number): boolean {
  const found = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
  if (found >= 0) {
    this.index = found + this.offset;
    return true;
  }
  this.index = this.buffer.length + this.offset - 1;
  return false;
};
