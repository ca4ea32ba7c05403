/**
 * Article metadata: the evidence is gathered once (evidence.ts), then one resolver per field
 * decides, each with its documented order of evidence — structured data → meta tags → the lines
 * around the headline and under the body → the URL → the page text — and each leaves its field
 * empty rather than fill it with junk:
 *   title        resolve-title.ts        (after classify/title.ts and the HTML front end), then
 *                title-site-suffix.ts    (a text's headline line without the site's name after it)
 *   publishedAt  resolve-published-at.ts
 *   source       resolve-source.ts       (the publisher the article credits)
 *   siteClaim    resolve-site-claim.ts   (what the carrying site claims)
 *   authors      resolve-authors.ts      (writers and reporters)
 *   editors      resolve-editors.ts
 *   originalUrl  original-url.ts         (canonical link, og:url, a crawler's URL field)
 * plus the view count, the summary and the closing notes about the author.
 */
import type { ArticleMetadata, Block } from "../types";
import type { Classification } from "../classify/classify-blocks";
import { gatherEvidence, type HtmlHints } from "./evidence";
import { resolveAuthors } from "./resolve-authors";
import { resolveEditors } from "./resolve-editors";
import { resolvePublishedAt } from "./resolve-published-at";
import { resolveSiteClaim } from "./resolve-site-claim";
import { resolveSource } from "./resolve-source";
import { resolveTitle } from "./resolve-title";
import { viewCount } from "./views";
import { resolveOriginalUrl } from "./original-url";
import { splitTitleSite } from "./title-site-suffix";
import { isOwnOffice, ownSiteSource } from "./own-site-source";
import { copyrightHolder } from "./copyright-holder";
import { crumbSite } from "./crumb-site";
import { editionMasthead } from "./edition-masthead";
import { foldName } from "./names";

export type { HtmlHints } from "./evidence";

const SUMMARY_MAX = 160;

function summaryOf(paragraphs: string[]): string | null {
  const first = paragraphs.find((p) => p.replace(/\s/g, "").length >= 20) ?? paragraphs[0];
  if (!first) return null;
  if (first.length <= SUMMARY_MAX) return first;
  const cut = first.slice(0, SUMMARY_MAX);
  const stop = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("！"), cut.lastIndexOf("？"));
  return stop >= 40 ? cut.slice(0, stop + 1) : `${cut}…`;
}

export function extractMetadata(blocks: Block[], cls: Classification, paragraphs: string[], hints: HtmlHints = {}): ArticleMetadata {
  const e = gatherEvidence(blocks, cls, paragraphs, hints);
  const date = resolvePublishedAt(e);
  const source = resolveSource(e);
  const writers = resolveAuthors(e, source.originalPublisher, [source.source, source.producer, source.claim]);
  let views: number | null = null;
  for (const line of [...e.header, ...e.trailer]) views ??= viewCount(line);
  const body = new Set(cls.body);
  const outside = [...e.header, ...e.trailer, ...blocks.filter((_, i) => !body.has(i)).map((b) => b.text)];
  // A footer's rights line naming the article's writer (© 2026 X on X's own blog) names no outlet.
  const writerNames = new Set([...writers.authors, ...writers.reporters].map(foldName));
  const notWriter = (n: string | null) => (n !== null && writerNames.has(foldName(n)) ? null : n);
  // "标题 - 作者 - 平台": a <title> naming the writer right before its last part names a platform
  // there, which publishes its members' posts: the writer confirms that part is the site's name.
  const titleParts = (e.html?.declaredTitles?.at(-1) ?? "").split(/\s+[-–—|｜_]\s+|_/).map((p) => p.trim()).filter(Boolean);
  const platform = titleParts.length >= 3 && writerNames.has(foldName(titleParts.at(-2)!)) ? titleParts.at(-1)! : null;
  // a text's headline line may end in the site's name (标题 - 站名); HTML <title> was split before
  const titled: { title: string; site: string | null; outlet?: string } = e.html ? { title: resolveTitle(cls.title, e), site: null } : splitTitleSite(resolveTitle(cls.title, e), e);
  const siteName = e.html ? (e.html.ownSiteName ?? null) : (e.siteName ?? titled.site ?? editionMasthead(blocks.slice(0, 8).map((b) => b.text)) ?? crumbSite(blocks.map((b) => b.text)));
  // A credit naming the site's own office (来源：学会秘书处) credits no other outlet: it yields to the
  // headline's outlet, a producer and the site's own name, and stands only when none is found.
  const credited = source.source !== null && !isOwnOffice(source.source, siteName) ? source.source : null;
  const ownSite = () =>
    ownSiteSource(source.source !== null ? null : source.claim, { siteName, footer: notWriter(e.html ? (e.html.copyrightHolder ?? e.html.titleSiteEcho ?? null) : copyrightHolder(blocks.map((b) => b.text), titled.title)) ?? platform, siteNameTag: e.html?.siteNameTag ?? null }, titled.title);
  return {
    title: titled.title,
    publishedAt: date.iso,
    dateEvidence: date.evidence,
    dateInferred: date.inferred,
    // the outlet that brands the headline (【X网】…) when nothing in the text credits one, else the
    // site itself when nothing credits another outlet (own-site-source.ts)
    source: credited ?? titled.outlet ?? source.producer ?? ownSite() ?? source.source ?? null,
    siteClaim: resolveSiteClaim(e, source.claim) ?? titled.site,
    originalPublisher: source.originalPublisher,
    summary: summaryOf(paragraphs) ?? hints.description ?? null,
    views,
    notes: e.notes,
    authors: writers.authors,
    reporters: writers.reporters,
    editors: resolveEditors(e),
    originalUrl: resolveOriginalUrl({ canonical: e.html?.canonical ?? null, ogUrl: e.html?.ogUrl ?? null, lines: outside }),
  };
}
