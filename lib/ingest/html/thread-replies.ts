/**
 * A forum thread inside the chosen region: sibling elements of one shape (same parent, tag and
 * first class), each carrying a post's time line (发表于 2025-04-06 21:40, 回复于 3小时前). The first is
 * the post the thread is about; the others are replies. Replies read like prose and together
 * outweigh the first post, so neither the subtree sums nor the classifier tell them apart; their
 * shape, repeated under one parent, and their position after the first post do. The caller
 * names them comments when it cuts them.
 */
import type { ElementStat, WalkResult } from "./walk";

/**
 * A post's own time line: the verb of posting and a date or a relative time after it, or a line
 * opening with the post's floor (楼主, 沙发, 2楼, #3) and its date (楼主 2025-09-21 22:14), as
 * threads that number their posts print it instead of the verb.
 */
const POST_TIME =
  /(?:(?:发表于|发布于|回复于|发帖于|posted\s+(?:on|at))\s*[:：]?\s*|^(?:楼主|沙发|板凳|地板|\d{1,5}\s*楼|#\d{1,5})\s*[:：|｜·]?\s*)(?:\d{2,4}\s*[-/.年]\s*\d|\d+\s*(?:秒|分钟|小时|天)前|昨天|前天|今天)/i;
/** How far into a post its time line may stand (after the poster's card). */
const POST_TIME_REACH = 12;
/** Posts a group needs to be a thread: the first post and at least one reply. */
const MIN_POSTS = 2;

function hasPostTime(walk: WalkResult, s: ElementStat): boolean {
  const end = Math.min(s.blockEnd, s.blockStart + POST_TIME_REACH);
  for (let i = s.blockStart; i < end; i++) if (POST_TIME.test(walk.blocks[i]!.text)) return true;
  return false;
}

/** Per walk: whether any block holds a post's time line. Most pages hold none, and then no group is a thread. */
const anyPostTime = new WeakMap<WalkResult, boolean>();

function pageHasPostTime(walk: WalkResult): boolean {
  let known = anyPostTime.get(walk);
  if (known === undefined) {
    known = walk.blocks.some((b) => POST_TIME.test(b.text));
    anyPostTime.set(walk, known);
  }
  return known;
}

/** The replies after the first post of a thread inside `node` (the outermost such group), or none. */
export function threadReplies(walk: WalkResult, node: ElementStat): ElementStat[] {
  return threadPosts(walk, node).slice(1);
}

/** Every post of the thread inside `node` (the outermost group of posts), the first post first, or none. */
export function threadPosts(walk: WalkResult, node: ElementStat): ElementStat[] {
  if (!pageHasPostTime(walk)) return [];
  // Grouped by parent, then tag, then class in nested maps rather than by one joined string key,
  // which cost a string per element on every call; `groups` keeps the order groups were first seen.
  const byParent = new Map<ElementStat, Map<string, Map<string, ElementStat[]>>>();
  const groups: ElementStat[][] = [];
  for (const s of walk.stats) {
    if (s === node || s.hidden || !s.parent || s.blockEnd <= s.blockStart) continue;
    if (s.blockStart < node.blockStart || s.blockEnd > node.blockEnd) continue;
    let byTag = byParent.get(s.parent);
    if (!byTag) byParent.set(s.parent, (byTag = new Map()));
    let byClass = byTag.get(s.tag);
    if (!byClass) byTag.set(s.tag, (byClass = new Map()));
    // The first class only: a thread marks its first post with a modifier (post post-op, item first).
    const cls = (s.el.attribs?.class ?? "").trim().split(/\s+/)[0]!;
    const group = byClass.get(cls);
    if (group) group.push(s);
    else {
      const fresh = [s];
      byClass.set(cls, fresh);
      groups.push(fresh);
    }
  }
  let found: ElementStat[] = [];
  let widest = 0;
  for (const group of groups) {
    if (group.length < MIN_POSTS || !group.every((s) => hasPostTime(walk, s))) continue;
    const span = group[group.length - 1]!.blockEnd - group[0]!.blockStart;
    if (span > widest) {
      widest = span;
      found = group;
    }
  }
  return found;
}

/** Levels above the main region searched for the thread it may be one reply of (content, body, post, thread). */
const THREAD_REACH = 5;

/**
 * The thread holding `node` when `node` lies inside one of its replies (a reply of more prose than a
 * first post of short lines wins the subtree sums): the article is the thread's first post, read
 * from the thread, whose replies are then cut.
 */
export function threadAround(walk: WalkResult, node: ElementStat): ElementStat | null {
  for (let a = node.parent, k = 0; a && k < THREAD_REACH; a = a.parent, k++) {
    if (threadReplies(walk, a).some((r) => r.blockStart <= node.blockStart && r.blockEnd >= node.blockEnd)) return a;
  }
  return null;
}

/**
 * Levels above a chosen post text searched for its thread: forum software nests the text of a post
 * in tables and wrappers ten deep (post div, table, cell, content boxes, message cell), deeper than
 * a reply's prose lies under the thread.
 */
const POSTER_REACH = 10;

/**
 * The first post of the thread when `node` lies inside it (the chosen region is the first post's
 * text alone, a reply-free subtree), else null: the poster's card sits beside that text.
 */
export function firstPostAround(walk: WalkResult, node: ElementStat): ElementStat | null {
  for (let a = node.parent, k = 0; a && k < POSTER_REACH; a = a.parent, k++) {
    const first = threadPosts(walk, a)[0];
    if (first) return first.blockStart <= node.blockStart && first.blockEnd >= node.blockEnd ? first : null;
  }
  return null;
}
