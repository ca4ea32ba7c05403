/** One article for the reading view: clean text, metadata, cleaning record, entities and near-duplicates. */
import { db, type Db } from "@/lib/db";
import { parseCleaning, parseStringList, type Cleaning } from "./json-columns";

export interface MentionedEntity {
  id: number;
  slug: string;
  name: string;
  about: boolean;
  count: number;
  /** Surface forms seen in this article (aliases, products, other script). */
  forms: string[];
}

export interface ArticleRef {
  id: number;
  title: string;
  source: string | null;
  publishedLocal: string | null;
  dateInferred: boolean;
}

export interface ArticleDetail {
  id: number;
  path: string;
  title: string;
  titleSimplified: string;
  body: string;
  bodySimplified: string;
  summary: string | null;
  publishedAt: Date | null;
  publishedLocal: string | null;
  dateInferred: boolean;
  source: string | null;
  site: string | null;
  originalPublisher: string | null;
  authors: string[];
  reporters: string[];
  editors: string[];
  views: number | null;
  script: string;
  encoding: string;
  restoredTitle: string | null;
  restoredBody: string | null;
  flags: string[];
  cleaning: Cleaning;
  missing: boolean;
  companies: MentionedEntity[];
  people: MentionedEntity[];
  roles: { personSlug: string; personName: string; organisation: string; companySlug: string | null; title: string; sentence: string }[];
  /** The same story from other sites: the original this one duplicates and its other copies. */
  nearDuplicates: ArticleRef[];
}

const refSelect = { id: true, title: true, source: true, publishedLocal: true, dateInferred: true } as const;

export async function getArticle(id: number, database: Db = db()): Promise<ArticleDetail | null> {
  const a = await database.article.findUnique({
    where: { id },
    include: {
      companyMentions: { include: { company: { select: { id: true, slug: true, name: true } } } },
      personMentions: { include: { person: { select: { id: true, slug: true, name: true } } } },
      roles: { include: { person: { select: { slug: true, name: true } }, company: { select: { slug: true } } } },
      duplicateOf: { select: refSelect },
      duplicates: { select: refSelect, orderBy: { id: "asc" } },
    },
  });
  if (!a) return null;

  // Copies of the same original are near-duplicates of this one too.
  const siblings = a.duplicateOfId
    ? await database.article.findMany({
        where: { duplicateOfId: a.duplicateOfId, id: { not: a.id } },
        select: refSelect,
        orderBy: { id: "asc" },
      })
    : [];
  const nearDuplicates = [...(a.duplicateOf ? [a.duplicateOf] : []), ...siblings, ...a.duplicates];

  const byRank = (x: MentionedEntity, y: MentionedEntity) =>
    Number(y.about) - Number(x.about) || y.count - x.count || x.name.localeCompare(y.name, "zh-CN");

  return {
    id: a.id,
    path: a.path,
    title: a.title,
    titleSimplified: a.titleSimplified,
    body: a.body,
    bodySimplified: a.bodySimplified,
    summary: a.summary,
    publishedAt: a.publishedAt,
    publishedLocal: a.publishedLocal,
    dateInferred: a.dateInferred,
    source: a.source,
    site: a.site,
    originalPublisher: a.originalPublisher,
    authors: parseStringList(a.authors),
    reporters: parseStringList(a.reporters),
    editors: parseStringList(a.editors),
    views: a.views,
    script: a.script,
    encoding: a.encoding,
    restoredTitle: a.restoredTitle,
    restoredBody: a.restoredBody,
    flags: parseStringList(a.flags),
    cleaning: parseCleaning(a.cleaning),
    missing: a.missingSince !== null,
    companies: a.companyMentions
      .map((m) => ({ id: m.company.id, slug: m.company.slug, name: m.company.name, about: m.about, count: m.count, forms: parseStringList(m.forms) }))
      .sort(byRank),
    people: a.personMentions
      .map((m) => ({ id: m.person.id, slug: m.person.slug, name: m.person.name, about: m.about, count: m.count, forms: parseStringList(m.forms) }))
      .sort(byRank),
    roles: a.roles.map((r) => ({
      personSlug: r.person.slug,
      personName: r.person.name,
      organisation: r.organisation,
      companySlug: r.company?.slug ?? null,
      title: r.title,
      sentence: r.sentence,
    })),
    nearDuplicates,
  };
}
