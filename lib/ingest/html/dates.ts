/**
 * Normalises the date strings pages put in meta tags, <time> and JSON-LD to ISO 8601 in
 * Asia/Shanghai (+08:00): zoned timestamps are converted, unzoned ones are taken as Shanghai
 * time, Unix timestamps are accepted. Plain-text dates are read by the shared date finder.
 */
import { findDates } from "../metadata/dates";

const ZONED = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
const SHANGHAI_MS = 8 * 3600 * 1000;

function inShanghai(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms + SHANGHAI_MS);
  const year = d.getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return `${d.toISOString().slice(0, 19)}+08:00`;
}

export function normaliseDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{10}$/.test(v)) return inShanghai(Number(v) * 1000);
  if (/^\d{13}$/.test(v)) return inShanghai(Number(v));
  const zoned = v.match(ZONED);
  if (zoned) {
    const zone = zoned[3]!.toUpperCase() === "Z" ? "Z" : zoned[3]!.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
    return inShanghai(Date.parse(`${zoned[1]}T${zoned[2]}${zoned[2]!.length === 5 ? ":00" : ""}${zone}`));
  }
  const found = findDates(v)[0];
  if (!found) return null;
  const year = Number(found.iso.slice(0, 4));
  return year >= 1990 && year <= 2100 ? found.iso : null;
}
