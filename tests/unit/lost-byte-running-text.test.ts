/**
 * The pair model's running text (scripts/gen-han-pair-counts.ts --text) is the visible text of the
 * dev pages, the fixtures and the seeds, not the dev pages alone: a preposition before a pronoun
 * and a verb (向大家介绍) is a pair the word dictionary cannot give.
 */
import { describe, expect, it } from "vitest";
import { undoMojibake } from "@/lib/ingest/decode/undo-mojibake";
import { makeMojibake } from "@/lib/eval/mojibake-variants";

describe("lost bytes chosen by running-text pairs", () => {
  for (const variant of ["utf8-as-cp1252-question", "utf8-as-cp1252-drop"] as const) {
    it(`${variant}: 向大家, not 发大家`, () => {
      const text = "她向大家介绍了新的计划。";
      expect(undoMojibake(makeMojibake(text, variant))?.text).toBe(text);
    });
  }
});
