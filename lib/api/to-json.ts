/**
 * Data-layer records as the API answers them: dates as ISO strings, a `url` for every thing that
 * has a page. Typed against the response schemas, so the compiler holds the two together.
 */
import type { z } from "zod";
import type { ArticleDetail } from "@/lib/data/articles/get-article";
import type { ArticleListItem } from "@/lib/data/articles/list-articles";
import type { CompanyProfile } from "@/lib/data/companies/get-company";
import type { PersonProfile } from "@/lib/data/people/get-person";
import type { ArticleDetailResponse, ArticleListItemSchema, CompanyProfileResponse, PersonProfileResponse } from "./response-schemas";

const iso = (d: Date | null) => d?.toISOString() ?? null;
export const articleUrl = (id: number) => `/articles/${id}`;
export const entityUrl = (kind: "company" | "person", slug: string) => `/${kind === "company" ? "companies" : "people"}/${encodeURIComponent(slug)}`;

export function articleListItemJson(a: ArticleListItem): z.output<typeof ArticleListItemSchema> {
  const story = a.story && { outlets: a.story.outlets, others: a.story.others.map((o) => ({ ...o, publishedAt: iso(o.publishedAt) })) };
  return { ...a, publishedAt: iso(a.publishedAt), story, url: articleUrl(a.id) };
}

export function articleDetailJson(a: ArticleDetail): z.output<typeof ArticleDetailResponse> {
  const mention = (kind: "company" | "person") => (m: ArticleDetail["companies"][number]) => ({
    slug: m.slug,
    name: m.name,
    about: m.about,
    count: m.count,
    forms: m.forms,
    url: entityUrl(kind, m.slug),
  });
  return {
    id: a.id,
    url: articleUrl(a.id),
    title: a.restoredTitle ?? a.title,
    titleRestored: a.restoredTitle !== null,
    pageTitle: a.title,
    titleSimplified: a.titleSimplified,
    body: a.body,
    bodySimplified: a.bodySimplified,
    restoredBody: a.restoredBody,
    summary: a.summary,
    publishedAt: iso(a.publishedAt),
    publishedLocal: a.publishedLocal,
    dateInferred: a.dateInferred,
    source: a.source,
    site: a.site,
    originalPublisher: a.originalPublisher,
    authors: a.authors,
    reporters: a.reporters,
    editors: a.editors,
    views: a.views,
    script: a.script,
    encoding: a.encoding,
    flags: a.flags,
    missing: a.missing,
    companies: a.companies.map(mention("company")),
    people: a.people.map(mention("person")),
    roles: a.roles,
    nearDuplicates: a.nearDuplicates.map((d) => ({ ...d, url: articleUrl(d.id) })),
  };
}

export function companyProfileJson(c: CompanyProfile): z.output<typeof CompanyProfileResponse> {
  const url = entityUrl("company", c.slug);
  return { ...c, url, feed: `${url}/feed.xml`, articles: c.articles.map((a) => ({ ...articleListItemJson(a), about: a.about })) };
}

export function personProfileJson(p: PersonProfile): z.output<typeof PersonProfileResponse> {
  const url = entityUrl("person", p.slug);
  return { ...p, url, feed: `${url}/feed.xml`, articles: p.articles.map((a) => ({ ...articleListItemJson(a), about: a.about })) };
}
