/**
 * The import's side of stories (lib/ingest/story-signature.ts): every stored signature loaded into
 * a StoryIndex at the start of a run, each saved article's story written in its transaction, and
 * articles imported before stories existed given one from their stored body (once, oldest first,
 * so the first of a story names it as it would have on import).
 */
import { signatureBytes, signatureFromBytes, storySignature, StoryIndex } from "../../ingest/story-signature";
import type { Sqlite } from "../sqlite";

const BACKFILL_BATCH = 500;

export function storyStore(conn: Sqlite) {
  const st = {
    all: conn.prepare<[], { articleId: number; storyId: number; signature: Buffer | null }>(
      `SELECT "articleId", "storyId", "signature" FROM "ArticleStory" ORDER BY "articleId"`,
    ),
    unassigned: conn.prepare<[number, number], { id: number; body: string }>(
      `SELECT a."id", a."body" FROM "Article" a WHERE a."id" > ? AND NOT EXISTS (SELECT 1 FROM "ArticleStory" s WHERE s."articleId" = a."id") ORDER BY a."id" LIMIT ?`,
    ),
    save: conn.prepare<{ articleId: number; storyId: number; signature: Buffer | null; bodyChars: number }>(
      `INSERT INTO "ArticleStory" ("articleId", "storyId", "signature", "bodyChars") VALUES (@articleId, @storyId, @signature, @bodyChars)
       ON CONFLICT ("articleId") DO UPDATE SET "storyId" = excluded."storyId", "signature" = excluded."signature", "bodyChars" = excluded."bodyChars"`,
    ),
  };
  const index = StoryIndex.load(
    st.all.all().flatMap((r) => {
      const sig = r.signature ? signatureFromBytes(r.signature) : null;
      return sig ? [{ articleId: r.articleId, sig, story: r.storyId }] : [];
    }),
  );

  /**
   * The article's story, written beside it: a SimHash near-duplicate (`duplicateOfId`) joins its
   * original's story; otherwise the most similar earlier article's, or a story of its own.
   */
  function save(articleId: number, body: string, duplicateOfId: number | null): number {
    const sig = storySignature(body);
    const viaDuplicate = duplicateOfId === null ? undefined : (index.storyOf(duplicateOfId) ?? duplicateOfId);
    const storyId = viaDuplicate ?? index.assign(articleId, sig);
    if (viaDuplicate !== undefined && sig) index.set(articleId, sig, storyId);
    st.save.run({ articleId, storyId, signature: sig ? signatureBytes(sig) : null, bodyChars: body.length });
    return storyId;
  }

  /** Stories for articles stored before this table existed; returns how many were assigned. */
  function backfill(): number {
    let after = 0;
    let n = 0;
    for (;;) {
      const rows = st.unassigned.all(after, BACKFILL_BATCH);
      if (rows.length === 0) return n;
      conn.transaction(() => {
        for (const r of rows) save(r.id, r.body, null);
      })();
      after = rows[rows.length - 1]!.id;
      n += rows.length;
    }
  }

  return { save, backfill };
}
