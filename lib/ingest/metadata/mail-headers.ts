/**
 * A newsletter copied from a mail client keeps the message's header fields over its text: 发件人
 * (the sender: the newsletter's name, then its address in angle brackets), 发送时间, 收件人, 抄送 and
 * 主题 (the subject: the headline). The sender's name is who published the text; the
 * recipients are the reader's own fields, naming no one the article credits.
 */
import { simplifiedLine as toSimplified } from "./simplified";

// 发件人：X <address>, From: X <address>
const SENDER = /^\s*(?:发件人|寄件人|from)\s*[:：]\s*([^<>\s@][^<>@]{0,28}?)\s*<[^<>\s@]+@[^<>\s]+>\s*$/iu;
// 收件人：…, 抄送：…, To: …, Cc: …: the reader's fields.
export const MAIL_ROUTING = /^\s*(?:收件人|抄送|密送|(?:to|cc|bcc)(?=\s*[:：]\s*\S+@))\s*[:：]/iu;

/** Is the line the sender's field of a mail's header (发件人：X <address>). */
export const isMailSender = (line: string): boolean => SENDER.test(toSimplified(line));

/** The sender's name of a mail header among the lines, if one names it. */
export function mailSender(lines: string[]): string | null {
  for (const line of lines) {
    const m = line.match(SENDER) ?? toSimplified(line).match(SENDER);
    const name = m?.[1]?.trim().replace(/^["“']|["”']$/g, "");
    if (name && name.length >= 2) return name;
  }
  return null;
}
