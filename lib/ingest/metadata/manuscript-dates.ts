/**
 * A journal paper's header dates its manuscript's history: 收稿日期 (received), 修回日期 (revised),
 * 录用日期 (accepted). They come before the publication date (网络出版日期, 出版日期) on the same line
 * or an earlier one, and are labelled as surely, so without this the received day dated the paper
 * months early. An English journal page labels the same history Received: / Revised: / Accepted:
 * before Published: (12 March 2025, March 12, 2025 or 2025-03-12). Such a date is blanked from the line before any date is read from it; a line left
 * with no other date gives none (null rather than a wrong day).
 */
const DATE = String.raw`(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?`;
const MANUSCRIPT_DATE = new RegExp(String.raw`(?:收稿|投稿|来稿|修回|修改稿收到|录用|接收|受理)(?:日期|时间)?\s*[:：]?\s*${DATE}`, "gu");

const EN_MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
const EN_DATE = String.raw`(?:\d{1,2}\s+${EN_MONTH},?\s+(?:19|20)\d{2}|${EN_MONTH}\s+\d{1,2},?\s+(?:19|20)\d{2}|${DATE})`;
const EN_MANUSCRIPT_DATE = new RegExp(String.raw`(?<![A-Za-z])(?:received|revised|accepted|submitted)(?:\s+in\s+revised\s+form)?(?:\s+on)?\s*[:：]?\s*${EN_DATE}`, "giu");

export function withoutManuscriptDates(line: string): string {
  const blanked = line.replace(MANUSCRIPT_DATE, "");
  return /received|revised|accepted|submitted/i.test(blanked) ? blanked.replace(EN_MANUSCRIPT_DATE, "") : blanked;
}
