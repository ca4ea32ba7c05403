/** Shape features of a block used by the classifier: length, sentence punctuation, paragraph-likeness. */
import { foldWidth } from "../../text/fold";
import { toSimplified } from "../../text/script";

export interface BlockFeatures {
  /** Simplified, width-folded, lower-cased text with whitespace kept: what vocabulary rules read. */
  norm: string;
  length: number;
  /** The block reads like running prose rather than a heading, label or menu item. */
  paragraphLike: boolean;
}

const FULL_STOP = /[。]/;
const SENTENCE_END = /[。！？!?…」”"’）)\]】.]$/;

export function blockFeatures(text: string): BlockFeatures {
  const norm = toSimplified(foldWidth(text)).toLowerCase().trim();
  const length = text.replace(/\s+/g, "").length;
  const paragraphLike =
    length >= 80 || (length >= 25 && FULL_STOP.test(text)) || (length >= 40 && SENTENCE_END.test(text.trim()));
  return { norm, length, paragraphLike };
}
