/** The buffers of a listing snapshot's typed arrays, to transfer them between threads instead of copying (each once). */
import type { ListingSnapshot, MentionIndex } from "./snapshot";

export function snapshotBuffers(s: ListingSnapshot): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [s.id, s.time, s.rankOfId, s.source, s.script, s.month, ...s.sourcePostings, ...s.scriptPostings];
  const mentions = (m: MentionIndex) => arrays.push(m.offsets, m.entity, m.about, ...m.postings.values(), ...m.monthTally.values());
  mentions(s.companies);
  mentions(s.people);
  const out = new Set<ArrayBuffer>();
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer && a.buffer.byteLength > 0) out.add(a.buffer);
  return [...out];
}
