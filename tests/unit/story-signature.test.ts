/**
 * Story clustering on real importer inputs: a repost with its own header, a cut paragraph and an
 * editor's line, and a traditional-script copy of a simplified page are one story with the
 * original; another story about the same company and people, and the seeds, are not.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { clusterStories, signatureBytes, signatureFromBytes, STORY_SIMILARITY, storySignature, storySimilarity, StoryIndex } from "@/lib/ingest/story-signature";

const STORIES = path.join(__dirname, "../fixtures/stories");
const SEEDS = path.join(__dirname, "../../seeds");

function body(dir: string, file: string): string {
  return extractFile(fs.readFileSync(path.join(dir, file)), file).article.body;
}

const original = body(STORIES, "a-original.txt");
const repost = body(STORIES, "a-repost.txt");
const traditional = body(STORIES, "a-traditional.txt");
const other = body(STORIES, "b-other.txt");
const sig = (b: string) => storySignature(b)!;

describe("storySignature", () => {
  it("rates a repost and a cross-script copy as the same story, a different story about the same people not", () => {
    expect(storySimilarity(sig(original), sig(traditional))).toBeGreaterThan(0.9);
    expect(storySimilarity(sig(original), sig(repost))).toBeGreaterThanOrEqual(STORY_SIMILARITY);
    expect(storySimilarity(sig(original), sig(other))).toBeLessThan(0.1);
    expect(storySimilarity(sig(repost), sig(other))).toBeLessThan(0.1);
  });

  it("refuses text too short to call a copy", () => {
    expect(storySignature("月之暗面发布新模型。")).toBeNull();
  });

  it("round-trips through the bytes stored in the database", () => {
    const s = sig(original);
    expect(Array.from(signatureFromBytes(signatureBytes(s))!)).toEqual(Array.from(s));
    expect(signatureFromBytes(new Uint8Array(3))).toBeNull();
  });
});

describe("clusterStories", () => {
  it("groups the copies under the first article's story and leaves the rest alone", () => {
    const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).map((f, i) => ({ id: 100 + i, body: body(SEEDS, f) }));
    const stories = clusterStories([
      { id: 1, body: original },
      { id: 2, body: other },
      ...seeds,
      { id: 3, body: repost },
      { id: 4, body: traditional },
    ]);
    expect(stories.get(1)).toBe(1);
    expect(stories.get(3)).toBe(1);
    expect(stories.get(4)).toBe(1);
    expect(stories.get(2)).toBe(2);
    for (const s of seeds) expect(stories.get(s.id)).toBe(s.id);
  });

  it("finds the copy whichever arrives first", () => {
    const stories = clusterStories([
      { id: 7, body: traditional },
      { id: 8, body: repost },
      { id: 9, body: original },
    ]);
    expect(new Set(stories.values())).toEqual(new Set([7]));
  });

  it("finds stories among loaded signatures as among ones set one by one, and honours updates of loaded articles", () => {
    const index = StoryIndex.load([
      { articleId: 1, sig: sig(original), story: 1 },
      { articleId: 2, sig: sig(other), story: 2 },
    ]);
    expect(index.storyOf(1)).toBe(1);
    expect(index.storyOf(9)).toBeUndefined();
    expect(index.assign(3, sig(repost))).toBe(1);
    expect(index.assign(4, sig(traditional))).toBe(1);
    // Article 1 (loaded) changes into the other story: copies of its old text now find 3 or 4, not 1's new story.
    expect(index.assign(1, sig(other))).toBe(2);
    expect(index.find(sig(original))).toBe(1);
    expect(index.find(sig(original), 3)).toBe(1);
    expect(StoryIndex.load([]).find(sig(original))).toBeNull();
  });

  it("gives an updated article a new story when its text no longer matches", () => {
    const index = new StoryIndex();
    expect(index.assign(1, sig(original))).toBe(1);
    expect(index.assign(2, sig(repost))).toBe(1);
    // Article 2's file changed into another story: it must not match its own old signature.
    expect(index.assign(2, sig(other))).toBe(2);
    expect(index.storyOf(2)).toBe(2);
  });
});
