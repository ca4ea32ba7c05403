/** Companies and people that appear in the same articles as a given company or person, by number of shared articles (from the listing snapshot). */
import { db, type Db } from "@/lib/db";
import { snapshotRead } from "../listing-index/listing-index";
import { mentionIndexOf, postingsOf, type MentionIndex } from "../listing-index/snapshot";
import { topEntities } from "../listing-index/tally";

export interface CoMention {
  slug: string;
  name: string;
  articles: number;
}

const LIMIT = 12;

export function coMentions(kind: "company" | "person", id: number, database: Db = db()): Promise<{ companies: CoMention[]; people: CoMention[] }> {
  return snapshotRead(database, `co-mentions:${kind}:${id}`, (s) => {
    const ranks = postingsOf(mentionIndexOf(s, kind), id);
    const named = (index: MentionIndex, skip: number): CoMention[] =>
      topEntities(index, ranks, LIMIT, skip).map((e) => ({ slug: e.slug, name: e.name, articles: e.count }));
    return { companies: named(s.companies, kind === "company" ? id : -1), people: named(s.people, kind === "person" ? id : -1) };
  });
}
