/**
 * Chinese punctuation for display. Scraped pages often carry ASCII punctuation inside Chinese
 * text (大模型现状:一边速成,一边参数内卷) and spaces before 。 and 、, which read as
 * typos in a Chinese page. Between Han characters (or after one, before a Han one, for the
 * brackets) the ASCII marks become their full-width forms; a space before 。 or 、 goes. Only
 * what is shown changes: stored text, search and the cleaning record keep the original.
 * ASCII marks between Latin words or digits (GPT-3.5, 1,000, 12:30) are left alone.
 */

const HAN = "\\p{Script=Han}";
/** Han, or a closing quote/bracket that ends a Han phrase ("中国派”,"). */
const LEFT = `(?<=[${HAN}”’」』）》])`;
/** Han, or an opening quote/bracket that starts one. */
const RIGHT = `(?=[${HAN}“‘「『（《])`;

const FULL: Record<string, string> = { ":": "：", ",": "，", "?": "？", ";": "；", "!": "！" };

const BETWEEN = new RegExp(`${LEFT}\\s*([:,?;!])\\s*${RIGHT}`, "gu");
/** A sentence-final ? or ! after Han at the end of the text or a line. */
const FINAL = new RegExp(`${LEFT}([?!])(?=\\s*$)`, "gmu");
/** (…) holding Han: 人工智能(AI)行业 keeps ASCII brackets only when nothing Han is near. */
const BRACKETS = new RegExp(`(?<=[${HAN}])\\(([^()\\n]{1,40})\\)|\\(([^()\\n]*[${HAN}][^()\\n]*)\\)`, "gu");
const SPACE_BEFORE_STOP = /[ \t\u3000]+(?=[。、，；：！？])/gu;

export function displayPunctuation(text: string): string {
  return text
    .replace(BETWEEN, (_, mark: string) => FULL[mark] ?? mark)
    .replace(FINAL, (_, mark: string) => FULL[mark] ?? mark)
    .replace(BRACKETS, (_, a: string | undefined, b: string | undefined) => `（${a ?? b ?? ""}）`)
    .replace(SPACE_BEFORE_STOP, "");
}
