/**
 * Story signatures: which articles are the same news told by several sites (reposts, copies with
 * a different lead or tail, traditional copies of a simplified page). A MinHash of the clean
 * body's character 5-gram shingles, after folding width, case and script, estimates the Jaccard
 * similarity of two bodies' shingle sets; a story is the articles whose estimate reaches
 * STORY_SIMILARITY. One-permutation MinHash (each shingle hashed once, its bin chosen by the
 * hash's top bits) keeps the cost one hash per character. SimHash (near-duplicate.ts) only
 * catches copies within a few bits; an edited repost shares most shingles but not the SimHash.
 *
 * Pure: no database. The importer keeps a StoryIndex of every signature and asks it for each new
 * article's story.
 */
import { fnv1a, shingleText } from "./near-duplicate";

const SHINGLE = 5;
/** Bins of the signature; the estimate's standard error at J = 0.5 is about 0.06. */
export const SIGNATURE_BINS = 64;
/** Estimated Jaccard similarity from which two bodies are one story. */
export const STORY_SIMILARITY = 0.4;
/** Fewer shingles than this (a teaser, a one-line brief) is too little text to call a copy. */
export const MIN_SHINGLES = 40;
/** A bin no shingle fell into. */
const EMPTY = 0xffffffff;
const BIN_BITS = 6;

/** murmur3's finaliser: spreads FNV's weak high bits before they choose the bin. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function shingleHash(text: string, start: number): number {
  return mix(fnv1a(text, start, SHINGLE, 0x811c9dc5));
}

/**
 * The body's signature: per bin, the smallest shingle hash (low bits) among shingles whose hash
 * falls into that bin; null when the body is too short to compare.
 */
export function storySignature(body: string): Uint32Array | null {
  const text = shingleText(body);
  const shingles = text.length - SHINGLE + 1;
  if (shingles < MIN_SHINGLES) return null;
  const sig = new Uint32Array(SIGNATURE_BINS).fill(EMPTY);
  const lowMask = (1 << (32 - BIN_BITS)) - 1;
  for (let i = 0; i < shingles; i++) {
    const h = shingleHash(text, i);
    const bin = h >>> (32 - BIN_BITS);
    const v = h & lowMask;
    if (v < sig[bin]!) sig[bin] = v;
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of bins (filled in either) where both agree. */
export function storySimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  let used = 0;
  for (let i = 0; i < SIGNATURE_BINS; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === EMPTY && y === EMPTY) continue;
    used++;
    if (x === y) same++;
  }
  return used === 0 ? 0 : same / used;
}

export function signatureBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array | null {
  if (bytes.byteLength !== SIGNATURE_BINS * 4) return null;
  const copy = new Uint8Array(bytes); // aligned copy
  return new Uint32Array(copy.buffer);
}

// LSH: 16 bands of 2 bins (the first 32 bins). Two bodies with J = 0.4 share a band with
// probability 1 − (1 − 0.4²)¹⁶ ≈ 0.94, at J = 0.5 ≈ 0.99; candidates are then checked on all 64.
const BANDS = 16;
const ROWS = 2;

function bandKey(sig: Uint32Array, band: number): number | null {
  const a = sig[band * ROWS]!;
  const b = sig[band * ROWS + 1]!;
  if (a === EMPTY || b === EMPTY) return null;
  // 30 bits: V8 keeps integers below 2³⁰ unboxed (Smis), so the Map neither allocates a number per
  // key nor hashes a heap number (31 bits made loading 100,000 signatures several times slower);
  // a collision only adds a candidate.
  return mix((Math.imul(a, 0x9e3779b1) ^ b ^ Math.imul(band + 1, 0x27d4eb2d)) >>> 0) >>> 2;
}

/** Signatures loaded at once (an import run's start), in typed arrays; see StoryIndex.load. */
interface Stored {
  /** Article ids, ascending. */
  ids: Int32Array;
  stories: Int32Array;
  /** SIGNATURE_BINS values per article, in the order of `ids`. */
  sigs: Uint32Array;
  /** Band key × 2²² + slot, sorted: the articles sharing a band key are one run of it. */
  bands: Float64Array;
}

const SLOT_SPACE = 2 ** 22;

