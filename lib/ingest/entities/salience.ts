/**
 * How much an article is about an entity: in the title, in the lead paragraph, how often, and
 * (for people) whether they are quoted or wrote it; for companies, whether the article gives someone a role
 * there. `about` separates the subjects of an article from passing mentions; pages rank by it.
 */

export interface SalienceInput {
  count: number;
  inTitle: boolean;
  inLead: boolean;
  quoted: boolean;
  hasRoles: boolean;
  /** The article is bylined to this person (its author, or the speaker a closing note names). */
  authored?: boolean;
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

export function companySalience(s: SalienceInput): { salience: number; about: boolean } {
  const salience = 0.35 * +s.inTitle + 0.15 * +s.inLead + (0.35 * Math.min(s.count, 6)) / 6 + 0.15 * +s.hasRoles;
  return { salience: round(salience), about: s.inTitle || s.count >= 3 || (s.inLead && s.count >= 2) };
}

export function personSalience(s: SalienceInput): { salience: number; about: boolean } {
  const salience = 0.35 * +s.inTitle + 0.15 * +s.inLead + (0.3 * Math.min(s.count, 5)) / 5 + 0.2 * +s.quoted + 0.3 * +(s.authored ?? false);
  return { salience: round(salience), about: s.inTitle || s.quoted || s.count >= 3 || (s.authored ?? false) };
}
