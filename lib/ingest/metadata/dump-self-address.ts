/**
 * A text dump's own address, which the dump otherwise loses: lynx lists every link's address under
 * "References", and a page's in-page links (跳到正文 → …#content, 返回顶部 → …#top) point at the page
 * itself. An address that carries a #fragment and either opens the list (a skip link is a page's
 * first link) or comes back with another fragment is the page's own; a date in its path dates it
 * (resolve-published-at.ts) when the dump prints the day without its year. A copy that prints its
 * address on a labelled line (本文链接：…) names it outright.
 */
const REFERENCE = /^\s*(\d{1,5})\.\s+([a-z][\w+.-]*:\/\/\S+)\s*$/i;

// "本文链接：https://…/2025/0302/8812.html": a copy's closing line that gives the page's own address
// (本文链接, 本文地址, 文章网址, 永久链接…). Not 原文链接: that is where a repost's text came from.
const LABELLED_SELF = /^\s*(?:(?:本文|文章|本页|页面)(?:链接|地址|网址)|永久链接|固定链接)\s*[:：]\s*(https?:\/\/\S+)\s*$/;

export function dumpSelfAddress(lines: string[]): string | null {
  const labelled = lines.map((line) => LABELLED_SELF.exec(line)?.[1]).find((url) => url !== undefined);
  if (labelled) return labelled;
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

// A year as a path segment of an address, perhaps with its month: /gn/2026/41210.html, /kj/2026-11/30/….
const PATH_YEAR = /\/((?:19|20)\d{2})(?:[-_/]?(0[1-9]|1[0-2]))?(?=[/_.-])/;

export interface AddressYear {
  year: number;
  /** The month, when the address gives it beside the year. */
  month: number | null;
}

/** The year (and month) an address's path files the page under, if it does. */
export function addressYear(address: string): AddressYear | null {
  const m = PATH_YEAR.exec(address.replace(/[?#].*$/, ""));
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null } : null;
}

/** Fewest reference addresses that must agree on the year. */
const YEAR_VOTES = 2;

/**
 * The year the dump's own site files its pages under, when every address of its reference list that
 * carries a year carries the same one (the page's print link and its neighbours, /gn/2026/41210.html):
 * a page linking only to that year's pages was printed in it. Two years among them say nothing.
 */
export function dumpReferenceYear(lines: string[]): number | null {
  const years = new Set<number>();
  let votes = 0;
  for (const line of lines) {
    const m = REFERENCE.exec(line);
    const found = m ? addressYear(m[2]!) : null;
    if (!found) continue;
    years.add(found.year);
    votes++;
  }
  return years.size === 1 && votes >= YEAR_VOTES ? [...years][0]! : null;
}
