/**
 * A newspaper's digital edition (数字报) prints its masthead over the line: the paper's
 * name first on the page, then the day and the page (第A03版：要闻). Nothing else on such a page may
 * name the paper, so the masthead is the site's own name for the own-site source
 * (own-site-source.ts). Only a name that reads as a paper's (…报, …刊) opening one of the first
 * lines, with an edition line within the next few, counts.
 */
const TOP_LINES = 6;
const REACH = 3;
// "江城日报数字报": the edition's word for itself (数字报, 电子版) after the paper's name is no part of it.
const MASTHEAD = /^\s*(\p{Script=Han}{2,10}?(?:日报|晚报|早报|商报|时报|時報|日報|晚報|早報|商報|报|報|周刊|週刊))(?:数字报|數字報|电子报|電子報|电子版|電子版|数字版|數字版)?(?:\s{2,}|$)/u;
const EDITION_LINE = /第\s*[A-Z]?\d{1,3}\s*版/;

export function editionMasthead(lines: string[]): string | null {
  const top = lines.slice(0, TOP_LINES);
  for (let i = 0; i < top.length; i++) {
    const m = MASTHEAD.exec(top[i]!);
    if (m && lines.slice(i, i + REACH + 1).some((l) => EDITION_LINE.test(l))) return m[1]!;
  }
  return null;
}
