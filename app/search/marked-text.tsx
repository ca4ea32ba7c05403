/** Renders highlight segments: hits in <mark>, everything as React text (escaped). */
import type { Segment } from "@/lib/search/snippet";

export function MarkedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
