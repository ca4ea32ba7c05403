/**
 * Typed refusals of the ingest front end. The importer reports a file that throws one of these
 * with its message and skips it; everything else is a bug.
 */

export type IngestInputErrorCode = "empty" | "binary" | "undecodable";

export class IngestInputError extends Error {
  constructor(
    readonly code: IngestInputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "IngestInputError";
  }
}

/** No candidate encoding turns the bytes into readable text (too many replacement characters). */
export class DecodeError extends IngestInputError {
  constructor(
    message: string,
    /** The least bad candidate and its share of bad characters, for the report. */
    readonly best: { encoding: string; badShare: number } | null,
  ) {
    super("undecodable", message);
    this.name = "DecodeError";
  }
}
