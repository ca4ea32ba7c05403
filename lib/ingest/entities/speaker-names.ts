/**
 * Interviews written as a transcript (记者：…／王晓明：…): a line opened by a name and a colon is
 * that person speaking. A name-shaped head counts when it opens two lines or more, or one line in
 * an article whose other lines open with an interviewer's label (记者：, 问：, 主持人：); a single
 * 「X：」 line elsewhere is as often a heading as a speaker.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, PersonSpan } from "./discover";
import { chineseNameAt } from "./names";

const INTERVIEWER = /^(?:记者|问|主持人|提问|编者|Q|q)\s*[：:]/;
const HEAD = /^([\u4e00-\u9fff]{2,4})\s*[：:]/;
/** The first characters of INTERVIEWER's labels. */
const INTERVIEWER_FIRST = new Set([..."记问主提编Qq"].map((c) => c.charCodeAt(0)));
const CONFIDENCE = 0.75;

export function speakerNames(t: ArticleText, people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  if (!text.includes("：") && !text.includes(":")) return [];
  const heads = new Map<string, number[]>();
  let interviewerLines = 0;
  for (let ls = 0; ls < text.length; ) {
    const nl = text.indexOf("\n", ls);
    const le = nl === -1 ? text.length : nl;
    // a line opened by neither an interviewer's label nor a Han character matches neither pattern: no slice for it
    const first = text.charCodeAt(ls);
    if (!INTERVIEWER_FIRST.has(first) && !(first >= 0x4e00 && first <= 0x9fff)) {
      ls = le + 1;
      continue;
    }
    const opening = text.slice(ls, Math.min(le, ls + 8));
    if (INTERVIEWER.test(opening)) interviewerLines++;
    else {
      const head = HEAD.exec(opening);
      const zh = head ? chineseNameAt(text, ls) : null;
      if (head && zh && zh.strongSurname && zh.end === ls + head[1]!.length && !people.some((p) => p.start === ls)) {
        const starts = heads.get(zh.name);
        if (starts) starts.push(ls);
        else heads.set(zh.name, [ls]);
      }
    }
    ls = le + 1;
  }
  const out: FoundName[] = [];
  for (const [name, starts] of heads) {
    if (starts.length < 2 && interviewerLines === 0) continue;
    out.push({ type: "person", name, confidence: CONFIDENCE, evidence: sentenceAt(t, starts[0]!), at: starts[0]! });
  }
  return out;
}
