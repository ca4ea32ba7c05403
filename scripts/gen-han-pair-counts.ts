/**
 * Regenerates lib/ingest/repair/han-pair-counts.ts, the character model that mends characters
 * whose cp1252-undefined byte was lost (lib/ingest/repair/lost-byte-choice.ts), from a general
 * word-frequency dictionary of Chinese: jieba's dict.txt (MIT; words with their counts in a
 * balanced corpus of the 1990s–2000s press and web), as shipped in the npm package nodejieba:
 *
 *   npm pack nodejieba@3.5.8 && tar xzf nodejieba-3.5.8.tgz
 *   npx tsx scripts/gen-han-pair-counts.ts --dict package/submodules/cppjieba/dict/jieba.dict.utf8 --text ../shared/dev-pages --text tests/fixtures/pages --exclude ../shared/datasets --text-weight 0.3 --min-count 1 --essay /usr/share/rime-data/essay.txt --essay-weight 0.1 --essay-all
 *
 * --essay adds the words of Rime's essay (Debian package rime-essay 0.0~git20230204.e0519d0-1,
 * /usr/share/rime-data/essay.txt, LGPL-3; see essay-words.ts), a Traditional-script word list with
 * corpus counts, folded to the simplified forms the model looks characters up by: Taiwanese and
 * Hong Kong words jieba lacks (健保, 住在, 捷運), whose damaged character was otherwise chosen by
 * frequency (句保, 位在). --essay-weight scales its counts against jieba's (the essay counts 3.4
 * times as many words; 0.1 tried against 0.3, and all words against only those jieba lacks, by
 * scripts/eval-lost-bytes.ts: 0.1 with --essay-all made the fewest wrong characters).
 *
 * seeds/ is not read: the seed files' own names (their sites, brands, people) would otherwise become
 * pairs in product code, and the cleaner must not know the seeds better than unseen sites.
 *
 * --min-count 1 keeps the dictionary's rare words (发飙 3, 跌停 3, 荧幕 8): a lost byte in them is
 * otherwise chosen by frequency alone (向飙, 荧→见).
 *
 * With --text (repeatable), adjacent pairs of the visible text of the files under those folders
 * (running-text.ts: decoded as the project decodes, garbled files and lines left out, each distinct
 * line once, traditional characters in simplified form as the model looks them up) are added,
 * scaled to --text-weight of the dictionary: the pairs across word boundaries (向来, 10名) that a
 * word list cannot give. Used: ../shared/dev-pages (62 news pages from GeneralNewsExtractor's
 * tests) and the fixtures' sources; lines sharing a 12-character run with --exclude
 * (the evaluation sets) are dropped.
 * Nothing here is read from the evaluation sets (../shared/datasets, DAnIEL and magic-html): the
 * counts describe Chinese in general, not the gold pages. A character's count is the summed count of the words
 * it occurs in; a pair's count is the summed count of the words it is adjacent in. Only pairs
 * with a character that can lose a byte (or the simplified form of one) are kept, since only
 * those are ever asked about, and only counts of at least --min-count, to keep the file small.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { lossyHanChars } from "../lib/ingest/repair/lossy-han";
import { toSimplified } from "../lib/text/script";
import { readRunningText } from "./running-text";
import { readEssay } from "./essay-words";

const Flags = z.object({
  dict: z.string().min(1),
  text: z.array(z.string().min(1)).optional(),
  exclude: z.string().optional(),
  textWeight: z.coerce.number().positive().default(0.3),
  minCount: z.coerce.number().int().positive().default(10),
  essay: z.string().optional(),
  essayWeight: z.coerce.number().positive().default(0.3),
  essayAll: z.boolean().default(false),
});

function parseFlags(argv: string[]): z.infer<typeof Flags> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dict: { type: "string" },
      text: { type: "string", multiple: true },
      exclude: { type: "string" },
      "text-weight": { type: "string" },
      "min-count": { type: "string" },
      essay: { type: "string" },
      "essay-weight": { type: "string" },
      "essay-all": { type: "boolean" },
    },
    strict: true,
  });
  return Flags.parse({
    dict: values.dict,
    text: values.text,
    exclude: values.exclude,
    textWeight: values["text-weight"],
    minCount: values["min-count"],
    essay: values.essay,
    essayWeight: values["essay-weight"],
    essayAll: values["essay-all"],
  });
}

/** A character as lost-byte-choice's model knows it: traditional text is looked up by its simplified form. */
function simplified(ch: string): string {
  const s = toSimplified(ch);
  return [...s].length === 1 ? s : ch;
}

