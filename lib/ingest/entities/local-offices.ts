/**
 * A local government's head named by the place and the office (深圳市副市长X, 南山区区长X,
 * 湖南省副省长X): the post is at the place. No company is made of the place (a city is no
 * organisation the article discusses); the person gets the role only, with the place as written.
 */
import { sentenceAt, type ArticleText } from "./article-text";
import { isHanAt } from "./context";
import type { PersonHit } from "./types";

/** The offices of a province's, city's, district's, county's or town's government, longest first. */
const LOCAL_OFFICE = /(?:常务副|副)?(?:省长|市长|区长|县长|州长|镇长|旗长)$/;
/** A place closed by its level (深圳市, 南山区, 湖南省, 延边州); two to six characters before the level word. */
const PLACE = /^[\u4e00-\u9fff]{2,6}[省市区县州镇旗]$/;
/** Words a clause may open with before the place (时任, 原, 前, 现任). */
const LEAD = /^(?:时任|现任|原|前|据|由|经|而|和|与|及|但|并|对此|其中包括|其中|包括|会上|同时|此外|另外)/;
/** Characters no place name holds: a verb or a function word means the clause is no bare place. */
const NOT_IN_PLACE = /[的了在是为和与及对将向从把被由等也都已说称]/;

/** A place's party committee opening a post (深圳市委常委, 湖南省委副书记): the place the chain of posts is at. */
const PLACE_COMMITTEE = /^([\u4e00-\u9fff]{2,6}?[省市区县州])委/;

const CLAUSE_BREAK = /[，。；：！？、,;:!?\n“”「」（）()]/;

/** Adds the post at the place to each person written right after a place and a local office. */
export function addLocalOfficeRoles(t: ArticleText, people: PersonHit[]): void {
  const text = t.simp;
  for (const person of people) {
    if (person.author) continue;
    for (const form of new Set([person.name, ...person.forms])) {
      if (form.length < 2) continue;
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
        // the name ends there (X称, X在…), not inside a longer Han run read otherwise
        if (at < 3) continue;
        const before = text.slice(Math.max(0, at - 14), at);
        const office = LOCAL_OFFICE.exec(before);
        if (!office) continue;
        const s = before.length - office[0].length;
        let p = s;
        while (p > 0 && !CLAUSE_BREAK.test(before[p - 1]!)) p--;
        // the clause must reach back to a break (or the text's start) within the window
        if (p === 0 && at - before.length > 0 && isHanAt(text, at - before.length - 1)) continue;
        let place = before.slice(p, s);
        const lead = LEAD.exec(place);
        if (lead) place = place.slice(lead[0].length);
        // the place named once for a chain of posts (深圳市委常委、|副市长X): the party committee's place
        if (place === "" && before[p - 1] === "、") {
          let q = p - 1;
          while (q > 0 && !CLAUSE_BREAK.test(before[q - 1]!)) q--;
          const committee = PLACE_COMMITTEE.exec(before.slice(q, p - 1).replace(LEAD, ""));
          if (committee) place = committee[1]!;
        }
        if (!PLACE.test(place) || NOT_IN_PLACE.test(place)) continue;
        const title = t.original.slice(at - office[0].length, at);
        const placeAt = text.lastIndexOf(place, at - office[0].length);
        const placeAsWritten = t.original.slice(placeAt, placeAt + place.length);
        if (person.roles.some((r) => r.title === title)) continue;
        person.roles.push({ organisation: placeAsWritten, title, sentence: sentenceAt(t, at) });
      }
    }
  }
}
