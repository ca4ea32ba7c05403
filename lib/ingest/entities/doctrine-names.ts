/**
 * A leader's name at the head of a doctrine's name (毛泽东思想, 邓小平理论, 习近平新时代中国特色社会
 * 主义思想) names the doctrine, not the person: a law or a party text lists doctrines without being
 * about their authors. The doctrine word follows the name directly, or after a short phrase that
 * opens with 新时代 and ends in it (新时代…思想), within the clause.
 */
const DOCTRINE_AFTER = /^(?:思想|理论(?!上)|主义|新时代[^\s，。；、,;]{0,12}?思想)/;

/** The name ending at `end` opens a doctrine's name. */
export function opensDoctrineName(text: string, end: number): boolean {
  return DOCTRINE_AFTER.test(text.slice(end, end + 16));
}
