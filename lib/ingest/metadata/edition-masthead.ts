/**
 * A newspaper's digital edition (数字报) prints its masthead over the issue's line: the paper's
 * name first on the page, then the day and the page (第A03版：要闻). Nothing else on such a page may
 * name the paper, so the masthead is the site's own name for the own-site source
 * (own-site-source.ts). Only a name that reads as a paper's (…报, …刊) opening one of the first
 * lines, with an edition line within the next few, counts.
 */
import { findDates } from "./dates";

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
  return issueMasthead(lines);
}

/**
 * "AI前哨周刊　第128期" alone on the first line: a newsletter's or a magazine's name with the issue's
 * number is the publication's masthead over the issue's headline (a name without digits; a year
 * before the number, 2024年第2期, is a citation's).
 */
export const ISSUE_LINE = /^\s*([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z·]{1,15}?)\s*(?:第\s*[\d一二三四五六七八九十百零]{1,5}\s*期|Vol\.?\s*\d{1,4}|No\.\s*\d{1,4})\s*$/iu;
const ISSUE_TOP = 2;

function issueMasthead(lines: string[]): string | null {
  for (const line of lines.slice(0, ISSUE_TOP)) {
    const m = ISSUE_LINE.exec(line.split("\n")[0]!);
    if (m) return m[1]!;
  }
  return null;
}

// "第03版：要闻" as a line of its own: the page marker of an edition (a page list's entry or the bar
// over the page's picture), short, the page's name at most after it.
const PAGE_MARKER = /^\s*第\s*[A-Z]?\d{1,3}\s*版\s*[:：]?\s*\S{0,8}\s*$/u;
// "2026年12月05日 星期六": a day alone, its weekday perhaps after it.
const DAY_ALONE = /^\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:星期[一二三四五六日天]|周[一二三四五六日天])?\s*$/u;
const DAY_REACH = 3;

/**
 * The issue's day an e-paper prints in the bar over its page list, a few lines from a page marker
 * (第03版：要闻): the article's day, since an edition page carries no other. A portal's top bar
 * also shows a day alone (today's), but never beside a page of an edition.
 */
export function editionDay(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const m = DAY_ALONE.exec(lines[i]!);
    if (!m) continue;
    const near = lines.slice(Math.max(0, i - DAY_REACH), i + DAY_REACH + 1);
    if (near.some((l) => PAGE_MARKER.test(l))) return findDates(m[1]!)[0]?.iso ?? null;
  }
  return null;
}
