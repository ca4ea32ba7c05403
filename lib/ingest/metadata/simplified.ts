/**
 * toSimplified for metadata lines, remembered: every resolver reads the same few header and
 * trailer lines in simplified form (labels are matched there), and the conversion is the
 * costliest step of reading a line. The memory is bounded and cleared when full.
 */
import { boundedMemo } from "../../text/bounded-memo";
import { toSimplified } from "../../text/script";

export const simplifiedLine = boundedMemo(toSimplified, 4000);
