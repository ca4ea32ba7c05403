/**
 * A writer's card closing the article (<name> / <outlet>主笔，关注<a beat>): the writer's
 * bare name on a line of its own, then one short line about them (their post and beat, perhaps how
 * to reach them), as the body's last two lines. A tech site prints it under the text beside an
 * avatar and a follow button; without the card's box the two lines read as the article's close.
 * They credit the writer, they say nothing of the story. Only at the body's end, and only when the
 * line about them is no sentence (a closing paragraph ends in 。) and speaks of a writer's post or
 * beat; a bare name alone (a blog's signature) stays. Nor is it a card where a bare name stands on
 * its own line higher in the body: then the name and its line are the last of a roster the article
 * lists (林某 / 某校研究员，关注… per person), its own text. Nor where the body names that person
 * above: a writer is not a person of their own story, the subject of a profile is, and a profile
 * may close on its subject's name and one line about them (人物简介 / 林某 / 某院院士，长期关注…).
 */
import { isWriterNameLine } from "../metadata/writer-line";

/** A bio line is one short line, not a paragraph. */
const BIO_MAX = 60;
// A writer's post or beat (记者, 主笔, 专栏作者; 关注…, 专注…) or the card's invitation (欢迎交流).
const BIO_WORDS = /记者|编辑|主笔|作者|撰稿人|专栏|评论员|研究员|分析师|主编|主理人|关注|专注|欢迎交流|联系方式/u;
const SENTENCE_END = /[。！？!?…]$/u;
/** The article must keep more than the card: a short body may end in the writer's own line. */
const BODY_MIN = 4;

/** How many of the body's last items are a writer's card (0 or 2). */
export function writerCardItems(texts: string[]): number {
  if (texts.length < BODY_MIN) return 0;
  const name = texts[texts.length - 2]!.trim();
  const bio = texts[texts.length - 1]!.trim();
  if (!isWriterNameLine(name) || bio.length > BIO_MAX || SENTENCE_END.test(bio) || !BIO_WORDS.test(bio)) return 0;
  if (texts.slice(0, -2).some((t) => isWriterNameLine(t) || t.includes(name))) return 0;
  return 2;
}
