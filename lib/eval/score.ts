/**
 * Extraction quality measures, the same inside and outside the team: body precision/recall/F1
 * over character 4-gram shingle multisets (NFKC, curly quotes/dashes/ellipsis folded, whitespace
 * removed: ../shared/datasets/README.md's scoring, the one the project is measured with elsewhere),
 * title exact match after folding, date on the same Shanghai calendar day, names present.
 */
import { foldForCompare } from "../text/fold";

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

// Converters and editors swap these freely; a body is not worse for using the other form.
const QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;

/** The text shingles are cut from: NFKC, quotes/dashes/ellipsis folded, no whitespace. */
export function foldForScore(text: string): string {
  return text
    .normalize("NFKC")
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, "");
}

function shingles(text: string, n = 4): Map<string, number> {
  const t = foldForScore(text);
  const m = new Map<string, number>();
  for (let i = 0; i + n <= t.length; i++) {
    const g = t.slice(i, i + n);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function bodyScore(predicted: string, gold: string): Prf {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const [k, c] of p) {
    np += c;
    tp += Math.min(c, g.get(k) ?? 0);
  }
  for (const c of g.values()) ng += c;
  return prf(tp, np, ng);
}

const foldPunct = (s: string) => foldForCompare(s).replace(/[\p{P}\p{S}]/gu, "");

export function titleMatches(predicted: string | null, gold: string | null): boolean {
  if (gold === null) return predicted === null || predicted.trim() === "";
  return predicted !== null && foldPunct(predicted) === foldPunct(gold);
}

/** Same calendar day in Asia/Shanghai; `predicted` is ISO with an offset, `gold` is YYYY-MM-DD. */
export function sameDay(predicted: string | null, gold: string | null): boolean {
  if (gold === null) return predicted === null;
  if (predicted === null) return false;
  const shanghai = new Date(new Date(predicted).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  return shanghai === gold;
}

/** Every gold name appears among the predicted ones (folded). */
export function namesPresent(predicted: (string | null)[], gold: (string | null)[]): boolean {
  const p = new Set(predicted.filter((x): x is string => !!x).map(foldPunct));
  return gold.filter((x): x is string => !!x).every((g) => p.has(foldPunct(g)));
}

export const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
