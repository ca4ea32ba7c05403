/**
 * The lazily built OpenCC tries (lib/text/opencc-lazy.ts) must convert exactly as opencc-js's own
 * Converter does: same presets, on real article text (the seeds, one of them traditional),
 * phrases whose conversion depends on the longest match, astral characters, ideographic
 * description sequences and text that is not Chinese.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as OpenCC from "opencc-js";
import { LazyTrie, lazyConverter } from "../../lib/text/opencc-lazy";

const seedTexts = fs.readdirSync("seeds").map((f) => fs.readFileSync(path.join("seeds", f), "utf8"));
const crafted = [
  "",
  "一目瞭然的乾隆皇帝在香港著作裏說：頭髮發展，後來於是瞭解了。",
  "鬱鬱蔥蔥的山，划船和計劃，一丝不挂，了心愿，PN结与SQL注入。",
  "𠵾㗲𠀀 emoji 😀 and ASCII only text, 123.",
  "⿰木木 and ⿱⿰木木木 description sequences: 森林⿰扌戈",
  "台灣的臺北、台风、颱風、檯燈；干燥、乾燥、幹部、干涉。",
];

/** Keys listed more than once with different replacements in one preset: where load order decides (none in opencc-js 1.4.2; a later version may add some). */
function contestedKeys(preset: string): string[] {
  const cfg = (OpenCC.Locale.configs as unknown as Record<string, { segmentation?: string[]; conversionChain: string[][] }>)[preset]!;
  const out: string[] = [];
  for (const group of [cfg.segmentation ?? [], ...cfg.conversionChain]) {
    const seen = new Map<string, string>();
    for (const entry of group.flatMap((d) => d.split("|"))) {
      const [key, value] = entry.split(" ");
      if (seen.has(key!) && seen.get(key!) !== value) out.push(key!);
      seen.set(key!, value!);
    }
  }
  return out;
}

describe("lazy OpenCC converters", () => {
  const presets: [string, OpenCC.ConverterOptions][] = [
    ["hk2s", { from: "hk", to: "cn" }],
    ["s2tw", { from: "cn", to: "tw" }],
  ];
  for (const [preset, options] of presets) {
    it(`${preset} matches opencc-js on seeds and edge cases`, () => {
      const reference = OpenCC.Converter(options);
      const lazy = lazyConverter(preset);
      let changed = 0;
      for (const text of [...crafted, ...seedTexts]) {
        const expected = reference(text);
        expect(lazy(text)).toBe(expected);
        if (expected !== text) changed++;
      }
      // The comparison means something only if the texts exercised real conversions.
      expect(changed).toBeGreaterThan(2);
      const contested = contestedKeys(preset);
      for (const key of contested) expect(lazy(`前${key}后`)).toBe(reference(`前${key}后`));
      // Lines one at a time, after the whole texts: the lazily grown trie must still agree.
      for (const line of seedTexts.flatMap((t) => t.split("\n")).slice(0, 400)) expect(lazy(line)).toBe(reference(line));
    });

    it(`${preset}: a text is skipped unconverted only when no key that changes can occur in it`, () => {
      // Every key whose replacement differs, alone in plain simplified context: the shortcut for
      // texts without a changing code unit must never skip one of them.
      const reference = OpenCC.Converter(options);
      const lazy = lazyConverter(preset);
      const cfg = (OpenCC.Locale.configs as unknown as Record<string, { normalizationChain?: string[][]; conversionChain: string[][] }>)[preset]!;
      const changingKeys = [...(cfg.normalizationChain ?? []), ...cfg.conversionChain]
        .flat()
        .flatMap((d) => d.split("|"))
        .map((e) => e.split(" "))
        .filter(([key, value]) => key && key !== value)
        .map(([key]) => key!);
      expect(changingKeys.length).toBeGreaterThan(1000);
      for (const key of changingKeys.filter((_, i) => i % 7 === 0)) {
        const text = `在${key}中`;
        expect(lazy(text)).toBe(reference(text));
      }
    });
  }

  it("agrees with opencc-js's Trie on unsorted dictionaries with repeated keys", () => {
    const cfg = OpenCC.Locale.configs as unknown as Record<string, { conversionChain: string[][] }>;
    const entries = cfg.s2tw!.conversionChain[0]![0]!.split("|");
    // Every 7th entry, in reverse order (unsorted), plus a second dictionary repeating some keys
    // with other replacements, and a third repeating one key twice: load order decides those.
    const unsorted = entries.filter((_, i) => i % 7 === 0).reverse();
    const repeats = unsorted.filter((_, i) => i % 5 === 0).map((e) => `${e.split(" ")[0]} 〔${e.length}〕`);
    const twice = [`${repeats[0]!.split(" ")[0]} 甲`, `${repeats[0]!.split(" ")[0]} 乙`];
    // opencc-js loads a group last to first, so the first dictionary's entries win.
    const group = [twice.join("|"), repeats.join("|"), unsorted.join("|")];
    const reference = new OpenCC.Trie();
    reference.loadDictGroup(group);
    const lazy = new LazyTrie();
    lazy.loadDictGroup(group);
    const texts = [...seedTexts, repeats.map((r) => r.split(" ")[0]).join("，")];
    for (const text of texts) {
      expect(lazy.convert(text)).toBe(reference.convert(text));
      expect(lazy.segment(text)).toEqual(reference.segment(text));
    }
    expect(reference.convert(texts.at(-1)!)).toContain("〔");
    expect(reference.convert(texts.at(-1)!)).toMatch(/^乙/);
  });

  it("rejects a preset opencc-js does not have", () => {
    expect(() => lazyConverter("xx2yy")).toThrow();
  });
});
