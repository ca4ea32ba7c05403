/**
 * The set of adjacent code-unit pairs of a text (character bigrams for overlap scores), each pair
 * as one number (first unit × 65536 + second). Equal pairs give equal numbers, exactly as the
 * two-unit strings would, without a string per pair for the collector.
 */
export function codeUnitPairs(text: string): Set<number> {
  const s = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) s.add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
  return s;
}
