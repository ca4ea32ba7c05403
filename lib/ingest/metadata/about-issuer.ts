/**
 * A press release closes with its issuer's boilerplate under a heading of its own: 关于X, then a
 * paragraph that opens with X and says what the company is (X成立于2019年…, X是一家…). That pair
 * names the company issuing the release (resolve-source.ts). The boilerplate stays in the body,
 * as the fixtures' gold for releases keeps it (meta-b43-txt-press-release-bracket-xinwengao-guanyu-media-contact).
 */

// "关于X", "【关于X】", "关于X：" alone on its line: X a company's name, not a pronoun.
const ABOUT = /^\s*[【\[]?\s*关于\s*([\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9·&.\- ]{1,23}?)\s*[】\]]?\s*[:：]?\s*$/u;
const NOT_NAME = /^(?:我们|本公司|本站|本网|本刊|作者|本文|此文)/;
// What a company's description says of it: founded, headquartered, a kind of firm, devoted to.
const DESCRIBES_COMPANY = /成立于|创立于|创办于|创建于|总部位于|总部设在|是一家|为一家|致力于|专注于|旗下拥有/;
/** Where in the line under the heading the description must say so. */
const DESCRIPTION_CHARS = 120;

/** The issuer a 关于X heading names when the line under it describes X as a company, or null. */
export function aboutIssuer(heading: string, next: string | undefined): string | null {
  const m = ABOUT.exec(heading);
  if (!m || next === undefined || NOT_NAME.test(m[1]!)) return null;
  const name = m[1]!.trim();
  const line = next.trim();
  return line.startsWith(name) && DESCRIBES_COMPANY.test(line.slice(0, DESCRIPTION_CHARS)) ? name : null;
}
