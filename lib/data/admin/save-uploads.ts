/**
 * Writes validated upload pages below `<seeds>/uploads/` and returns their paths relative to the
 * seeds folder (what the importer's `only` option takes). Names were sanitised already; this
 * checks again that every resolved path (symlinks included) stays inside the seeds folder, and
 * writes through a hidden temporary file plus rename so an import never reads half a file.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { AcceptedPage } from "../../upload/validate-upload";

export const UPLOAD_SUBFOLDER = "uploads";

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

export async function saveUploads(seedsDir: string, pages: AcceptedPage[]): Promise<string[]> {
  await fs.mkdir(seedsDir, { recursive: true });
  const root = await fs.realpath(seedsDir);
  const saved: string[] = [];
  for (const page of pages) {
    const rel = path.posix.join(UPLOAD_SUBFOLDER, page.path);
    const target = path.resolve(root, rel);
    if (!inside(root, target)) throw new Error(`refusing to write outside the seeds folder: ${page.path}`);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const realParent = await fs.realpath(path.dirname(target));
    if (realParent !== root && !inside(root, realParent)) throw new Error(`refusing to write through a link that leaves the seeds folder: ${page.path}`);
    const existing = await fs.lstat(target).catch(() => null);
    if (existing && !existing.isFile()) throw new Error(`refusing to replace something that is not a plain file: ${page.path}`);
    const tmp = path.join(realParent, `.upload-${crypto.randomBytes(6).toString("hex")}`);
    await fs.writeFile(tmp, page.bytes, { flag: "wx" });
    await fs.rename(tmp, path.join(realParent, path.basename(target)));
    saved.push(rel);
  }
  return saved;
}
