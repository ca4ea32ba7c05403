/**
 * What the reader's browser remembers without an account (issue 19): the articles read, the
 * articles saved (with their titles, so the saved list needs no server), "everything up to
 * this moment is read", and the last visit, from which "new since your last visit" counts.
 * Kept in localStorage as JSON, read back through zod: a damaged or hostile value (another
 * script, an old format, a hand edit) becomes the empty state, never an exception. Pure.
 */
import { z } from "zod";

/** Bounds, so years of reading cannot fill the browser's quota (the oldest go first). */
export const MAX_READ = 5000;
export const MAX_SAVED = 1000;
const TITLE_MAX = 300;

const Id = z.number().int().positive().max(2_147_483_647);
const Instant = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)));

const SavedSchema = z.object({ id: Id, title: z.string().max(TITLE_MAX), savedAt: Instant });
export type SavedArticle = z.output<typeof SavedSchema>;

export const ReaderStateSchema = z.object({
  v: z.literal(1),
  read: z.array(Id).max(MAX_READ * 2),
  saved: z.array(SavedSchema).max(MAX_SAVED * 2),
  /** "Mark all read": every article imported up to this instant counts as read. */
  allReadAt: Instant.nullable(),
  /** When the reader last opened the app (the start of their last visit). */
  lastVisit: Instant.nullable(),
});
export type ReaderState = z.output<typeof ReaderStateSchema>;

export const EMPTY_STATE: ReaderState = { v: 1, read: [], saved: [], allReadAt: null, lastVisit: null };

export function parseReaderState(raw: string | null): ReaderState {
  if (!raw) return EMPTY_STATE;
  try {
    const parsed = ReaderStateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { ...parsed.data, read: parsed.data.read.slice(-MAX_READ), saved: parsed.data.saved.slice(-MAX_SAVED) } : EMPTY_STATE;
  } catch {
    return EMPTY_STATE;
  }
}

export function isRead(s: ReaderState, id: number, addedAt: string | null): boolean {
  if (s.read.includes(id)) return true;
  return s.allReadAt !== null && addedAt !== null && Date.parse(addedAt) <= Date.parse(s.allReadAt);
}

/** New: imported after the visit before this one began, and not read since. */
export function isNew(s: ReaderState, baseline: string | null, id: number, addedAt: string | null): boolean {
  if (baseline === null || addedAt === null || isRead(s, id, addedAt)) return false;
  return Date.parse(addedAt) > Date.parse(baseline);
}

export function markRead(s: ReaderState, id: number): ReaderState {
  if (s.read.includes(id)) return s;
  return { ...s, read: [...s.read, id].slice(-MAX_READ) };
}

export function markAllRead(s: ReaderState, now: Date): ReaderState {
  return { ...s, read: [], allReadAt: now.toISOString() };
}

export function isSaved(s: ReaderState, id: number): boolean {
  return s.saved.some((a) => a.id === id);
}

export function toggleSaved(s: ReaderState, article: { id: number; title: string }, now: Date): ReaderState {
  if (isSaved(s, article.id)) return { ...s, saved: s.saved.filter((a) => a.id !== article.id) };
  const entry = { id: article.id, title: article.title.slice(0, TITLE_MAX), savedAt: now.toISOString() };
  return { ...s, saved: [...s.saved, entry].slice(-MAX_SAVED) };
}

/**
 * The start of a visit: the previous visit's start becomes the baseline that "new" counts
 * from for this whole visit, and this visit's start is remembered for the next one.
 */
export function beginVisit(s: ReaderState, now: Date): { state: ReaderState; baseline: string | null } {
  return { state: { ...s, lastVisit: now.toISOString() }, baseline: s.lastVisit };
}
