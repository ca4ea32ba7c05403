/**
 * Highlighted snippets as plain segments [{text, hit}], so React renders <mark> around hits
 * with its normal escaping (no HTML is ever built from article text). Hits are found by the
 * same tokenisation as the index, so 李開復 in a traditional article lights up for 李开复.
 */
import { positionedTokens, type PositionedToken } from "./normalize";

export interface Segment {
  text: string;
  hit: boolean;
}

interface Span {
  start: number;
  end: number;
  which: number;
}

function findHits(tokens: PositionedToken[], phrases: string[][]): Span[] {
  const spans: Span[] = [];
  phrases.forEach((p, which) => {
    if (p.length === 0) return;
    for (let i = 0; i + p.length <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < p.length; k++) {
        if (tokens[i + k]!.token !== p[k]) {
          ok = false;
          break;
        }
      }
      if (ok) spans.push({ start: tokens[i]!.start, end: tokens[i + p.length - 1]!.end, which });
    }
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Merge overlaps so segments never nest.
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

function segmentsOf(text: string, from: number, to: number, hits: Span[]): Segment[] {
  const out: Segment[] = [];
  let pos = from;
  for (const h of hits) {
    if (h.end <= from || h.start >= to) continue;
    const s = Math.max(h.start, from);
    const e = Math.min(h.end, to);
    if (s > pos) out.push({ text: text.slice(pos, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    pos = e;
  }
  if (pos < to) out.push({ text: text.slice(pos, to), hit: false });
  return out;
}

/** The whole text (a title) with hits marked. */
export function highlightAll(text: string, phrases: string[][], simplified?: string): Segment[] {
  const p = positionedTokens(text, simplified);
  return segmentsOf(p.text, 0, p.text.length, findHits(p.tokens, phrases));
}

/**
 * A window of about `width` characters of `text` around the densest group of hits (the
 * opening when nothing matches), whitespace collapsed, with "…" where it was cut.
 */
export function snippet(text: string, phrases: string[][], width = 120, simplified?: string): Segment[] {
  const p = positionedTokens(text, simplified);
  const body = p.text;
  const hits = findHits(p.tokens, phrases);
  let start = 0;
  if (hits.length > 0) {
    // The window that starts a little before some hit and covers the most distinct phrases.
    let best = -1;
    for (let i = 0; i < hits.length; i++) {
      const from = hits[i]!.start;
      const seen = new Set<number>();
      let n = 0;
      for (let j = i; j < hits.length && hits[j]!.end <= from + width; j++) {
        seen.add(hits[j]!.which);
        n++;
      }
      const score = seen.size * 1000 + n;
      if (score > best) {
        best = score;
        start = Math.max(0, from - Math.floor(width / 4));
      }
    }
  }
  // Do not cut inside a surrogate pair.
  if (start > 0 && /[\uDC00-\uDFFF]/u.test(body[start] ?? "")) start--;
  let end = Math.min(body.length, start + width);
  if (end < body.length && /[\uDC00-\uDFFF]/u.test(body[end] ?? "")) end++;
  const segs = segmentsOf(body, start, end, hits).map((s) => ({ ...s, text: s.text.replace(/\s+/gu, " ") }));
  if (start > 0) segs.unshift({ text: "…", hit: false });
  if (end < body.length) segs.push({ text: "…", hit: false });
  return mergePlain(segs);
}

function mergePlain(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    const last = out[out.length - 1];
    if (last && !last.hit && !s.hit) last.text += s.text;
    else if (s.text !== "") out.push({ ...s });
  }
  return out;
}
