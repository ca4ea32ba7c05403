/**
 * What a page costs to send: its HTML (a first visit) and its RSC payload (a client-side
 * navigation to it, the `RSC: 1` request Next's router makes), in bytes as sent uncompressed
 * and gzipped, beside how many rows (articles, companies, people) it shows.
 */
import { gzipSync } from "node:zlib";
import { readerMix, type Lists } from "./request-lists";

export interface PageWeight {
  status: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  rscBytes: number;
  rscGzipBytes: number;
  /** Rows of the list tables and article lists the page displays. */
  rows: number;
}

export type WeightSample = [name: string, path: string];

async function body(url: string, headers: Record<string, string>): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(url, { headers });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

const ROW = /data-testid="(?:article|company|person)-row"/g;

export async function pageWeight(base: string, path: string): Promise<PageWeight> {
  const html = await body(`${base}${path}`, {});
  const rsc = await body(`${base}${path}`, { rsc: "1" });
  return {
    status: html.status,
    htmlBytes: html.bytes.length,
    htmlGzipBytes: gzipSync(html.bytes).length,
    rscBytes: rsc.bytes.length,
    rscGzipBytes: gzipSync(rsc.bytes).length,
    rows: html.bytes.toString("utf8").match(ROW)?.length ?? 0,
  };
}

/** The benchmark's sample of each page kind (its synthetic companies and people, fewer than a page of each). */
export function benchSamples(lists: Lists): WeightSample[] {
  return [
    ["home /", "/"],
    ["list /articles?company&source", lists.list[0]!],
    ["list /articles (no filter)", "/articles"],
    ["list /articles?page=2", "/articles?page=2"],
    ["article /articles/[id]", lists.article[0]!],
    ["company /companies/[slug]", lists.company[0]!],
    ["person /people/[slug]", readerMix(200, lists).find((p) => p.startsWith("/people/"))!],
    ["companies /companies", "/companies"],
    ["people /people", "/people"],
    ["search page /search", lists.searchPage[0]!],
  ];
}

/** The same kinds on whatever database a server holds: its most-mentioned company and person from the JSON API. */
export async function serverSamples(base: string): Promise<WeightSample[]> {
  const top = async (kind: "companies" | "people"): Promise<string> => {
    const res = await fetch(`${base}/api/${kind}?limit=1`);
    const json = (await res.json()) as { items: { slug: string }[] };
    const slug = json.items[0]?.slug;
    if (!slug) throw new Error(`${base}/api/${kind} lists no ${kind}`);
    return encodeURIComponent(slug);
  };
  const [company, person] = await Promise.all([top("companies"), top("people")]);
  const articles = (await (await fetch(`${base}/api/articles?limit=1`)).json()) as { items: { id: number }[] };
  return [
    ["home /", "/"],
    ["list /articles?company", `/articles?company=${company}`],
    ["list /articles (no filter)", "/articles"],
    ["list /articles?page=2", "/articles?page=2"],
    ["article /articles/[id]", `/articles/${articles.items[0]?.id ?? 1}`],
    ["company /companies/[slug]", `/companies/${company}`],
    ["person /people/[slug]", `/people/${person}`],
    ["companies /companies", "/companies"],
    ["companies /companies?page=2", "/companies?page=2"],
    ["people /people", "/people"],
    ["people /people?page=2", "/people?page=2"],
    ["search page /search", `/search?q=${company}`],
  ];
}

/** One line per page kind: HTML and RSC bytes, raw and gzipped, and the rows shown. */
export async function printPageWeights(base: string, samples: WeightSample[]): Promise<void> {
  console.log("page weight (bytes sent; gzip as a browser would receive it; rows: list rows displayed)");
  console.log(`${"page".padEnd(34)}${"HTML".padStart(9)}${"gzip".padStart(8)}${"RSC".padStart(9)}${"gzip".padStart(8)}${"rows".padStart(6)}`);
  for (const [name, p] of samples) {
    const w = await pageWeight(base, p);
    const status = w.status === 200 ? "" : `  (status ${w.status})`;
    console.log(`${name.padEnd(34)}${String(w.htmlBytes).padStart(9)}${String(w.htmlGzipBytes).padStart(8)}${String(w.rscBytes).padStart(9)}${String(w.rscGzipBytes).padStart(8)}${String(w.rows).padStart(6)}${status}`);
  }
}
