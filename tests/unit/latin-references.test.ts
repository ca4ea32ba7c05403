import { describe, expect, it } from "vitest";
import { referenceLeads, resolveLatinReferences } from "../../lib/ingest/decode/latin-references";

/** What referenceLeads stands for: lead characters (U+00C2–U+00F4) the resolved text holds, less those the text holds already. */
function resolvedMinusRaw(html: string): number {
  const leads = (s: string) => [...s].filter((ch) => ch >= "\u00c2" && ch <= "\u00f4").length;
  return leads(resolveLatinReferences(html) ?? html) - leads(html);
}

const PIECES = ["&", "&&", "#", ";", "&#", "&#x", "195", "C3", "0195", "x", "Atilde", "ocirc", "amp", "nbsp", "euro", "Ã", "ô", "õ", "中", "a", " ", "&#195;", "&Atilde;", "&#xc3;", "&#xF5;", "&#128;", "&copy;"];

/** A made-up string of pieces that make references, near-references and lead characters. */
function noise(seed: number): string {
  let x = seed;
  let out = "";
  for (let k = 0; k < 24; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += PIECES[(x >>> 8) % PIECES.length];
  }
  return out;
}

describe("referenceLeads", () => {
  it("counts the references that resolve to a lead character, tried at every ampersand", () => {
    expect(referenceLeads("&&#195;", 9)).toBe(1);
    expect(referenceLeads("&#65&#195;", 9)).toBe(1);
    // õ (&#xF5;) is past the lead bytes
    expect(referenceLeads("&Atilde;&#xC3;&#0195;&#xF5;&ocirc;&amp;&nbsp;&#128;", 9)).toBe(4);
    expect(referenceLeads("Ã ô plain lead characters are not references", 9)).toBe(0);
  });

  it("stops at the limit", () => {
    expect(referenceLeads("&#195;&#196;&#197;&#198;", 3)).toBe(3);
    expect(referenceLeads("&#195;", 0)).toBe(0);
  });

  it("agrees with resolving the references, on strings of references, near-references and lead characters", () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const html = noise(seed);
      expect(referenceLeads(html, 1000), html).toBe(resolvedMinusRaw(html));
    }
  });
});
