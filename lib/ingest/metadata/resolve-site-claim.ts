/**
 * The site claim: what the page that carries the article says of the source (its 来源 line,
 * even a generic 互联网), else the site's own name — og:site_name, application-name, the JSON-LD
 * publisher, or the site part of <title> ("标题_站名", "标题 - 站名", "标题|站名"). Kept beside the credited source, never in its place: a portal that
 * reprints 新京报 claims the article, 新京报 published it. When nothing credits another outlet the
 * site is the source as well (own-site-source.ts, issue 14's policy).
 */
import type { MetadataEvidence } from "./evidence";

export function resolveSiteClaim(e: MetadataEvidence, claim: string | null): string | null {
  return claim ?? e.siteName ?? e.html?.publisher ?? null;
}
