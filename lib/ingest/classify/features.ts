/** Shape features of a block used by the classifier: length, sentence punctuation, paragraph-likeness. */
import { foldLine } from "../../text/fold";

export interface BlockFeatures {
  /** Simplified, width-folded, lower-cased text with whitespace kept: what vocabulary rules read. */
  norm: string;
  length: number;
  /** The block reads like running prose rather than a heading, label or menu item. */
  paragraphLike: boolean;
}

const FULL_STOP = /[。]/;
const SENTENCE_END = /[。！？!?…」”"’）)\]】.]$/;
/** Any punctuation that separates clauses or items, in either script. */
const ANY_PUNCTUATION = /[，。、；：！？,.;:!?]/g;
/**
 * Han text this long with (almost) no punctuation, laid out with spaces, is a run of names or tags
 * (a memorial list, a tag cloud, a menu without separators), not prose, which has a mark every
 * twenty characters or so: fewer than one per this many characters.
 */
const CHARS_PER_MARK = 80;
const SPACED_HAN = /\p{Script=Han}\s+(?=\p{Script=Han})/gu;
const MIN_SPACED = 3;
const HAN_CHAR = /\p{Script=Han}/gu;

export function blockFeatures(text: string): BlockFeatures {
  const norm = foldLine(text);
  const length = text.replace(/\s+/g, "").length;
  const paragraphLike =
    (length >= 80 && !unpunctuatedHan(text, length)) || (length >= 25 && FULL_STOP.test(text)) || (length >= 40 && SENTENCE_END.test(text.trim()));
  return { norm, length, paragraphLike };
}

function unpunctuatedHan(text: string, length: number): boolean {
  if ((text.match(ANY_PUNCTUATION)?.length ?? 0) * CHARS_PER_MARK >= length) return false;
  // Laid out with spaces between Han words: a long sentence with few commas is still prose.
  return (text.match(HAN_CHAR)?.length ?? 0) >= length / 2 && (text.match(SPACED_HAN)?.length ?? 0) >= MIN_SPACED;
}
