/**
 * Turns the server's absolute dates into relative ones in the browser, after React has
 * hydrated: time[data-rel] ("3 小时前", inferred ones keep "约 …（推断）") and the day headings
 * time[data-day] ("今天", "昨天", "12月2日"). The server's text is kept in data-abs, so a time
 * that ages past a day goes back to it. Writes only what changed, so a MutationObserver that
 * calls this again settles at once.
 */
import { dayHeading, relativeLabel } from "@/lib/text/relative-time";

function setText(el: Element, text: string) {
  if (el.textContent !== text) el.textContent = text;
}

export function applyRelativeTimes(root: ParentNode, now: number): void {
  for (const el of root.querySelectorAll<HTMLTimeElement>("time[data-rel]")) {
    const abs = el.dataset.abs ?? el.textContent ?? "";
    if (el.dataset.abs === undefined) el.dataset.abs = abs;
    const rel = relativeLabel(el.dateTime, now);
    if (rel === null) setText(el, abs);
    else setText(el, el.dataset.rel === "inferred" ? `约 ${rel}（推断）` : rel);
  }
  for (const el of root.querySelectorAll<HTMLTimeElement>("time[data-day]")) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(el.dateTime)) setText(el, dayHeading(el.dateTime, now));
  }
}
