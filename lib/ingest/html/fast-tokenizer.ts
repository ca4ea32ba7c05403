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
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
}

const LT = 0x3c;
const AMP = 0x26;

const base = Tokenizer.prototype as unknown as TokenizerState;
const baseStateText = base.stateText;
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

export class FastTokenizer extends Tokenizer {}

/** htmlparser2's parseDocument through FastTokenizer. */
export function parseHtml(html: string): Document {
  return parseDocument(html, { Tokenizer: FastTokenizer });
}

const fast = FastTokenizer.prototype as unknown as TokenizerState;

fast.stateText = function (this: TokenizerState, c: number): void {
  if (c === LT || c === AMP || !this.decodeEntities) baseStateText.call(this, c);
  else skipTo(this, LT, AMP);
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
