/**
 * A rule that scans the article with a pattern only when the shared word pass found one of a
 * table's words (e19) must skip no match: every text the pattern matches holds a word of its table.
 * Random texts made of the patterns' own pieces, so matches are frequent.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { containsAny, type WordTable } from "@/lib/ingest/entities/word-hits";
import { COMMA_PRONOUN, COMMA_PRONOUN_CUES } from "@/lib/ingest/entities/comma-pronoun-posts";
import { CLAUSE_TAKES_POST, POST_VERBS } from "@/lib/ingest/entities/subject-clause-posts";
import { PLACING_START, PLACING_WON, POSTED_MARK, POSTED_START, SCORE_VERB, SCORE_VERB_WORDS } from "@/lib/ingest/entities/result-names";
import { MADE_BY, MADE_BY_WORDS } from "@/lib/ingest/entities/maker-names";
import { FOUNDING, FOUNDING_WORDS } from "@/lib/ingest/entities/founder-names";
import { GLOSS, GLOSS_OPEN } from "@/lib/ingest/entities/glossed-names";
import { LATIN_ORG_CLOSERS, LATIN_ORG_CLOSING } from "@/lib/ingest/entities/org-patterns";

const guards: [string, RegExp, WordTable, string[]][] = [
  ["comma pronoun", COMMA_PRONOUN, COMMA_PRONOUN_CUES, ["，", ",", "他", "她", "目前", "现任", "是", "为", "在"]],
  ["clause takes post", CLAUSE_TAKES_POST, POST_VERBS, ["，", ",", "2019年", "3月", "随后", "后", "调任", "担任", "当选", "任", "担"]],
  ["score verb", SCORE_VERB, SCORE_VERB_WORDS, ["4", "1", "比", ":", "：", "击败", "险胜", "胜", "负", "不敌", "败"]],
  ["posted mark", POSTED_MARK, POSTED_START, ["以", "1", "58", ".", "分", "秒", "米", "比", "夺冠"]],
  ["placing", PLACING_WON, PLACING_START, ["获", "获得", "得", "第", "二", "3", "名"]],
  ["made by", MADE_BY, MADE_BY_WORDS, ["所", "生产", "制造", "灌装", "之", "的", "产"]],
  ["founding", FOUNDING, FOUNDING_WORDS, ["创立", "创办", "创建", "创始", "创", "人", "始"]],
  ["gloss", GLOSS, GLOSS_OPEN, ["(", "（", ")", "）", "Sam", " Altman", "-Lee", " ", "a", "B", "张", "（Sam Altman）"]],
  ["latin closing word", LATIN_ORG_CLOSING, LATIN_ORG_CLOSERS, ["Thinking", "Machines", " ", "Lab", "Labs", "Inc", "Corp", "Capital", "x", "9", "s", "L", "Machines Lab"]],
];

describe("e19: a pattern's guard words are in every text it matches", () => {
  for (const [label, pattern, table, pieces] of guards) {
    it(label, () => {
      const once = new RegExp(pattern.source, pattern.flags.replace("g", ""));
      let matched = 0;
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
          const text = parts.join("");
          if (!once.test(text)) return;
          matched++;
          expect(containsAny(text, table)).toBe(true);
        }),
        { numRuns: 2000 },
      );
      // the random texts do reach the pattern
      expect(matched).toBeGreaterThan(0);
    });
  }
});