const HAN = /^\p{Script=Han}$/u;
/** The character that stands for any number in the model (lost-byte-choice.ts reads numbers so). */
const DIGIT = "０";


/** A count as one printable character: twice its base-2 logarithm, offset past the quote and control range. */
const QUANT_BASE = 0x30;
const quantize = (n: number) => (n < 1 ? ZERO : String.fromCharCode(QUANT_BASE + Math.min(78, Math.round(2 * Math.log2(n)))));
const ZERO = String.fromCharCode(QUANT_BASE - 1);

/**
 * Adjacent Han pairs of running text (pages' visible text, tags, scripts and styles removed):
 * the pairs across word boundaries (向来, 对小) that a dictionary of words cannot give.
 */
function runningTextPairs(dirs: string[], exclude: string | undefined, lossy: Set<string>): { pairs: Map<string, number>; chars: number; digits: number } {
  const pairs = new Map<string, number>();
  let chars = 0;
  let digits = 0;
  for (const text of readRunningText(dirs, exclude).lines) {
    // A number stands as one DIGIT: "10名", "第2季" tell which character follows or precedes a number.
    for (const run of text.match(/(?:\p{Script=Han}|[0-9０-９]+){2,}/gu) ?? []) {
      const cs = [...run.replace(/[0-9０-９]+/g, DIGIT)].map((c) => (c === DIGIT ? c : simplified(c)));
      chars += cs.length;
      digits += cs.filter((c) => c === DIGIT).length;
      for (let i = 0; i + 1 < cs.length; i++) {
        // Characters beyond the BMP are left out: the model's pairs are two UTF-16 units.
        if (cs[i]!.length > 1 || cs[i + 1]!.length > 1) continue;
        if (!lossy.has(cs[i]!) && !lossy.has(cs[i + 1]!)) continue;
        const key = cs[i]! + cs[i + 1]!;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return { pairs, chars, digits };
}

/** A long string as a property of hanPairTables's result, 100 characters a line. */
function stringProperty(name: string, s: string): string {
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += 100) lines.push(`      ${JSON.stringify(s.slice(i, i + 100))},`);
  return `    ${name}: [\n${lines.join("\n")}\n    ].join(""),`;
}

function main(): void {
  const flags = parseFlags(process.argv.slice(2));
  const lossy = lossyHanChars();
  const chars = new Map<string, number>();
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  const pairs = new Map<string, number>();
  let total = 0;
  let words = 0;
  const addWord = (word: string, count: number) => {
    const cs = [...word];
    if (!cs.every((c) => HAN.test(c) && c.length === 1)) return;
    for (const c of cs) chars.set(c, (chars.get(c) ?? 0) + count);
    starts.set(cs[0]!, (starts.get(cs[0]!) ?? 0) + count);
    ends.set(cs.at(-1)!, (ends.get(cs.at(-1)!) ?? 0) + count);
    total += count * cs.length;
    words += count;
    for (let i = 0; i + 1 < cs.length; i++) {
      if (!lossy.has(cs[i]!) && !lossy.has(cs[i + 1]!)) continue;
      const key = cs[i]! + cs[i + 1]!;
      pairs.set(key, (pairs.get(key) ?? 0) + count);
    }
  };
  const dictWords = new Set<string>();
  for (const line of fs.readFileSync(flags.dict, "utf8").split("\n")) {
    const [word, countText] = line.split(" ");
    const count = Number(countText);
    if (!word || !Number.isFinite(count) || count <= 0) continue;
    addWord(word, count);
    dictWords.add(word);
  }
  // The essay's words (essay-words.ts) that jieba lacks, scaled to --essay-weight: Traditional-script
  // words (健保, 住在 as one word). Those jieba holds keep its counts, which the model's weights were tuned on.
  if (flags.essay) for (const [word, count] of readEssay(flags.essay)) if (flags.essayAll || !dictWords.has(word)) addWord(word, count * flags.essayWeight);
  if (flags.text) {
    // Scaled so the running text weighs textWeight of the dictionary, pair for pair.
    const running = runningTextPairs(flags.text, flags.exclude, lossy);
    const scale = (flags.textWeight * total) / running.chars;
    for (const [key, n] of running.pairs) pairs.set(key, (pairs.get(key) ?? 0) + n * scale);
    // A number is a word of its own: it begins and ends one.
    chars.set(DIGIT, running.digits * scale);
    starts.set(DIGIT, running.digits * scale);
    ends.set(DIGIT, running.digits * scale);
  }
  const keptChars = [...chars].filter(([, n]) => n >= flags.minCount).sort((a, b) => b[1] - a[1]);
  const keptPairs = [...pairs].filter(([, n]) => n >= flags.minCount).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  fs.writeFileSync(
    "lib/ingest/repair/han-pair-counts.ts",
    `/**
 * Generated by scripts/gen-han-pair-counts.ts (do not edit) from jieba's word-frequency
 * dictionary (MIT)${flags.essay ? `, Rime's essay word list (LGPL-3, weight ${flags.essayWeight})` : ""} and the running text of ${(flags.text ?? []).join(", ") || "nothing"} (weight ${flags.textWeight}),
 * general sources that share nothing with the evaluation sets.
 * CHARS: ${keptChars.length} Han characters; CHAR_WEIGHTS their counts, START_WEIGHTS and END_WEIGHTS
 * the counts of words they begin and end (one character each). PAIRS: ${keptPairs.length} adjacent pairs
 * (two characters each) inside words, with a character that can lose a cp1252-undefined byte,
 * PAIR_WEIGHTS one character each. A weight w stands for a count of 2^((w - ${QUANT_BASE}) / 2),
 * ${JSON.stringify(ZERO)} for none. TOTAL is the summed count of all characters, WORDS of all words.
 */
export const TOTAL = ${Math.round(total)};
export const WORDS = ${Math.round(words)};
export const WEIGHT_BASE = ${QUANT_BASE};
/** The six tables of the header as strings. */
export interface HanPairTables {
  CHARS: string;
  CHAR_WEIGHTS: string;
  START_WEIGHTS: string;
  END_WEIGHTS: string;
  PAIRS: string;
  PAIR_WEIGHTS: string;
}

/**
 * The tables, built when called: only text with lost bytes needs them, and inside a function
 * that has not run, 500 KB of string literals cost start-up a scan instead of being built.
 */
export function hanPairTables(): HanPairTables {
  return {
${[
  stringProperty("CHARS", keptChars.map(([c]) => c).join("")),
  stringProperty("CHAR_WEIGHTS", keptChars.map(([, n]) => quantize(n)).join("")),
  stringProperty("START_WEIGHTS", keptChars.map(([c]) => quantize(starts.get(c) ?? 0)).join("")),
  stringProperty("END_WEIGHTS", keptChars.map(([c]) => quantize(ends.get(c) ?? 0)).join("")),
  stringProperty("PAIRS", keptPairs.map(([p]) => p).join("")),
  stringProperty("PAIR_WEIGHTS", keptPairs.map(([, n]) => quantize(n)).join("")),
].join("\n")}
  };
}
`,
  );
  console.log(`${keptChars.length} characters and ${keptPairs.length} pairs written to lib/ingest/repair/han-pair-counts.ts`);
}

main();
