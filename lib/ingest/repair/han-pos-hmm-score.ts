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
  start: Float64Array;
  /** trans[i * states + j], -Infinity where the source has none. */
  trans: Float64Array;
  /** The states that emit a character, with the log probabilities. */
  emit: Map<string, { states: Int16Array; logp: Float64Array }>;
}

let hmm: Hmm | null = null;

const logOf = (w: number) => -(w - HMM_WEIGHT_BASE) * HMM_STEP;

function load(): Hmm {
  const t = hanPosHmmTables();
  const states = t.STATES.split("|").length;
  const start = new Float64Array(states).fill(-Infinity);
  for (let i = 0; i < states; i++) if (t.START[i] !== "~") start[i] = logOf(t.START.charCodeAt(i));
  const trans = new Float64Array(states * states).fill(-Infinity);
  for (let k = 0; k < t.TRANS.length; k += 3) {
    const i = t.TRANS.charCodeAt(k) - HMM_WEIGHT_BASE;
    const j = t.TRANS.charCodeAt(k + 1) - HMM_WEIGHT_BASE;
    trans[i * states + j] = logOf(t.TRANS.charCodeAt(k + 2));
  }
  const lists = new Map<string, [number, number][]>();
  t.EMIT_CHARS.forEach((chars, s) => {
    const weights = t.EMIT_WEIGHTS[s]!;
    for (let k = 0; k < chars.length; k++) {
      let l = lists.get(chars[k]!);
      if (!l) lists.set(chars[k]!, (l = []));
      l.push([s, logOf(weights.charCodeAt(k))]);
    }
  });
  const emit = new Map<string, { states: Int16Array; logp: Float64Array }>();
  for (const [c, l] of lists) emit.set(c, { states: Int16Array.from(l.map(([s]) => s)), logp: Float64Array.from(l.map(([, p]) => p)) });
  return { states, start, trans, emit };
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** log P(text) under the HMM, -Infinity when a character is not emitted by any state. */
function forward(h: Hmm, text: string): number {
  if (text === "") return 0;
  let prevStates: Int16Array | null = null;
  let prev: Float64Array | null = null;
  for (const ch of text) {
    const e = h.emit.get(ch);
    if (!e) return -Infinity;
    const cur = new Float64Array(e.states.length);
    for (let k = 0; k < e.states.length; k++) {
      const t = e.states[k]!;
      let sum = -Infinity;
      if (prev === null) sum = h.start[t]!;
      else for (let j = 0; j < prevStates!.length; j++) sum = logAdd(sum, prev[j]! + h.trans[prevStates![j]! * h.states + t]!);
      cur[k] = sum + e.logp[k]!;
    }
    prevStates = e.states;
    prev = cur;
  }
  let total = -Infinity;
  for (const v of prev ?? []) total = logAdd(total, v);
  return total;
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
    const alone = forward(h, ch);
    // A neighbour the model does not know is dropped with everything beyond it.
    const l = trimLeft(h, left);
    const r = trimRight(h, right);
    v = alone === -Infinity || (l === "" && r === "") ? 0 : forward(h, l + ch + r) - forward(h, l) - forward(h, r) - alone;
    if (!Number.isFinite(v)) v = 0;
    if (cache.size >= CACHE) cache.clear();
    cache.set(key, v);
  }
  return v;
}
const cache = new Map<string, number>();
const CACHE = 20_000;

function trimLeft(h: Hmm, s: string): string {
  let i = s.length;
  while (i > 0 && h.emit.has(s[i - 1]!)) i--;
  return s.slice(i);
}
function trimRight(h: Hmm, s: string): string {
  let i = 0;
  while (i < s.length && h.emit.has(s[i]!)) i++;
  return s.slice(0, i);
}
