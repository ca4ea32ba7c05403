/**
 * A page's breadcrumb ends in the page's own name (首页 > 期刊要览 > 城市规划与治理 > 2024年第2期), so of
 * the short lines that open a body with no headline found above it, the one that spells the trail's
 * last crumbs (《城市规划与治理》2024年第2期) is the headline, not a box's label printed over it (书刊信息).
 */
import { crumbsOf } from "../metadata/breadcrumb";
import { foldForCompare } from "../../text/fold";

/** Crumbs at the trail's end a headline may join (a journal's name and its issue). */
const MAX_CRUMBS = 3;
const MIN_HEADLINE = 5;
// Title marks and quotes a headline sets around a name its crumb gives bare.
const MARKS = /[《》〈〉「」『』“”"'‘’]/gu;

const fold = (text: string) => foldForCompare(text).replace(MARKS, "");

/** The trail's endings a headline could spell: the last crumb, the last two joined, … */
function trailEnds(line: string): string[] {
  const crumbs = crumbsOf(line).map(fold).filter((c) => c !== "");
  if (crumbs.length < 3) return [];
  const ends: string[] = [];
  for (let k = 1; k <= Math.min(MAX_CRUMBS, crumbs.length - 1); k++) ends.push(crumbs.slice(-k).join(""));
  return ends;
}

/** Does `line` spell the end of one of the breadcrumbs `trails`? */
export function echoesTrail(line: string, trails: string[]): boolean {
  const t = fold(line);
  return t.length >= MIN_HEADLINE && trails.some((trail) => trailEnds(trail).includes(t));
}
