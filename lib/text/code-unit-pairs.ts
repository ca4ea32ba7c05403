/**
 * The set of adjacent code-unit pairs of a text (character bigrams for overlap scores), each pair
 * as one number (see unitPairKey). Equal pairs give equal numbers, exactly as the two-unit
 * strings would, without a string per pair for the collector.
 */
export function codeUnitPairs(text: string): Set<number> {
  const s = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) s.add(unitPairKey(text.charCodeAt(i), text.charCodeAt(i + 1)));
  return s;
}

/**
 * Two UTF-16 code units as one 32-bit integer (first unit in the high half): one number per pair,
 * distinct for distinct pairs. As a signed 32-bit value it is always a small integer to V8 (a Smi),
 * stored in a Set as it is; first × 65536 + second, its unsigned reading, is above 2^31 for every
 * pair whose first unit is from U+8000 (half the Han block, full-width punctuation), and each such
 * number was a boxed heap number, allocated and hashed as a double.
 */
export function unitPairKey(first: number, second: number): number {
  return (first << 16) | second;
}
