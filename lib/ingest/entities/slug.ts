/**
 * Stable ascii slugs for entities that are not in the gazetteer (curated entries carry their own):
 * Latin names lower-cased and dashed, Chinese names in toneless pinyin (雷强生 → lei-qiangsheng).
 * Deterministic from the name, so re-imports give the same slug.
 */
import { boundedMemo } from "../../text/bounded-memo";
import { pinyin } from "pinyin-pro";

function dashed(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Pinyin conversion is the costly part of a discovered entity; the same names recur across articles. */
const slugOfCompany = boundedMemo((name) => computeSlug(name, "company"), 20_000);
const slugOfPerson = boundedMemo((name) => computeSlug(name, "person"), 20_000);

export function slugForName(name: string, type: "company" | "person"): string {
  return type === "company" ? slugOfCompany(name) : slugOfPerson(name);
}

function computeSlug(name: string, type: "company" | "person"): string {
  if (!/[\u3400-\u9fff]/.test(name)) return dashed(name) || "entity";
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" }).map((s) => dashed(s)).filter(Boolean);
  if (syllables.length === 0) return "entity";
  if (type === "person" && syllables.length >= 2) return `${syllables[0]}-${syllables.slice(1).join("")}`;
  return syllables.join("-");
}
