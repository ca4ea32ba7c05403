/**
 * A Latin full name after a part someone plays (选手Minjun Park以总分…夺冠, 外援球员Lucas Ferreira的
 * 进球): a competitor, a player or a designer is a person, and two or three capitalised words
 * after that noun are their name even when no speech verb follows. A word that makes the run an
 * organisation, a team or a product (Labs, Team, Cloud, Pro) leaves it out.
 */
import { NOT_PERSON_WORD } from "./speech-names";

export function latinFullName(name: string): boolean {
  const words = name.split(" ");
  return words.length >= 2 && words.length <= 3 && words.every((w) => !NOT_PERSON_WORD.test(w) && !/^[A-Z]+$/.test(w));
}
