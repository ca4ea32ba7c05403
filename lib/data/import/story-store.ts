/**
 * The import's side of stories (lib/ingest/story-signature.ts): every stored signature loaded into
 * a StoryIndex at the start of a run, each saved article's story written in its transaction, and
 * articles imported before stories existed given one from their stored body (once, oldest first,
 * so the first of a story names it as it would have on import).
 */
import { signatureBytes, signatureFromBytes, storySignature, StoryIndex } from "../../ingest/story-signature";
import type { Queries, Writer } from "../writer";

const BACKFILL_BATCH = 500;

const ALL = `SELECT "articleId", "storyId", "signature" FROM "ArticleStory" ORDER BY "articleId"`;
const UNASSIGNED = `SELECT a."id", a."body" FROM "Article" a WHERE a."id" > ? AND NOT EXISTS (SELECT 1 FROM "ArticleStory" s WHERE s."articleId" = a."id") ORDER BY a."id" LIMIT ?`;
const SAVE = `INSERT INTO "ArticleStory" ("articleId", "storyId", "signature", "bodyChars")`;
const SAVE_TAIL = `ON CONFLICT ("articleId") DO UPDATE SET "storyId" = excluded."storyId", "signature" = excluded."signature", "bodyChars" = excluded."bodyChars"`;

export async function storyStore(w: Writer) {
  const rows = await w.all<{ articleId: number; storyId: number; signature: Buffer | null }>(ALL);
  const index = StoryIndex.load(
    rows.flatMap((r) => {
      const sig = r.signature ? signatureFromBytes(r.signature) : null;
      return sig ? [{ articleId: r.articleId, sig, story: r.storyId }] : [];
    }),
  );

  /**
   * The article's story, written beside it (in `tx`, the article's transaction): a SimHash
   * near-duplicate (`duplicateOfId`) joins its original's story; otherwise the most similar
   * earlier article's, or a story of its own.
   */
  async function save(tx: Queries, articleId: number, body: string, duplicateOfId: number | null): Promise<number> {
    const sig = storySignature(body);
    const viaDuplicate = duplicateOfId === null ? undefined : (index.storyOf(duplicateOfId) ?? duplicateOfId);
    const storyId = viaDuplicate ?? index.assign(articleId, sig);
    if (viaDuplicate !== undefined && sig) index.set(articleId, sig, storyId);
    await tx.append(SAVE, [articleId, storyId, sig ? signatureBytes(sig) : null, body.length], SAVE_TAIL);
    return storyId;
  }

  /** Stories for articles stored before this table existed; returns how many were assigned. */
  async function backfill(): Promise<number> {
    let after = 0;
    let n = 0;
    for (;;) {
      const batch = await w.all<{ id: number; body: string }>(UNASSIGNED, [after, BACKFILL_BATCH]);
      if (batch.length === 0) return n;
      await w.transaction(async (tx) => {
        for (const r of batch) await save(tx, r.id, r.body, null);
      });
      after = batch[batch.length - 1]!.id;
      n += batch.length;
    }
  }

  return { save, backfill };
}
