/**
 * Stories in lists: the articles of one story (same news across sites) matching a list's filters
 * are shown as one row, led by the earliest version unless a later copy is markedly more
 * complete (an early teaser gives way to the full text). A story is placed where its lead is, so
 * the dates down a grouped list still run newest first.
 */
import type { ListingSnapshot } from "./snapshot";

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

/** One rank per story among the matched ranks (ascending in, ascending out): each story's lead among its matched articles. */
export function storyLeads(s: ListingSnapshot, matched: Int32Array): Int32Array {
  const { story, offsets, members } = s.stories;
  const out = new Int32Array(matched.length);
  let n = 0;
  let inMatch: Uint8Array | null = null;
  let done: Uint8Array | null = null;
  for (let i = 0; i < matched.length; i++) {
    const r = matched[i]!;
    const k = story[r]!;
    if (offsets[k + 1]! - offsets[k]! === 1) {
      out[n++] = r;
      continue;
    }
    if (inMatch === null || done === null) {
      inMatch = new Uint8Array(s.size);
      for (let j = 0; j < matched.length; j++) inMatch[matched[j]!] = 1;
      done = new Uint8Array(offsets.length - 1);
    }
    if (done[k]) continue;
    done[k] = 1;
    const candidates: number[] = [];
    for (let j = offsets[k]!; j < offsets[k + 1]!; j++) if (inMatch[members[j]!]) candidates.push(members[j]!);
    out[n++] = leadOf(s, candidates);
  }
  return done === null ? out.subarray(0, n) : out.subarray(0, n).sort();
}
