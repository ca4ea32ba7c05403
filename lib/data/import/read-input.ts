/**
 * Reads one scraped file for import with clear reasons for refusing it: missing or unreadable,
 * empty, too large. Decoding problems (binary, undecodable) are reported by the pipeline.
 */
import fs from "node:fs/promises";
import crypto from "node:crypto";

export class InputFileError extends Error {
  constructor(
    readonly code: "unreadable" | "empty" | "too-large",
    message: string,
  ) {
    super(message);
    this.name = "InputFileError";
  }
}

export async function readInput(file: string, maxBytes: number): Promise<Buffer> {
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch (err) {
    throw new InputFileError("unreadable", `cannot read file: ${(err as Error).message}`);
  }
  if (size === 0) throw new InputFileError("empty", "file is empty");
  if (size > maxBytes) {
    throw new InputFileError("too-large", `file is too large (${(size / 1048576).toFixed(1)} MiB; the limit is ${(maxBytes / 1048576).toFixed(1)} MiB)`);
  }
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw new InputFileError("unreadable", `cannot read file: ${(err as Error).message}`);
  }
}

/** Identity of a file's content under the current cleaning rules. */
export function contentHash(bytes: Uint8Array, rulesVersion: string): string {
  return crypto.createHash("sha256").update(rulesVersion).update("\0").update(bytes).digest("hex");
}
