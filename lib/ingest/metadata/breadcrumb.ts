/**
 * A breadcrumb line's crumbs (北青网 > 科技 > 正文): the arrows sites set between them. Read by the
 * site-name and column-tag rules, which both ask what a trail of crumbs says.
 */
const ARROWS = /\s*(?:>|＞|›|»|→)\s*/u;
/** The arrows, or a slash between crumbs too (首页 / 科技 / 正文), which only a line with an arrow in it is read with. */
const ARROWS_OR_SLASH = /\s*(?:>|＞|›|»|→|\/)\s*/u;

/** The line's crumbs split at arrows (and slashes, with `slash`); a line with no arrow is one crumb. */
export function crumbsOf(line: string, slash = false): string[] {
  if (!ARROWS.test(line)) return [line];
  return line.split(slash ? ARROWS_OR_SLASH : ARROWS);
}
