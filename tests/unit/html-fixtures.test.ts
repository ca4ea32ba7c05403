/**
 * Hand-checked dev pages, Readability style: each folder under tests/fixtures/pages holds the
 * page as scraped (source.html) and what a reader sees as the article (expected.json). Adding a
 * case is adding a folder. `knownMissing` lists expectations the front end does not meet yet
 * (the value lives only in a script on the page); the test fails once they are met, so the list
 * stays honest.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeBytes } from "@/lib/ingest/decode/decode-bytes";
import { extractHtml } from "@/lib/ingest/html/extract-html";
import { foldForCompare } from "@/lib/text/fold";

const Expected = z.object({
  title: z.string(),
  publishedAt: z.string().nullable(),
  author: z.string().nullable(),
  source: z.string().nullable(),
  firstParagraph: z.string(),
  lastParagraph: z.string(),
  mustNotContain: z.array(z.string()).min(1),
  knownMissing: z.array(z.enum(["publishedAt", "author", "source"])).default([]),
});

const root = path.join(import.meta.dirname, "../fixtures/pages");
const cases = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, "expected.json")) && fs.existsSync(path.join(root, d, "source.html")));

// Article-like text: a long block with a full stop. Nothing like it may sit before the first
// paragraph or after the last one.
const articleLike = (t: string) => t.replace(/\s/g, "").length >= 50 && /。/.test(t);

describe("HTML fixtures", () => {
  it("has at least 8 hand-checked pages", () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(root, name);
      const expected = Expected.parse(JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")));
      const bytes = fs.readFileSync(path.join(dir, "source.html"));
      const decoded = decodeBytes(bytes, "source.html");
      expect(decoded.format).toBe("html");
      const x = extractHtml(decoded.text);
      const texts = x.blocks.map((b) => b.text);

      expect(foldForCompare(x.hints.title ?? "")).toBe(foldForCompare(expected.title));
      const missing = new Set(expected.knownMissing);
      if (expected.publishedAt) {
        if (missing.has("publishedAt")) expect(x.hints.publishedAt?.slice(0, 10)).not.toBe(expected.publishedAt);
        else expect(x.hints.publishedAt?.slice(0, 10)).toBe(expected.publishedAt);
      }
      if (expected.author && !missing.has("author")) expect(x.hints.author).toBe(expected.author);
      if (expected.source && !missing.has("source")) expect(x.hints.source).toContain(expected.source);

      const first = texts.findIndex((t) => t.startsWith(expected.firstParagraph));
      const last = texts.findIndex((t) => t.startsWith(expected.lastParagraph));
      expect(first, "first paragraph present").toBeGreaterThanOrEqual(0);
      expect(last, "last paragraph present, after the first").toBeGreaterThanOrEqual(first);
      expect(texts.slice(0, first).filter(articleLike), "article-like text before the first paragraph").toEqual([]);
      expect(texts.slice(last + 1).filter(articleLike), "article-like text after the last paragraph").toEqual([]);

      const body = texts.join("\n");
      const page = bytes.toString("utf8");
      for (const s of expected.mustNotContain) {
        expect(page, `"${s}" is on the page, so the check means something`).toContain(s);
        expect(body, `"${s}" must not reach the blocks`).not.toContain(s);
      }
      expect(x.removedOutside.length).toBeGreaterThan(0);
    });
  }
});
