/**
 * Safe relative paths for uploaded files and zip entries. Anything that could leave the seeds
 * folder is refused, not repaired: `..` segments, absolute paths, drive letters, UNC paths and
 * control characters. Characters that are awkward in file names are replaced; Chinese and
 * other letters are kept.
 */

import { problemText, type ProblemDetail, type UploadProblemCode } from "./problems";

/** A refusal carries its machine code and the Chinese reason (problems.ts). */
export type NameVerdict = { ok: true; path: string } | { ok: false; code: UploadProblemCode; reason: string };

const refuse = (code: UploadProblemCode, detail: ProblemDetail = {}): NameVerdict => ({ ok: false, code, reason: problemText(code, detail) });

const MAX_SEGMENT = 200;
const MAX_DEPTH = 8;

export function sanitizeRelativePath(raw: string): NameVerdict {
  if (raw.length === 0) return refuse("empty_name");
  if (raw.length > 1000) return refuse("name_too_long");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) return refuse("control_characters");
  const unified = raw.replace(/\\/g, "/");
  if (unified.startsWith("/")) return refuse("absolute_path");
  if (/^[A-Za-z]:/.test(unified)) return refuse("drive_letter");
  const segments = unified.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.some((s) => s === "..")) return refuse("parent_segment");
  if (segments.length === 0) return refuse("empty_name");
  if (segments.length > MAX_DEPTH) return refuse("too_deep", { depth: MAX_DEPTH });
  const cleaned: string[] = [];
  for (const seg of segments) {
    const s = seg.normalize("NFC").replace(/[<>:"|?*]/g, "_").trim();
    if (s === "" || s.startsWith(".")) return refuse("hidden_segment", { segment: seg });
    if (s.length > MAX_SEGMENT) return refuse("name_too_long");
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
