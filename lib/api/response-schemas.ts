/**
 * What each JSON route answers, as zod schemas. They are the source of the OpenAPI document
 * (lib/api/openapi.ts); the browser tests parse live answers with them, so a route that drifts
 * from its documented shape fails a test rather than a client.
 */
import { z } from "zod";

const IsoDate = z.iso.datetime({ offset: true }).describe("ISO 8601 date and time");
const NullableString = z.string().nullable();

export const EntityLinkSchema = z.object({
  slug: z.string(),
  name: z.string(),
  about: z.boolean().describe("the article is about this entity, not only mentioning it"),
});

export const StoryOthersSchema = z
  .object({
    outlets: z.number().int().describe("outlets reporting the story, the listed article's included"),
    others: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        titleRestored: z.boolean(),
        source: NullableString,
        publishedAt: IsoDate.nullable(),
        publishedLocal: NullableString,
        script: z.string(),
      }),
    ),
  })
  .describe("in a list grouped by story (the default): the story's other reports, oldest first");

export const ArticleListItemSchema = z.object({
  id: z.number().int(),
  title: z.string().describe("the title the article page leads with (the restored one for spun text)"),
  titleRestored: z.boolean(),
  summary: NullableString,
  publishedAt: IsoDate.nullable(),
  publishedLocal: NullableString.describe("as published, with its UTC offset"),
  dateInferred: z.boolean(),
  source: NullableString,
  script: z.string(),
  duplicateOfId: z.number().int().nullable(),
  companies: z.array(EntityLinkSchema),
  people: z.array(EntityLinkSchema),
  addedAt: z.string().describe("when the article was first imported (ISO 8601)"),
  story: StoryOthersSchema.optional(),
  url: z.string(),
});

export const ArticleListResponse = z.object({
  total: z.number().int().describe("articles matching the filters"),
  rows: z.number().int().describe("rows those articles make: stories when grouped, else articles"),
  grouped: z.boolean(),
  nextCursor: NullableString.describe("pass as ?cursor= for the next page; null on the last page"),
  items: z.array(ArticleListItemSchema),
});

const MentionSchema = z.object({
  slug: z.string(),
  name: z.string(),
  about: z.boolean(),
  count: z.number().int().describe("times named in this article"),
  forms: z.array(z.string()).describe("the names it goes by in this article"),
  url: z.string(),
});

const ArticleRefSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  titleRestored: z.boolean(),
  source: NullableString,
  publishedLocal: NullableString,
  dateInferred: z.boolean(),
  url: z.string(),
});

export const ArticleDetailResponse = z.object({
  id: z.number().int(),
  url: z.string(),
  title: z.string().describe("the title the article page leads with"),
  titleRestored: z.boolean(),
  pageTitle: z.string().describe("the title as the source page gave it"),
  titleSimplified: z.string(),
  body: z.string().describe("the clean text; paragraphs separated by a blank line"),
  bodySimplified: z.string(),
  restoredBody: NullableString.describe("spun text with its synonyms restored, when detected"),
  summary: NullableString,
  publishedAt: IsoDate.nullable(),
  publishedLocal: NullableString,
  dateInferred: z.boolean(),
  source: NullableString,
  site: NullableString,
  originalPublisher: NullableString,
  authors: z.array(z.string()),
  reporters: z.array(z.string()),
  editors: z.array(z.string()),
  views: z.number().int().nullable(),
  script: z.string(),
  encoding: z.string(),
  flags: z.array(z.string()),
  missing: z.boolean().describe("the source file was gone at the last import"),
  companies: z.array(MentionSchema),
  people: z.array(MentionSchema),
  roles: z.array(
    z.object({ personSlug: z.string(), personName: z.string(), organisation: z.string(), companySlug: NullableString, title: z.string(), sentence: z.string() }),
  ),
  nearDuplicates: z.array(ArticleRefSchema),
});

const MonthCountSchema = z.object({ month: z.string(), count: z.number().int() });
const CoMentionSchema = z.object({ slug: z.string(), name: z.string(), articles: z.number().int() });

export const CompanyListResponse = z.object({
  total: z.number().int(),
  nextCursor: NullableString,
  kinds: z.array(z.object({ kind: z.string(), count: z.number().int() })),
  items: z.array(
    z.object({ id: z.number().int(), slug: z.string(), name: z.string(), kind: z.string(), articleCount: z.number().int(), trend: z.array(MonthCountSchema), url: z.string() }),
  ),
});

