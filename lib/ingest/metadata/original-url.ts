/**
 * Where the article was first published, for a "阅读原文" link: the page's canonical link, else
 * its og:url (a relative canonical is read against og:url), else a crawler's URL field in a
 * text dump, a line holding only a label and an address (URL: …, 原文链接：…) outside the body.
 * Only absolute http(s) addresses count (safeHttpUrl); anything else leaves the field empty.
 */
import { safeHttpUrl } from "../../text/http-url";

/** Labels a crawler or a reprint gives its own address; a bare 链接 in the text may point anywhere. */
const URL_FIELD = /^\s*(?:【|\[)?(?:url|link|source[ _-]?url|page[ _-]?url|original[ _-]?url|原文链接|原文地址|原文网址|本文链接|本文地址|文章链接|文章地址|来源链接|来源网址|来源地址)(?:\s*(?:】|\])\s*[:：=]?|\s*[:：=])\s*(\S+)\s*$/i;

export interface OriginalUrlEvidence {
  /** <link rel="canonical" href>, as written (may be relative). */
  canonical: string | null;
  /** <meta property="og:url" content>. */
  ogUrl: string | null;
  /** Lines outside the article body (header, trailer, a dump's field lines). */
  lines: readonly string[];
}

export function resolveOriginalUrl(e: OriginalUrlEvidence): string | null {
  const og = safeHttpUrl(e.ogUrl);
  const canonical = safeHttpUrl(e.canonical, og);
  if (canonical) return canonical;
  if (og) return og;
  for (const line of e.lines) {
    if (line.length > 2100) continue;
    const m = URL_FIELD.exec(line);
    const url = m ? safeHttpUrl(m[1]) : null;
    if (url) return url;
  }
  return null;
}
