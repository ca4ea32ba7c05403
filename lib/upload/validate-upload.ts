/**
 * Turns an upload (files as the browser sent them) into the pages to write below the seeds
 * folder, or the reasons it is refused. Zips are opened here. All or nothing: one bad name,
 * type or size refuses the whole upload, so an admin never wonders which half was saved.
 */
import { fileKind, sanitizeRelativePath } from "./names";
import { listZipEntries, readZipEntry, ZipError } from "./zip-reader";

export interface UploadLimits {
  /** Largest single page (after unzipping). */
  maxFileBytes: number;
  /** Most pages in one upload (zip entries included). */
  maxFiles: number;
  /** Largest total of all pages after unzipping. */
  maxTotalBytes: number;
}

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

export interface AcceptedPage {
  /** Safe path relative to the upload folder. */
  path: string;
  bytes: Buffer;
  /** Where it came from, for messages ("news.zip: a/b.html"). */
  from: string;
}

export type UploadVerdict = { ok: true; pages: AcceptedPage[] } | { ok: false; problems: string[] };

const MiB = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

function stripZipSuffix(name: string): string {
  return name.replace(/\.zip$/i, "");
}

export function validateUpload(files: UploadedFile[], limits: UploadLimits): UploadVerdict {
  const problems: string[] = [];
  const pages: AcceptedPage[] = [];
  let total = 0;

  const addPage = (path: string, bytes: Buffer, from: string) => {
    if (bytes.length === 0) problems.push(`${from}: empty file`);
    else if (bytes.length > limits.maxFileBytes) problems.push(`${from}: too large (${MiB(bytes.length)}; the limit is ${MiB(limits.maxFileBytes)})`);
    total += bytes.length;
    pages.push({ path, bytes, from });
  };

  if (files.length === 0) problems.push("no files in the upload");
  for (const file of files) {
    const safe = sanitizeRelativePath(file.name);
    if (!safe.ok) {
      problems.push(`${file.name}: ${safe.reason}`);
      continue;
    }
    const kind = fileKind(safe.path);
    if (kind === null) {
      problems.push(`${file.name}: unsupported file type (allowed: .txt, .html, .htm, or a .zip of them)`);
      continue;
    }
    if (kind === "page") {
      addPage(safe.path, file.bytes, file.name);
      continue;
    }
    // A zip's pages go into a folder named after it, so two zips cannot collide.
    const folder = stripZipSuffix(safe.path);
    let entries;
    try {
      entries = listZipEntries(file.bytes);
    } catch (err) {
      problems.push(`${file.name}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    for (const entry of entries) {
      const label = `${file.name}: ${entry.name}`;
      const entryPath = sanitizeRelativePath(entry.name);
      if (!entryPath.ok) {
        problems.push(`${label}: ${entryPath.reason}`);
        continue;
      }
      if (entry.isDirectory) continue;
      if (entry.isSymlink) {
        problems.push(`${label}: symbolic links are not allowed`);
        continue;
      }
      const entryKind = fileKind(entryPath.path);
      if (entryKind !== "page") {
        problems.push(`${label}: unsupported file type inside the zip (allowed: .txt, .html, .htm)`);
        continue;
      }
      if (total + entry.size > limits.maxTotalBytes) {
        problems.push(`${label}: the upload unpacks to more than ${MiB(limits.maxTotalBytes)}`);
        break;
      }
      try {
        addPage(`${folder}/${entryPath.path}`, readZipEntry(file.bytes, entry, limits.maxFileBytes), label);
      } catch (err) {
        if (!(err instanceof ZipError)) throw err;
        problems.push(`${label}: ${err.message}`);
      }
      if (pages.length > limits.maxFiles) break;
    }
  }

  if (pages.length > limits.maxFiles) problems.push(`too many files (more than ${limits.maxFiles} in one upload)`);
  if (total > limits.maxTotalBytes) problems.push(`the upload is too large (${MiB(total)}; the limit is ${MiB(limits.maxTotalBytes)})`);
  const seen = new Map<string, string>();
  for (const p of pages) {
    const key = p.path.toLowerCase();
    const first = seen.get(key);
    if (first) problems.push(`${p.from}: same name as ${first}`);
    else seen.set(key, p.from);
  }
  return problems.length ? { ok: false, problems } : { ok: true, pages };
}
