/**
 * People named as the object of an appointment (董事会同意聘任X为公司首席技术官, 公司聘任X、Y为副总裁,
 * 选举X为董事长): announcements and personnel lists introduce new officers so, with no title before
 * the name. The verb opens the shape and 为 + a post ending the clause closes it, so the names
 * between (one, or a list joined by 、/和/及) need no other evidence.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isClauseBreakAt } from "./context";
import type { FoundName, PersonSpan } from "./discover";
import { chineseNameAt, latinNameAt } from "./names";
import { ROLE_NOUNS, titleEndingAt } from "./titles";
import { containsAny, wordTable } from "./word-hits";

const APPOINT = /(?:聘任|聘请|任命|委任|选举|推选|提名|增补|补选)(?:公司|其)?/g;
/** APPOINT's verbs, one of which it cannot match without. */
const APPOINT_VERBS = wordTable(["聘任", "聘请", "任命", "委任", "选举", "推选", "提名", "增补", "补选"]);
/** Between names in the list. */
const JOINER = /^(?:、|和|及|与|以及)/;
/** Longest post after 为 (公司副总裁、董事会秘书; 第五届董事会独立董事). */
const POST_REACH = 24;

/** One appointment: who (new names and known people), where the verb stands, and the post after 为 as [postS, postE). */
export interface Appointment {
  verbAt: number;
  who: { name: string; at: number; slug: string | null }[];
  postS: number;
  postE: number;
}

export function appointmentNames(t: ArticleText, people: PersonSpan[]): { names: FoundName[]; appointments: Appointment[] } {
  const out: FoundName[] = [];
  const appointments: Appointment[] = [];
  const text = t.simp;
  // most articles appoint nobody: one look for the verbs first
  // (APPOINT's own verbs, looked up in the shared pass over the article: a regex scan cost more than the rest on most articles)
  if (!containsAny(text, APPOINT_VERBS)) return { names: out, appointments };
  for (const m of text.matchAll(APPOINT)) {
    let at = m.index + m[0].length;
    const list: { name: string; at: number }[] = [];
    const who: Appointment["who"] = [];
    for (;;) {
      const known = people.find((p) => p.start === at);
      const latin = known ? null : latinNameAt(t.original, at);
      const zh = known || latin ? null : chineseNameAt(text, at);
      const end = known ? known.end : latin && latin.name.includes(" ") ? latin.end : zh && zh.strongSurname ? zh.end : -1;
      if (end === -1) break;
      if (!known) list.push({ name: (latin ?? zh)!.name, at });
      who.push(known ? { name: text.slice(at, end), at, slug: known.slug } : { name: (latin ?? zh)!.name, at, slug: null });
      at = end;
      const j = JOINER.exec(text.slice(at, at + 2));
      if (!j) break;
      at += j[0].length;
    }
    if (text[at] !== "为" || who.length === 0) continue;
    // the post closes the clause: a title ends it (为公司首席技术官，), not a word that merely starts with one
    let e = at + 1;
    while (e < text.length && e - at <= POST_REACH && !isClauseBreakAt(text, e)) e++;
    const title = titleEndingAt(t.low, e);
    if (!title || ROLE_NOUNS.has(title) || e - at > POST_REACH) continue;
    for (const n of list) out.push({ type: "person", name: n.name, confidence: 0.75, evidence: sentenceAt(t, n.at), at: n.at });
    appointments.push({ verbAt: m.index, who, postS: at + 1, postE: e });
  }
  return { names: out, appointments };
}
