/**
 * Safe relative paths for uploaded files and zip entries. Anything that could leave the seeds
 * folder is refused, not repaired: `..` segments, absolute paths, drive letters, UNC paths and
 * control characters. Characters that are awkward in file names are replaced; Chinese and
 * other letters are kept.
 */

export type NameVerdict = { ok: true; path: string } | { ok: false; reason: string };

const MAX_SEGMENT = 200;
const MAX_DEPTH = 8;

export function sanitizeRelativePath(raw: string): NameVerdict {
  if (raw.length === 0) return { ok: false, reason: "empty file name" };
  if (raw.length > 1000) return { ok: false, reason: "file name too long" };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { ok: false, reason: "file name contains control characters" };
  const unified = raw.replace(/\\/g, "/");
  if (unified.startsWith("/")) return { ok: false, reason: "absolute paths are not allowed" };
  if (/^[A-Za-z]:/.test(unified)) return { ok: false, reason: "drive-letter paths are not allowed" };
  const segments = unified.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.some((s) => s === "..")) return { ok: false, reason: "paths with .. are not allowed" };
  if (segments.length === 0) return { ok: false, reason: "empty file name" };
  if (segments.length > MAX_DEPTH) return { ok: false, reason: `folders nested deeper than ${MAX_DEPTH} levels` };
  const cleaned: string[] = [];
  for (const seg of segments) {
    const s = seg.normalize("NFC").replace(/[<>:"|?*]/g, "_").trim();
    if (s === "" || s.startsWith(".")) return { ok: false, reason: `hidden or empty path segment "${seg}"` };
    if (s.length > MAX_SEGMENT) return { ok: false, reason: "file name too long" };
    cleaned.push(s);
  }
  return { ok: true, path: cleaned.join("/") };
}

export type FileKind = "page" | "zip";

/** What an uploaded name is, by extension: a page the importer reads, a zip of pages, or neither. */
export function fileKind(name: string): FileKind | null {
  if (/\.(txt|html?)$/i.test(name)) return "page";
  if (/\.zip$/i.test(name)) return "zip";
  return null;
}
