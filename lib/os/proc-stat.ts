/**
 * The fields of a /proc/<pid>/stat line after the command name, which may hold spaces and
 * parentheses, so it is closed by the line's last ")": index 0 is the state, 3 the session,
 * 11 and 12 utime and stime (proc(5), fields 3 onwards). Null when the line has no name.
 */
export function statFields(stat: string): string[] | null {
  const close = stat.lastIndexOf(")");
  return close < 0 ? null : stat.slice(close + 2).split(" ");
}
