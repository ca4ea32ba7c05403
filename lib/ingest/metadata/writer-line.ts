/**
 * A writer's name alone on its line, as columns, blogs and Q&A sites print it between the
 * headline and the date (标题 / 李明远 / 一句简介 / 发布于 2025-03-02): a byline with no label.
 * Only a name of the surname table's shape counts, and only in a header, next to its date line:
 * elsewhere a lone name is a signature, a list item or a commenter.
 */
import { hasKnownSurname, isCommonWord, listItemName } from "../entities/names";
import { APPROVALS } from "./metadata-line";
import { foldLine } from "../../text/fold";

const BARE_NAME = /^\p{Script=Han}{2,3}$/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;

export function isWriterNameLine(text: string): boolean {
  const t = text.trim();
  if (!BARE_NAME.test(t)) return false;
  if (listItemName(t) === t) return true;
  // A three-character name whose surname and first given character happen to make a word (周一, a
  // weekday) is still a name when its given name is no word of its own and the whole is none
  return t.length === 3 && HAN_ONLY.test(t) && hasKnownSurname(t) && !isCommonWord(t) && !isCommonWord(t.slice(1)) && isCommonWord(t.slice(0, 2)) && listItemName(t[0] + t.slice(2)) !== null;
}

/** Lines below a writer's line where the header's date line may stand (a one-line bio between). */
export const WRITER_TO_DATE = 2;

// "Kyle Wiggers", "Ben Jiang in Beijing": an English page's writer on a line of their own under the
// headline (no By), perhaps with where they file from. Two or three capitalised words; a section's
// or a place's name of that shape (Big Tech, Hong Kong) is no writer's.
const LATIN_WRITER = /^([A-Z][a-z]+(?:[-'][A-Za-z]+)?(?:\s[A-Z][a-z]+(?:[-'][A-Za-z]+)?){1,2})(?:\s+in\s+[A-Z][A-Za-z.'\-]*(?:\s[A-Z][A-Za-z.'\-]*){0,2})?$/;
const NOT_WRITER = /\b(?:News|Times|Post|Daily|Journal|Review|Tech|Technology|Intelligence|Business|Markets?|World|China|Asia|Europe|Opinion|Analysis|Updated|Published|Kong|York|Francisco|Angeles|Beijing|Shanghai|Shenzhen|Valley|Street|Media|Group|Press|Staff|Team|Editors?|Reporters?)\b/;

/** The writer's name of such a line, or null. */
export function latinWriterLine(text: string): string | null {
  const m = LATIN_WRITER.exec(text.trim());
  return m && !NOT_WRITER.test(m[1]!) ? m[1]! : null;
}

/** Lines above an answer's tally where its answerer's card starts (the name, then a one-line bio). */
const CARD_ABOVE_TALLY = 2;

/**
 * A Q&A page prints each answer under its answerer's card (林远舟 / 一句简介 / 2,318 人赞同了该回答):
 * the name on its line, above the answer's tally of readers' approvals however far it stands under
 * the question (its counters and buttons between). The first answer's card names the answer's writer.
 */
export function answererAbove(lines: string[]): string | null {
  const tally = lines.findIndex((l) => APPROVALS.test(foldLine(l)));
  for (let k = tally - 1; k >= Math.max(0, tally - CARD_ABOVE_TALLY); k--) if (isWriterNameLine(lines[k]!)) return lines[k]!.trim();
  return null;
}
