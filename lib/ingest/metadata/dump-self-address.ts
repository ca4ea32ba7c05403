/**
 * A text dump's own address, which the dump otherwise loses: lynx lists every link's address under
 * "References", and a page's in-page links (跳到正文 → …#content, 返回顶部 → …#top) point at the page
 * itself. An address that carries a #fragment and either opens the list (a skip link is a page's
 * first link) or comes back with another fragment is the page's own; a date in its path dates it
 * (resolve-published-at.ts) when the dump prints the day without its year.
 */
const REFERENCE = /^\s*(\d{1,5})\.\s+([a-z][\w+.-]*:\/\/\S+)\s*$/i;

export function dumpSelfAddress(lines: string[]): string | null {
  const bases = new Map<string, { fragments: number; first: boolean }>();
  for (const line of lines) {
    const m = REFERENCE.exec(line);
    if (!m) continue;
    const [base, fragment] = m[2]!.split("#", 2) as [string, string | undefined];
    const seen = bases.get(base) ?? { fragments: 0, first: false };
    if (fragment) seen.fragments++;
    if (Number(m[1]) === 1 && fragment) seen.first = true;
    bases.set(base, seen);
  }
  for (const [base, seen] of bases) if (seen.fragments >= 2 || seen.first) return base;
  return null;
}
