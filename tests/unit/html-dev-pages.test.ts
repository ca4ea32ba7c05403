/**
 * Every dev page in ../shared/dev-pages (62 real Chinese news pages, no gold) goes through
 * decode + extractHtml without throwing and gives a title and at least 200 characters of
 * blocks. Pages listed in SHORT carry a genuinely short article (checked by hand), so only a
 * title and some text are required of them. The folder sits beside the repository (as in CI);
 * without it the suite says so and skips.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "@/lib/ingest/decode/decode-bytes";
import { extractHtml } from "@/lib/ingest/html/extract-html";

const dir = path.resolve(import.meta.dirname, "../../../shared/dev-pages");
const pages = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".html")).sort() : [];

// Hand-checked: these pages' articles are shorter than 200 characters.
const SHORT: Record<string, string> = {
  "toutiao_2.html": "a photo gallery: one caption of about 100 characters is all the text",
  "hexun_1.html": "a one-paragraph flash news item (about 160 characters)",
  "mingridapan_1.html": "a one-paragraph item (about 170 characters)",
};

describe.skipIf(pages.length === 0)(`dev pages (${dir})`, () => {
  it("has the 62 pages", () => {
    expect(pages.length).toBe(62);
  });

  for (const file of pages) {
    it(file, () => {
      const decoded = decodeBytes(fs.readFileSync(path.join(dir, file)), file);
      expect(decoded.format).toBe("html");
      const x = extractHtml(decoded.text);
      expect(x.hints.title?.trim().length ?? 0).toBeGreaterThan(3);
      const chars = x.blocks.reduce((n, b) => n + b.text.replace(/\s/g, "").length, 0);
      expect(chars).toBeGreaterThanOrEqual(file in SHORT ? 80 : 200);
      // Scripts never reach the text.
      expect(x.blocks.some((b) => /function\s*\(|var \w+\s*=/.test(b.text) && b.text.includes("{"))).toBe(false);
    });
  }
});
