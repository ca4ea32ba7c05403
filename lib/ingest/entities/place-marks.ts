/**
 * One body written with and without its place's mark (北京市卫生局 … 北京卫生局, 上海市政协 … 上海政协):
 * news drops the 市/省 as often as it keeps it, and both name the same office. The marked form,
 * the full name, is kept; the other becomes a form of it, and roles follow.
 */
import { isPlaceName } from "./institution-names";
import { foldHit, moveRoles } from "./short-names";
import type { CompanyHit, PersonHit } from "./types";

const MARKED = /^([\u4e00-\u9fff]{2,4}?)([市省])([\u4e00-\u9fff]{2,})$/;

/** `renamed` takes each folded name → the kept one, so the review queue folds them too. */
export function mergePlaceMarks(companies: CompanyHit[], people: PersonHit[], renamed: Map<string, string | null>): CompanyHit[] {
  let out = companies;
  for (const full of companies) {
    const m = MARKED.exec(full.name);
    if (!m || !isPlaceName(m[1]!)) continue;
    const bare = m[1]! + m[3]!;
    const kept = out.find((c) => c.name === full.name);
    const drop = out.find((c) => c.name === bare && c.status !== "gazetteer");
    if (!kept || !drop) continue;
    const merged = foldHit(kept, drop);
    out = out.filter((c) => c !== drop).map((c) => (c === kept ? merged : c));
    renamed.set(bare, kept.name);
    moveRoles(people, bare, kept);
  }
  return out;
}