function firstAtLeast(a: Float64Array | Int32Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every article's signature and story, so a new article finds its story among thousands by
 * comparing only the articles sharing one of its bands. A story is named by the id of its first
 * article; a new article joins the story of its most similar match. What the database holds is
 * loaded once into sorted typed arrays (`load`: a Map of 1.6 million band keys at 100,000
 * articles took seconds and ~110 MB); articles set during the run go into Maps.
 */
export class StoryIndex {
  private readonly sigs = new Map<number, { sig: Uint32Array; story: number }>();
  private readonly buckets = new Map<number, number[] | number>();
  private stored: Stored | null = null;

  /** An index of stored signatures (`articleId` ascending, at most 2²² of them). */
  static load(rows: { articleId: number; sig: Uint32Array; story: number }[]): StoryIndex {
    const index = new StoryIndex();
    if (rows.length === 0) return index;
    if (rows.length >= SLOT_SPACE) {
      for (const r of rows) index.set(r.articleId, r.sig, r.story);
      return index;
    }
    const n = rows.length;
    const ids = new Int32Array(n);
    const stories = new Int32Array(n);
    const sigs = new Uint32Array(n * SIGNATURE_BINS);
    const bands = new Float64Array(n * BANDS);
    let m = 0;
    rows.forEach((r, slot) => {
      ids[slot] = r.articleId;
      stories[slot] = r.story;
      sigs.set(r.sig, slot * SIGNATURE_BINS);
      for (let band = 0; band < BANDS; band++) {
        const key = bandKey(r.sig, band);
        if (key !== null) bands[m++] = key * SLOT_SPACE + slot;
      }
    });
    index.stored = { ids, stories, sigs, bands: bands.subarray(0, m).sort() };
    return index;
  }

  private storedSlot(articleId: number): number {
    const st = this.stored;
    if (st === null) return -1;
    const i = firstAtLeast(st.ids, articleId);
    return i < st.ids.length && st.ids[i] === articleId ? i : -1;
  }

  /** Records an article's signature and story (again after an update: the old bands stay as harmless extra candidates). */
  set(articleId: number, sig: Uint32Array, story: number): void {
    const had = this.sigs.get(articleId);
    this.sigs.set(articleId, { sig, story });
    if (had && had.sig.every((v, i) => v === sig[i])) return;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(sig, band);
      if (key === null) continue;
      const b = this.buckets.get(key);
      if (b === undefined) this.buckets.set(key, articleId);
      else if (typeof b === "number") {
        if (b !== articleId) this.buckets.set(key, [b, articleId]);
      } else if (!b.includes(articleId)) b.push(articleId);
    }
  }

  storyOf(articleId: number): number | undefined {
    const set = this.sigs.get(articleId);
    if (set) return set.story;
    const slot = this.storedSlot(articleId);
    return slot < 0 ? undefined : this.stored!.stories[slot];
  }

  /** The article's current signature and story: what was set during the run, else what was loaded. */
  private entry(articleId: number, slot: number): { sig: Uint32Array; story: number } {
    const set = this.sigs.get(articleId);
    if (set) return set;
    const st = this.stored!;
    return { sig: st.sigs.subarray(slot * SIGNATURE_BINS, (slot + 1) * SIGNATURE_BINS), story: st.stories[slot]! };
  }

  /** The story of the most similar other article at STORY_SIMILARITY or above (ties: the older story), or null. */
  find(sig: Uint32Array, except?: number): number | null {
    let best: { story: number; sim: number } | null = null;
    const seen = new Set<number>();
    const consider = (id: number, slot: number) => {
      if (id === except || seen.has(id)) return;
      seen.add(id);
      const e = this.entry(id, slot);
      const sim = storySimilarity(sig, e.sig);
      if (sim >= STORY_SIMILARITY && (best === null || sim > best.sim || (sim === best.sim && e.story < best.story))) best = { story: e.story, sim };
    };
    const st = this.stored;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(sig, band);
      if (key === null) continue;
      const b = this.buckets.get(key);
      if (b !== undefined) for (const id of typeof b === "number" ? [b] : b) consider(id, this.storedSlot(id));
      if (st !== null) {
        for (let i = firstAtLeast(st.bands, key * SLOT_SPACE); i < st.bands.length && st.bands[i]! < (key + 1) * SLOT_SPACE; i++) {
          const slot = st.bands[i]! - key * SLOT_SPACE;
          consider(st.ids[slot]!, slot);
        }
      }
    }
    return (best as { story: number; sim: number } | null)?.story ?? null;
  }

  /** The story for an article: the one a similar article belongs to, else its own id. Records it. */
  assign(articleId: number, sig: Uint32Array | null): number {
    if (sig === null) return articleId;
    const story = this.find(sig, articleId) ?? articleId;
    this.set(articleId, sig, story);
    return story;
  }
}

/** Stories of bodies in order (the first of each story names it): for the CLI and tests. */
export function clusterStories(bodies: { id: number; body: string }[]): Map<number, number> {
  const index = new StoryIndex();
  return new Map(bodies.map((b) => [b.id, index.assign(b.id, storySignature(b.body))]));
}
