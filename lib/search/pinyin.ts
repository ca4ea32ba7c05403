/**
 * Pinyin keys for names, so readers can type likaifu, "li kai fu" or lkf for 李开复. Tones
 * are dropped (nobody types them); people's names use surname readings (曾 → zeng, 单 → shan).
 */
import { pinyin } from "pinyin-pro";

export interface PinyinKeys {
  /** Syllables joined without spaces: likaifu. Empty when the name has no Han characters. */
  full: string;
  /** First letters: lkf. */
  initials: string;
}

const HAN = /\p{Script=Han}/u;

export function pinyinKeys(name: string, kind: "company" | "person"): PinyinKeys {
  if (!HAN.test(name)) return { full: "", initials: "" };
  const syllables = pinyin(name, { toneType: "none", type: "array", mode: kind === "person" ? "surname" : "normal", nonZh: "removed", v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ""))
    .filter((s) => s !== "");
  return { full: syllables.join(""), initials: syllables.map((s) => s[0]).join("") };
}

/** What a typed query looks like as pinyin: letters only, lower-cased, or null when it is not pinyin-like. */
export function pinyinQuery(text: string): string | null {
  const t = text.normalize("NFKC").toLowerCase().replace(/[\s'’·-]+/g, "");
  return /^[a-z]+$/.test(t) ? t : null;
}
