/**
 * How well a damaged character's candidate fits the grammar of its neighbours, by jieba's
 * part-of-speech HMM (han-pos-hmm.ts): the likelihood of the short window of Han text around it
 * (forward algorithm, summing over every segmentation and tagging), relative to the candidate
 * read alone. An adverb between a subject and a verb (公司又推出), a preposition before a noun
 * (记者向市政府): running-text evidence that word counts and character pairs miss.
 * The tables are built at the first damaged character, so clean text never pays for them.
 */
import { hanPosHmmTables, HMM_STEP, HMM_WEIGHT_BASE } from "./han-pos-hmm";

interface Hmm {
  states: number;
  /** Probabilities, not logs: a window of a few characters cannot underflow. */
  start: Float64Array;
  /** trans[i * states + j], 0 where the source has none. */
  trans: Float64Array;
  emitChars: string[];
  emitWeights: string[];
}

interface Emission {
  states: Int16Array;
  p: Float64Array;
}

let hmm: Hmm | null = null;

const probOf = (w: number) => Math.exp(-(w - HMM_WEIGHT_BASE) * HMM_STEP);

function load(): Hmm {
  const t = hanPosHmmTables();
  const states = t.STATES.split("|").length;
  const start = new Float64Array(states);
  for (let i = 0; i < states; i++) if (t.START[i] !== "~") start[i] = probOf(t.START.charCodeAt(i));
  const trans = new Float64Array(states * states);
  for (let k = 0; k < t.TRANS.length; k += 3) {
    const i = t.TRANS.charCodeAt(k) - HMM_WEIGHT_BASE;
    const j = t.TRANS.charCodeAt(k + 1) - HMM_WEIGHT_BASE;
    trans[i * states + j] = probOf(t.TRANS.charCodeAt(k + 2));
  }
  return { states, start, trans, emitChars: t.EMIT_CHARS, emitWeights: t.EMIT_WEIGHTS };
}

/** The states that emit `ch`, found by binary search of each state's sorted characters (no table of all 89 000 is built). */
function emission(h: Hmm, ch: string): Emission | null {
  let e = emissions.get(ch);
  if (e === undefined) {
    const states: number[] = [];
    const p: number[] = [];
    for (let s = 0; s < h.emitChars.length; s++) {
      const chars = h.emitChars[s]!;
      let lo = 0;
      let hi = chars.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = chars[mid]!;
        if (c === ch) {
          states.push(s);
          p.push(probOf(h.emitWeights[s]!.charCodeAt(mid)));
          break;
        }
        if (c < ch) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    e = states.length === 0 ? null : { states: Int16Array.from(states), p: Float64Array.from(p) };
    emissions.set(ch, e);
  }
  return e;
}
const emissions = new Map<string, Emission | null>();

/** log P(text) under the HMM (0 for ""), -Infinity when a character is not emitted by any state. */
function forward(h: Hmm, text: string): number {
  if (text === "") return 0;
  let prevStates: Int16Array | null = null;
  let prev: Float64Array | null = null;
  for (const ch of text) {
    const e = emission(h, ch);
    if (!e) return -Infinity;
    const cur = new Float64Array(e.states.length);
    for (let k = 0; k < e.states.length; k++) {
      const t = e.states[k]!;
      let sum = 0;
      if (prev === null) sum = h.start[t]!;
      else for (let j = 0; j < prevStates!.length; j++) sum += prev[j]! * h.trans[prevStates![j]! * h.states + t]!;
      cur[k] = sum * e.p[k]!;
    }
    prevStates = e.states;
    prev = cur;
  }
  let total = 0;
  for (const v of prev!) total += v;
  return Math.log(total);
}

/**
 * log P(left + ch + right) − log P(ch) (0 without neighbours or for a character the model does
 * not emit): `left` and `right` the known Han neighbours, nearest last and first.
 */
export function posHmmFit(ch: string, left: string, right: string): number {
  if (left === "" && right === "") return 0;
  const h = (hmm ??= load());
  const key = `${left}|${ch}|${right}`;
  let v = cache.get(key);
  if (v === undefined) {
    const alone = part(h, ch);
    // A neighbour the model does not know is dropped with everything beyond it.
    const l = trimLeft(h, left);
    const r = trimRight(h, right);
    v = alone === -Infinity || (l === "" && r === "") ? 0 : forward(h, l + ch + r) - part(h, l) - part(h, r) - alone;
    if (!Number.isFinite(v)) v = 0;
    if (cache.size >= CACHE) cache.clear();
    cache.set(key, v);
  }
  return v;
}
const cache = new Map<string, number>();
const CACHE = 20_000;

/** forward() of a neighbour run or a candidate alone: the same for every candidate of a position. */
function part(h: Hmm, s: string): number {
  let v = parts.get(s);
  if (v === undefined) {
    v = forward(h, s);
    if (parts.size >= CACHE) parts.clear();
    parts.set(s, v);
  }
  return v;
}
const parts = new Map<string, number>();

function trimLeft(h: Hmm, s: string): string {
  let i = s.length;
  while (i > 0 && emission(h, s[i - 1]!)) i--;
  return s.slice(i);
}
function trimRight(h: Hmm, s: string): string {
  let i = 0;
  while (i < s.length && emission(h, s[i]!)) i++;
  return s.slice(0, i);
}
