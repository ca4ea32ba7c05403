/** Shape features of a block used by the classifier: length, sentence punctuation, paragraph-likeness. */
import { foldLine } from "../../text/fold";
import { vocabularyHit, type VocabularyHit } from "./vocabulary";

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

/**
 * The features of the texts read in the current page, by text: the dump's run finders read a
 * line's features and vocabulary before the classifier reads the same line as a block, and
 * folding (NFKC, OpenCC) is most of their cost. Cleared at each page (forgetPageLines), so only
 * one page's lines are kept, and callers never change what they are given.
 */
const pageFeatures = new Map<string, BlockFeatures>();
const pageVocabulary = new Map<string, VocabularyHit | null>();
/** A page with more distinct lines than this starts its memory over (bounded heap on huge dumps). */
const MAX_PAGE_LINES = 20_000;

/** Forgets the lines remembered for the page before: called as each page's cleaning starts. */
export function forgetPageLines(): void {
  pageFeatures.clear();
  pageVocabulary.clear();
}

/** `compute(key)`, remembered in `memory` for the current page (whose size is bounded). */
function rememberedFor<V>(memory: Map<string, V>, key: string, compute: (key: string) => V): V {
  let value = memory.get(key);
  if (value === undefined) {
    value = compute(key);
    if (memory.size >= MAX_PAGE_LINES) memory.clear();
    memory.set(key, value);
  }
  return value;
}

export function blockFeatures(text: string): BlockFeatures {
  return rememberedFor(pageFeatures, text, computeFeatures);
}

/** vocabularyHit of a folded line (BlockFeatures.norm), remembered for the page like its features. */
export function vocabularyOf(norm: string): VocabularyHit | null {
  return rememberedFor(pageVocabulary, norm, vocabularyHit);
}

function computeFeatures(text: string): BlockFeatures {
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
