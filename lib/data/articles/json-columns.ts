/**
 * Parsers for the JSON-string columns of Article, Company, Person and mentions. SQLite has no
 * array type, so these columns hold JSON text; parsing is forgiving (a damaged column reads as
 * empty rather than breaking a page) because a reader should still see the article.
 */
import { z } from "zod";

const StringList = z.array(z.string());

export function parseStringList(json: string | null | undefined): string[] {
  if (!json) return [];
  try {
    const parsed = StringList.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const RemovedBlockSchema = z.object({
  index: z.number(),
  text: z.string(),
  kind: z.string(),
  reason: z.string(),
});

const RepairSchema = z.object({
  kind: z.string(),
  block: z.number(),
  offset: z.number(),
  from: z.string(),
  to: z.string(),
  applied: z.boolean(),
});

export const CleaningSchema = z.object({
  removed: z.array(RemovedBlockSchema).default([]),
  repairs: z.array(RepairSchema).default([]),
  notes: z.array(z.string()).default([]),
  dateEvidence: z.string().nullable().default(null),
  encodingReason: z.string().default(""),
});

export type Cleaning = z.infer<typeof CleaningSchema>;
export type RemovedBlock = z.infer<typeof RemovedBlockSchema>;
export type Repair = z.infer<typeof RepairSchema>;

const EMPTY_CLEANING: Cleaning = { removed: [], repairs: [], notes: [], dateEvidence: null, encodingReason: "" };

export function parseCleaning(json: string | null | undefined): Cleaning {
  if (!json) return EMPTY_CLEANING;
  try {
    const parsed = CleaningSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : EMPTY_CLEANING;
  } catch {
    return EMPTY_CLEANING;
  }
}
