/** Property-based tests: cleaning never throws, and cleaning clean text changes nothing. */
import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { IngestInputError } from "@/lib/ingest/decode/errors";

const asText = (title: string, paragraphs: string[]) => Buffer.from([title, ...paragraphs].join("\n\n"), "utf8");
const clean = (bytes: Uint8Array, name = "x.txt") => extractFile(bytes, name).article;

const seedArticles = fs.readdirSync("seeds").map((f) => clean(fs.readFileSync(`seeds/${f}`), f));
/** Cleans, or refuses with the one allowed error: a typed, explained IngestInputError. Anything else fails the property. */
function cleanOrRefuse(bytes: Uint8Array, name: string): void {
  try {
    clean(bytes, name);
  } catch (err) {
    if (!(err instanceof IngestInputError)) throw err;
    expect(["empty", "binary", "undecodable"]).toContain(err.code);
    expect(err.message.length).toBeGreaterThan(5);
  }
}

const sentencePool = seedArticles.flatMap((a) => a.paragraphs.filter((p) => p.length > 30));

describe("never throws", () => {
  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.boolean(), (s, html) => {
        cleanOrRefuse(Buffer.from(s, "utf8"), html ? "x.html" : "x.txt");
      }),
      { numRuns: 300 },
    );
  });
  it("on arbitrary bytes, as text or HTML", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, html) => {
        cleanOrRefuse(bytes, html ? "x.html" : "x.txt");
      }),
      { numRuns: 300 },
    );
  });
});

describe("idempotent", () => {
  it("re-cleaning each seed's clean output changes nothing", () => {
    for (const a of seedArticles) {
      const again = clean(asText(a.title, a.paragraphs));
      expect(again.title).toBe(a.title);
      expect(again.paragraphs).toEqual(a.paragraphs);
    }
  });
  it("re-cleaning generated clean articles changes nothing", () => {
    fc.assert(
      fc.property(fc.subarray(sentencePool, { minLength: 3, maxLength: 12 }), fc.constantFrom(...seedArticles.map((a) => a.title)), (paras, title) => {
        const first = clean(asText(title, paras));
        const second = clean(asText(first.title, first.paragraphs));
        expect(second.title).toBe(first.title);
        expect(second.paragraphs).toEqual(first.paragraphs);
      }),
      { numRuns: 100 },
    );
  });
});