export const PersonListResponse = z.object({
  total: z.number().int(),
  nextCursor: NullableString,
  items: z.array(
    z.object({
      id: z.number().int(),
      slug: z.string(),
      name: z.string(),
      articleCount: z.number().int(),
      role: z.object({ organisation: z.string(), title: z.string() }).nullable(),
      trend: z.array(MonthCountSchema),
      url: z.string(),
    }),
  ),
});

const ProfileArticleSchema = ArticleListItemSchema.extend({ about: z.boolean() });

export const CompanyProfileResponse = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  status: z.string(),
  url: z.string(),
  feed: z.string(),
  aliases: z.array(z.string()),
  products: z.array(z.string()),
  parent: z.object({ slug: z.string(), name: z.string() }).nullable(),
  children: z.array(z.object({ slug: z.string(), name: z.string() })),
  articleCount: z.number().int(),
  aboutCount: z.number().int(),
  people: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      titles: z.array(z.object({ title: z.string(), articleId: z.number().int(), articleTitle: z.string(), sentence: z.string() })),
    }),
  ),
  companies: z.array(CoMentionSchema),
  coPeople: z.array(CoMentionSchema),
  months: z.array(MonthCountSchema),
  articles: z.array(ProfileArticleSchema).describe("the newest; page further with /api/articles?company="),
});

export const PersonProfileResponse = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  status: z.string(),
  url: z.string(),
  feed: z.string(),
  aliases: z.array(z.string()),
  articleCount: z.number().int(),
  aboutCount: z.number().int(),
  roles: z.array(
    z.object({
      organisation: z.string(),
      company: z.object({ slug: z.string(), name: z.string() }).nullable(),
      title: z.string(),
      sentence: z.string(),
      article: z.object({ id: z.number().int(), title: z.string(), publishedLocal: NullableString, dateInferred: z.boolean() }),
    }),
  ),
  companies: z.array(CoMentionSchema),
  people: z.array(CoMentionSchema),
  months: z.array(MonthCountSchema),
  articles: z.array(ProfileArticleSchema).describe("the newest; page further with /api/articles?person="),
});

const SegmentSchema = z.object({ text: z.string(), hit: z.boolean() });
const EntityResultSchema = z.object({
  kind: z.enum(["company", "person"]),
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  products: z.array(z.string()).optional(),
  mentions: z.number().int(),
  matchedBy: z.enum(["name", "alias", "pinyin", "product"]),
  via: NullableString,
});

export const SearchResponse = z.object({
  q: z.string(),
  warnings: z.array(z.string()),
  companies: z.array(EntityResultSchema),
  people: z.array(EntityResultSchema),
  articles: z.object({
    items: z.array(
      z.object({
        id: z.number().int(),
        title: z.array(SegmentSchema).describe("the listed title, split into highlighted and plain runs"),
        titleRestored: z.boolean(),
        snippet: z.array(SegmentSchema),
        source: NullableString,
        publishedLocal: NullableString,
        publishedAt: IsoDate.nullable(),
        dateInferred: z.boolean(),
        story: StoryOthersSchema.optional(),
      }),
    ),
    folded: z.number().int().describe("hits on this page left out because a better-ranked hit of the same story is listed"),
    ranking: z.enum(["relevance", "title-then-recent", "title-first", "recent"]),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().describe("exact up to 200; beyond it totalCapped is true"),
    totalCapped: z.boolean(),
    hasMore: z.boolean(),
    nextCursor: NullableString.describe("pass as ?cursor= for the next page; null on the last page"),
  }),
});

export const SuggestResponse = z.object({
  q: z.string(),
  suggestions: z.array(
    z.object({
      kind: z.enum(["company", "person"]),
      slug: z.string(),
      name: z.string(),
      via: NullableString.describe("the alias or product that matched"),
      mentions: z.number().int(),
    }),
  ),
});

export const HealthResponse = z.looseObject({ ok: z.boolean() });

/** The one error body (lib/validation/api-error.ts); routes may add sibling fields. */
export const ApiErrorResponse = z.looseObject({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ param: z.string(), message: z.string() })),
  }),
});
