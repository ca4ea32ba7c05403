/**
 * Turns an upload (files as the browser sent them) into the pages to write below the seeds
 * folder, or the reasons it is refused. Zips are opened here. All or nothing: one bad name,
 * type or size refuses the whole upload, so an admin never wonders which half was saved.
 */
import { fileKind, sanitizeRelativePath } from "./names";
import { uploadProblem, type UploadProblem } from "./problems";
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

export type UploadVerdict = { ok: true; pages: AcceptedPage[] } | { ok: false; problems: UploadProblem[] };

const MiB = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

function stripZipSuffix(name: string): string {
  return name.replace(/\.zip$/i, "");
}

export function validateUpload(files: UploadedFile[], limits: UploadLimits): UploadVerdict {
  const problems: UploadProblem[] = [];
  const pages: AcceptedPage[] = [];
  let total = 0;

  const addPage = (path: string, bytes: Buffer, from: string) => {
    if (bytes.length === 0) problems.push(uploadProblem("empty_file", from));
    else if (bytes.length > limits.maxFileBytes) problems.push(uploadProblem("file_too_large", from, { size: MiB(bytes.length), limit: MiB(limits.maxFileBytes) }));
    total += bytes.length;
    pages.push({ path, bytes, from });
  };

  if (files.length === 0) problems.push(uploadProblem("no_files", null));
  for (const file of files) {
    const safe = sanitizeRelativePath(file.name);
    if (!safe.ok) {
      problems.push({ code: safe.code, file: file.name, message: `${file.name}：${safe.reason}` });
      continue;
    }
    const kind = fileKind(safe.path);
    if (kind === null) {
      problems.push(uploadProblem("unsupported_type", file.name));
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
      if (!(err instanceof ZipError)) throw err;
      problems.push(uploadProblem(err.code, file.name, err.data));
      continue;
    }
    for (const entry of entries) {
      const label = `${file.name}：${entry.name}`;
      const entryPath = sanitizeRelativePath(entry.name);
      if (!entryPath.ok) {
        problems.push({ code: entryPath.code, file: label, message: `${label}：${entryPath.reason}` });
        continue;
      }
      if (entry.isDirectory) continue;
      if (entry.isSymlink) {
        problems.push(uploadProblem("symlink", label));
        continue;
      }
      const entryKind = fileKind(entryPath.path);
      if (entryKind !== "page") {
        problems.push(uploadProblem("unsupported_type_in_zip", label));
        continue;
      }
      if (total + entry.size > limits.maxTotalBytes) {
        problems.push(uploadProblem("unpacked_too_large", label, { limit: MiB(limits.maxTotalBytes) }));
        break;
      }
      try {
        addPage(`${folder}/${entryPath.path}`, readZipEntry(file.bytes, entry, limits.maxFileBytes), label);
      } catch (err) {
        if (!(err instanceof ZipError)) throw err;
        problems.push(uploadProblem(err.code, label, err.data));
      }
      if (pages.length > limits.maxFiles) break;
    }
  }

  if (pages.length > limits.maxFiles) problems.push(uploadProblem("too_many_files", null, { limit: limits.maxFiles }));
  if (total > limits.maxTotalBytes) problems.push(uploadProblem("upload_too_large", null, { size: MiB(total), limit: MiB(limits.maxTotalBytes) }));
  const seen = new Map<string, string>();
  for (const p of pages) {
    const key = p.path.toLowerCase();
    const first = seen.get(key);
    if (first) problems.push(uploadProblem("duplicate_name", p.from, { other: first }));
    else seen.set(key, p.from);
  }
  return problems.length ? { ok: false, problems } : { ok: true, pages };
}
