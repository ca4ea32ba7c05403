/**
 * Writes validated upload pages below `<seeds>/uploads/` and returns their paths relative to the
 * seeds folder (what the importer's `only` option takes). Names were sanitised already; this
 * checks again that every resolved path (symlinks included) stays inside the seeds folder.
 * - Never replaces an earlier upload: a page whose name is taken by a different file is saved
 *   under the next free name (`a (2).txt`) and reported as renamed; the same bytes under the same
 *   name are left as they are (issue 16, item 6: a same-named upload silently rewrote an article).
 * - All or nothing: every page is written to a hidden temporary file first, and only when all are
 *   written are they renamed into place. A failed write (a full disk) removes every temporary
 *   file and saves nothing (item 8: a full disk left two of three files and a `.upload-*` file).
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { AcceptedPage } from "../../upload/validate-upload";

export const UPLOAD_SUBFOLDER = "uploads";

export interface SavedUploads {
  /** Paths relative to the seeds folder, in upload order (renamed ones under their new name). */
  saved: string[];
  /** Pages saved under another name because theirs was taken by a different file. */
  renamed: { requested: string; savedAs: string }[];
}

/** Saving failed and nothing was kept; `diskFull` when the file system ran out of space. */
export class UploadWriteError extends Error {
  constructor(
    message: string,
    readonly diskFull: boolean,
  ) {
    super(message);
    this.name = "UploadWriteError";
  }
}

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/** `a.txt` → `a (2).txt`, `a (3).txt`, … */
function numbered(rel: string, n: number): string {
  const ext = path.posix.extname(rel);
  return `${rel.slice(0, rel.length - ext.length)} (${n})${ext}`;
}

async function sameBytes(file: string, bytes: Buffer): Promise<boolean> {
  const st = await fs.stat(file).catch(() => null);
  if (!st || st.size !== bytes.length) return false;
  return (await fs.readFile(file)).equals(bytes);
}

interface Planned {
  rel: string;
  target: string;
  bytes: Buffer;
  /** Already on disk with these bytes: nothing to write. */
  present: boolean;
}

/** Where each page goes: its own name when free or holding the same bytes, else the next free numbered name. */
async function plan(root: string, pages: AcceptedPage[]): Promise<{ planned: Planned[]; renamed: SavedUploads["renamed"] }> {
  const taken = new Set<string>();
  const planned: Planned[] = [];
  const renamed: SavedUploads["renamed"] = [];
  for (const page of pages) {
    const requested = path.posix.join(UPLOAD_SUBFOLDER, page.path);
    for (let n = 1; ; n++) {
      const rel = n === 1 ? requested : numbered(requested, n);
      const target = path.resolve(root, rel);
      if (!inside(root, target)) throw new Error(`refusing to write outside the seeds folder: ${page.path}`);
      if (taken.has(target)) continue;
      const existing = await fs.lstat(target).catch(() => null);
      if (existing && !existing.isFile()) continue;
      const present = existing !== null && (await sameBytes(target, page.bytes));
      if (existing && !present) continue;
      taken.add(target);
      planned.push({ rel, target, bytes: page.bytes, present });
      if (rel !== requested) renamed.push({ requested, savedAs: rel });
      break;
    }
  }
  return { planned, renamed };
}

export async function saveUploads(seedsDir: string, pages: AcceptedPage[]): Promise<SavedUploads> {
  await fs.mkdir(seedsDir, { recursive: true });
  const root = await fs.realpath(seedsDir);
  const { planned, renamed } = await plan(root, pages);
  const temps: { tmp: string; final: string }[] = [];
  const placed: string[] = [];
  try {
    for (const p of planned) {
      if (p.present) continue;
      await fs.mkdir(path.dirname(p.target), { recursive: true });
      const realParent = await fs.realpath(path.dirname(p.target));
      if (realParent !== root && !inside(root, realParent)) throw new Error(`refusing to write through a link that leaves the seeds folder: ${p.rel}`);
      const tmp = path.join(realParent, `.upload-${crypto.randomBytes(6).toString("hex")}`);
      temps.push({ tmp, final: path.join(realParent, path.basename(p.target)) });
      await fs.writeFile(tmp, p.bytes, { flag: "wx" });
    }
    // Every page is on disk: move them into place (a rename needs no space). Never over a file: the plan chose free names.
    for (const { tmp, final } of temps) {
      await fs.link(tmp, final);
      placed.push(final);
      await fs.unlink(tmp);
    }
  } catch (err) {
    await Promise.all([...temps.map((t) => fs.rm(t.tmp, { force: true })), ...placed.map((f) => fs.rm(f, { force: true }))]);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOSPC" || code === "EDQUOT") throw new UploadWriteError("disk full: nothing was saved", true);
    if (code) throw new UploadWriteError(`the files could not be written (${code}): nothing was saved`, false);
    throw err;
  }
  return { saved: planned.map((p) => p.rel), renamed };
}
