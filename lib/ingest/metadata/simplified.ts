/**
 * toSimplified for metadata lines, remembered: every resolver reads the same few header and
 * trailer lines in simplified form (labels are matched there), and the conversion is the
 * costliest step of reading a line. The memory is bounded and cleared when full. Full-width
 * digits are folded on the way.
 */
import { boundedMemo } from "../../text/bounded-memo";
import { toSimplified } from "../../text/script";

// Full-width digits (新华网北京１月１６日电) read as digits by every date and dateline pattern; one
// character for one, so a match still slices the page's own text at the same place.
const FULL_DIGIT = /[０-９]/g;
const foldDigits = (s: string) => s.replace(FULL_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export const simplifiedLine = boundedMemo((s: string) => toSimplified(foldDigits(s)), 4000);
