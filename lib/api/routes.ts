/**
 * Every public GET route of the JSON API and the feeds, with the zod schemas it reads its
 * parameters with and answers in. The handlers parse with these same schema objects, and the
 * OpenAPI document (openapi.ts) is generated from this list, so the document cannot describe a
 * parameter a route does not read.
 */
import { z } from "zod";
import { ArticleFiltersSchema } from "@/lib/validation/article-filters";
import { CompanyListSchema, PersonListSchema } from "@/lib/validation/entity-lists";
import { IdSchema, SlugSchema } from "@/lib/validation/query";
import { SearchApiParams, SearchFeedParams, SuggestApiParams } from "@/lib/search/search-params";
import {
  ArticleDetailResponse,
  ArticleListResponse,
  CompanyListResponse,
  CompanyProfileResponse,
  HealthResponse,
  PersonListResponse,
  PersonProfileResponse,
  SearchResponse,
  SuggestResponse,
} from "./response-schemas";

export const HealthQuery = z.object({ check: z.enum(["quick"]).optional().describe("also run SQLite's quick_check") });
export const ArticleIdParams = z.object({ id: IdSchema });
export const SlugParams = z.object({ slug: SlugSchema });
/** No parameters at all. */
export const NoQuery = z.object({}).strict();

export interface ApiRoute {
  /** OpenAPI path template, e.g. /api/articles/{id}. */
  path: string;
  summary: string;
  description?: string;
  pathParams?: z.ZodObject;
  query: z.ZodObject;
  /** JSON schema of a 200, or "atom" for a feed. */
  response: z.ZodType | "atom";
  /** Error statuses the route answers in the error format (besides 304). */
  errors: number[];
  /** Answers with ETag and Cache-Control, and 304 for a matching If-None-Match. */
  conditional: boolean;
}

export const API_ROUTES: ApiRoute[] = [
  {
    path: "/api/articles",
    summary: "文章列表（最新在前，可筛选）",
    description: "Keyset paging: follow nextCursor with ?cursor=. page= is accepted for hand-typed links.",
    query: ArticleFiltersSchema,
    response: ArticleListResponse,
    errors: [400],
    conditional: true,
  },
  {
    path: "/api/articles/{id}",
    summary: "一篇文章：清洗后的正文、元数据、公司和人物",
    pathParams: ArticleIdParams,
    query: NoQuery,
    response: ArticleDetailResponse,
    errors: [400, 404],
    conditional: true,
  },
  {
    path: "/api/companies",
    summary: "公司和机构（按文章数排序）",
    description: "Follow nextCursor with ?cursor=; offset= still works.",
    query: CompanyListSchema,
    response: CompanyListResponse,
    errors: [400],
    conditional: true,
  },
  {
    path: "/api/companies/{slug}",
    summary: "一家公司的档案",
    pathParams: SlugParams,
    query: NoQuery,
    response: CompanyProfileResponse,
    errors: [400, 404],
    conditional: true,
  },
  {
    path: "/api/people",
    summary: "人物（按文章数排序）",
    description: "Follow nextCursor with ?cursor=; offset= still works.",
    query: PersonListSchema,
    response: PersonListResponse,
    errors: [400],
    conditional: true,
  },
  {
    path: "/api/people/{slug}",
    summary: "一个人物的档案",
    pathParams: SlugParams,
    query: NoQuery,
    response: PersonProfileResponse,
    errors: [400, 404],
    conditional: true,
  },
  {
    path: "/api/search",
    summary: "搜索文章、公司和人物",
    description: "Follow articles.nextCursor with ?cursor= (it names the next page of the same ranking).",
    query: SearchApiParams,
    response: SearchResponse,
    errors: [400],
    conditional: true,
  },
  {
    path: "/api/suggest",
    summary: "搜索框的公司和人物建议",
    query: SuggestApiParams,
    response: SuggestResponse,
    errors: [400],
    conditional: true,
  },
  {
    path: "/api/health",
    summary: "数据库是否可用",
    query: HealthQuery,
    response: HealthResponse,
    errors: [400, 503],
    conditional: false,
  },
  {
    path: "/api/openapi.json",
    summary: "本文档（OpenAPI 3.1）",
    query: NoQuery,
    response: z.looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string() }), paths: z.record(z.string(), z.unknown()) }),
    errors: [400],
    conditional: true,
  },
  { path: "/feed.xml", summary: "全站最新文章（Atom）", query: NoQuery, response: "atom", errors: [], conditional: true },
  {
    path: "/companies/{slug}/feed.xml",
    summary: "一家公司的最新文章（Atom）",
    pathParams: SlugParams,
    query: NoQuery,
    response: "atom",
    errors: [404],
    conditional: true,
  },
  {
    path: "/people/{slug}/feed.xml",
    summary: "一个人物的最新文章（Atom）",
    pathParams: SlugParams,
    query: NoQuery,
    response: "atom",
    errors: [404],
    conditional: true,
  },
  { path: "/search/feed.xml", summary: "一个搜索的最新文章（Atom）", query: SearchFeedParams, response: "atom", errors: [400], conditional: true },
];
