/**
 * The terms the ArticleSearch FTS5 table stores, and the phrases that query them. Han text is
 * stored as overlapping character pairs: a run 百度发布 is 百度 度发 发布 布 (each pair, then the
 * run's last character alone), one term per character position, so positions and adjacency
 * are exactly those of the single-character tokens. Why pairs: a name of two or more characters
 * is then a phrase of rare terms. As single characters, 快手 walked every article holding both
 * 快 and 手 to find the adjacent ones; measured on 100,000 articles, counting up to 2,001 matches
 * of the bench's names and words took 2.5× less time in total (34.4 → 13.7 ms), same counts.
 * A lone character is a prefix query (华 *), served by the table's one-character prefix index.
 */
import { isHanToken, searchTokens } from "./normalize";

/** What is stored for a token sequence (tokensOfNormalized's output): one term per token. */
export function indexTerms(tokens: readonly string[]): string[] {
  return tokens.map((t, i) => {
    const next = tokens[i + 1];
    return isHanToken(t) && next !== undefined && isHanToken(next) ? t + next : t;
  });
}

/**
 * An FTS5 phrase that matches wherever `tokens` occur adjacent in indexed text: the terms
 * indexTerms stores, except at the end, where the query cannot know what follows. A run that
 * ends the phrase needs no term for its last character (the pair before covers it), and a
 * phrase ending in a lone Han character asks for any term that starts with it.
 */
export function phraseQuery(tokens: readonly string[]): string {
  const { terms, prefix } = phraseTerms(tokens);
  return `"${terms.join(" ")}"${prefix ? " *" : ""}`;
}

/** The terms of phraseQuery's phrase, and whether its last term is a prefix (any store's syntax). */
export function phraseTerms(tokens: readonly string[]): { terms: string[]; prefix: boolean } {
  const terms = indexTerms(tokens);
  const last = tokens.length - 1;
  let prefix = false;
  if (last >= 0 && isHanToken(tokens[last]!)) {
    if (last > 0 && isHanToken(tokens[last - 1]!)) terms.pop();
    else prefix = true;
  }
  return { terms, prefix };
}

/** The text written into one FTS5 column: the terms of the text's tokens, space-separated. */
export function indexText(text: string): string {
  return indexTerms(searchTokens(text)).join(" ");
}
