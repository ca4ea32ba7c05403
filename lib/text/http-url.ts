/**
 * The one rule for a link to somewhere else taken from a scraped page: an absolute http(s) URL
 * with a host and no credentials, short enough to be a real address. Anything else (javascript:,
 * data:, a relative path with no base, user:pass@host) is refused, so it can never become a link.
 */
const MAX_LENGTH = 2048;

export function safeHttpUrl(raw: string | null | undefined, base?: string | null): string | null {
  if (!raw) return null;
  const text = raw.trim();
  // Whitespace or control characters inside an address are a scraping accident or a trick.
  if (text === "" || text.length > MAX_LENGTH || /[\s\u0000-\u001f\u007f]/.test(text)) return null;
  let url: URL;
  try {
    url = base ? new URL(text, safeHttpUrl(base) ?? undefined) : new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href.length > MAX_LENGTH ? null : url.href;
}
