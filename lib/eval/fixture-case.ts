/**
 * The fixture-page format (issue 14), checked by zod: one folder per case under
 * tests/fixtures/pages/<case>/ with source.html or source.txt, expected.json and optionally
 * body.txt (the clean body by hand, one paragraph a line) and score.json (the scores recorded by
 * `npm run eval -- --record-fixtures`, which the regression test holds the case to). Kept apart
 * from the scoring so that a test can load cases without running the pipeline.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const MetadataField = z.enum(["title", "publishedAt", "source", "authors"]);
export type MetadataField = z.infer<typeof MetadataField>;

const Paragraph = z.string().refine((s) => s.replace(/\s/g, "").length >= 10, "at least 10 characters");

export const ExpectedSchema = z
  .object({
    // null: an excerpt that starts at its lead carries no headline, and none must be made up
    title: z.string().min(1).nullable(),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    source: z.string().min(1).nullable(),
    authors: z.array(z.string().min(1)),
    firstParagraph: Paragraph,
    lastParagraph: Paragraph,
    mustNotContain: z.array(z.string().min(1)).min(1),
    knownMissing: z.array(MetadataField).default([]),
    url: z.string().optional(),
    notes: z.string().optional(),
  })
  .strict();
export type Expected = z.infer<typeof ExpectedSchema>;

/** What a case scored when it was last recorded; the regression test fails below these. */
export const RecordedSchema = z
  .object({
    bodyF1: z.number().min(0).max(1).nullable(),
    firstParagraph: z.boolean(),
    lastParagraph: z.boolean(),
    mustNotContain: z.boolean(),
  })
  .strict();
export type Recorded = z.infer<typeof RecordedSchema>;

export interface FixtureCase {
  name: string;
  dir: string;
  /** source.html or source.txt. */
  sourceFile: string;
  expected: Expected;
  /** Gold body from body.txt, when the case has one. */
  body: string | null;
  recorded: Recorded | null;
}

export const FIXTURE_ROOT = path.resolve(import.meta.dirname, "../../tests/fixtures/pages");
export const SCORE_FILE = "score.json";

function sourceOf(dir: string): string {
  for (const f of ["source.html", "source.txt"]) if (fs.existsSync(path.join(dir, f))) return path.join(dir, f);
  throw new Error(`${dir}: neither source.html nor source.txt`);
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, "utf8"));

/** Every folder holding an expected.json is a case; a malformed one throws with its name. */
export function loadFixtureCases(root = FIXTURE_ROOT): FixtureCase[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, "expected.json")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(root, name);
      const parsed = ExpectedSchema.safeParse(readJson(path.join(dir, "expected.json")));
      if (!parsed.success) throw new Error(`${name}/expected.json: ${parsed.error.message}`);
      const bodyFile = path.join(dir, "body.txt");
      const scoreFile = path.join(dir, SCORE_FILE);
      return {
        name,
        dir,
        sourceFile: sourceOf(dir),
        expected: parsed.data,
        body: fs.existsSync(bodyFile) ? fs.readFileSync(bodyFile, "utf8") : null,
        recorded: fs.existsSync(scoreFile) ? RecordedSchema.parse(readJson(scoreFile)) : null,
      };
    });
}
