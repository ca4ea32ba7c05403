/**
 * The final word on the title the classifier (classify/title.ts) or the HTML front end chose:
 * when the page prints its 原标题 (the original headline of a reprint) and the chosen title is
 * that headline with a bracketed insertion in front ("[某化妆品]原标题…", an ad or a channel tag
 * the reprinting site added), the insertion goes. A title that differs from the 原标题 in any other
 * way is the site's own headline and stays. A text with no headline line that gives its 原标题 has that as its title.
 */
import { foldForCompare } from "../../text/fold";
import type { MetadataEvidence } from "./evidence";

const ORIGINAL_TITLE = /原标题\s*[:：]\s*(.+?)\s*[)）]?\s*$/;
const BRACKET_PREFIX = /^\s*[[【〔(（][^\]】〕)）]{1,20}[\]】〕)）]\s*/;

export function resolveTitle(title: string | null, e: MetadataEvidence): string {
  // An excerpt that opens with 原标题：X and no headline of its own still names its headline.
  if (!title) return e.html ? "" : (e.originalTitles.map((l) => l.match(ORIGINAL_TITLE)?.[1]).find((t) => t !== undefined) ?? "");
  const prefix = title.match(BRACKET_PREFIX);
  if (!prefix) return title;
  const rest = title.slice(prefix[0].length);
  for (const line of e.originalTitles) {
    const m = line.match(ORIGINAL_TITLE);
    if (m && foldForCompare(m[1]!) === foldForCompare(rest)) return rest;
  }
  return title;
}
