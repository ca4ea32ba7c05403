/** Article paragraphs with entity mentions wrapped in <mark>, rendered as escaped React text. */
import { buildMatcher, splitHighlights, type HighlightTerm } from "./highlight";

export function HighlightedText({ text, matcher }: { text: string; matcher: ReturnType<typeof buildMatcher> }) {
  return (
    <>
      {splitHighlights(text, matcher).map((s, i) =>
        s.term ? (
          <mark key={i} title={s.term.label} data-kind={s.term.kind}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

export function HighlightedParagraphs({ body, terms }: { body: string; terms: HighlightTerm[] }) {
  const matcher = buildMatcher(terms);
  const paragraphs = body.split(/\n{2,}/).filter((p) => p.trim() !== "");
  return (
    <div className="reading" data-testid="article-body">
      {paragraphs.map((p, i) => (
        <p key={i}>
          <HighlightedText text={p} matcher={matcher} />
        </p>
      ))}
    </div>
  );
}
