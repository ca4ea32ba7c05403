/** Limits on one admin upload. The per-file limit is the importer's, so nothing saved is refused later for size. */
import type { Env } from "../env";
import type { UploadLimits } from "./validate-upload";

/** Largest request body accepted at all (the form, zips still packed). */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

export function uploadLimits(env: Pick<Env, "IMPORT_MAX_FILE_BYTES">): UploadLimits {
  return { maxFileBytes: env.IMPORT_MAX_FILE_BYTES, maxFiles: 500, maxTotalBytes: 128 * 1024 * 1024 };
}
