/**
 * The Han characters cp1252 can damage: their UTF-8 form holds one of its undefined bytes, so a
 * lost-byte repair may have to choose them. The model generators (scripts/gen-han-*.ts) keep only
 * what these characters need; simplified forms are added because traditional text is scored by them.
 */
import { CP1252_UNDEFINED } from "./mojibake-bytes";
import { toSimplified } from "../../text/script";

const HAN = /^\p{Script=Han}$/u;

export function lossyHanChars(): Set<string> {
  const undefinedBytes = new Set<number>(CP1252_UNDEFINED);
  const out = new Set<string>();
  for (let cp = 0x3400; cp <= 0x9fff; cp++) {
    const ch = String.fromCodePoint(cp);
    if (!HAN.test(ch) || !Buffer.from(ch, "utf8").subarray(1).some((b) => undefinedBytes.has(b))) continue;
    out.add(ch);
    out.add(toSimplified(ch));
  }
  return out;
}
