/**
 * Stories in lists: the articles of one story (same news across sites) matching a list's filters
 * are shown as one row, led by the earliest version unless a later copy is markedly more
 * complete (an early teaser gives way to the full text). A story is placed where its lead is, so
 * the dates down a grouped list still run newest first.
 */
import type { ListingSnapshot } from "./snapshot";
import { processShared } from "../process-shared";

/** A later copy leads instead of the earliest when the earliest has less than this share of its text. */
const COMPLETE_ENOUGH = 0.6;

/** The ranks of the story of the article at `rank` (itself included), ascending. */
export function storyRanks(s: ListingSnapshot, rank: number): Int32Array {
  const { story, offsets, members } = s.stories;
  const k = story[rank]!;
  return members.subarray(offsets[k]!, offsets[k + 1]!);
}

/** The lead among some ranks of one story (ascending, at least one). */
export function leadOf(s: ListingSnapshot, ranks: ArrayLike<number>): number {
  const chars = s.stories.chars;
  let earliest = -1;
  let fullest = ranks[0]!;
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i]!;
    if (r < s.dated) earliest = r; // ascending: the last dated one is the earliest published
    if (chars[r]! > chars[fullest]!) fullest = r;
  }
  if (earliest < 0) return fullest;
  return chars[earliest]! < COMPLETE_ENOUGH * chars[fullest]! ? fullest : earliest;
}

/**
 * One rank per story among the matched ranks (ascending in, ascending out): each story's lead
 * among its matched articles. One pass in list order: an article of a story of several is kept
 * when it is the lead of its story's matched articles (worked out once per story), so the output
 * needs no sort (at 100,000 articles a sort of the leads cost more than everything else).
 */
export function storyLeads(s: ListingSnapshot, matched: Int32Array): Int32Array {
  // The unfiltered list (every page of / and /articles) is asked for most: kept per snapshot.
  if (matched.length === s.size) {
    let all = allLeads.get(s);
    if (all === undefined) allLeads.set(s, (all = leadsOf(s, matched)));
    return all;
  }
  return leadsOf(s, matched);
}

const allLeads = processShared("stories.allLeads", () => new WeakMap<ListingSnapshot, Int32Array>());

function leadsOf(s: ListingSnapshot, matched: Int32Array): Int32Array {
  const { story, offsets, members, chars } = s.stories;
  const out = new Int32Array(matched.length);
  let n = 0;
  let inMatch: Uint8Array | null = null;
  let leadOfStory: Int32Array | null = null;
  for (let i = 0; i < matched.length; i++) {
    const r = matched[i]!;
    const k = story[r]!;
    const from = offsets[k]!;
    const to = offsets[k + 1]!;
    if (to - from === 1) {
      out[n++] = r;
      continue;
    }
    if (inMatch === null || leadOfStory === null) {
      inMatch = new Uint8Array(s.size);
      for (let j = 0; j < matched.length; j++) inMatch[matched[j]!] = 1;
      leadOfStory = new Int32Array(offsets.length - 1).fill(-1);
    }
    let lead = leadOfStory[k]!;
    if (lead < 0) {
      // leadOf over the story's matched members, inline (no array per story).
      let earliest = -1;
      let fullest = -1;
      for (let j = from; j < to; j++) {
        const m = members[j]!;
        if (!inMatch[m]) continue;
        if (m < s.dated) earliest = m;
        if (fullest < 0 || chars[m]! > chars[fullest]!) fullest = m;
      }
      lead = earliest < 0 ? fullest : chars[earliest]! < COMPLETE_ENOUGH * chars[fullest]! ? fullest : earliest;
      leadOfStory[k] = lead;
    }
    if (lead === r) out[n++] = r;
  }
  return out.subarray(0, n);
}
