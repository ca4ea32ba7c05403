/**
 * What a page costs to send: its HTML (a first visit) and its RSC payload (a client-side
 * navigation to it, the `RSC: 1` request Next's router makes), in bytes as sent uncompressed
 * and gzipped.
 */
import { gzipSync } from "node:zlib";
import { readerMix, type Lists } from "./request-lists";

export interface PageWeight {
  htmlBytes: number;
  htmlGzipBytes: number;
  rscBytes: number;
  rscGzipBytes: number;
}

async function body(url: string, headers: Record<string, string>): Promise<Buffer> {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

export async function pageWeight(base: string, path: string): Promise<PageWeight> {
  const html = await body(`${base}${path}`, {});
  const rsc = await body(`${base}${path}`, { rsc: "1" });
  return { htmlBytes: html.length, htmlGzipBytes: gzipSync(html).length, rscBytes: rsc.length, rscGzipBytes: gzipSync(rsc).length };
}

/** One line per page kind (the benchmark's sample of each): HTML and RSC bytes, raw and gzipped. */
export async function printPageWeights(base: string, lists: Lists): Promise<void> {
  console.log("page weight (bytes sent; gzip as a browser would receive it)");
  console.log(`${"page".padEnd(34)}${"HTML".padStart(9)}${"gzip".padStart(8)}${"RSC".padStart(9)}${"gzip".padStart(8)}`);
  const samples: [string, string][] = [
    ["home /", "/"],
    ["list /articles?company&source", lists.list[0]!],
    ["list /articles (no filter)", "/articles"],
    ["article /articles/[id]", lists.article[0]!],
    ["company /companies/[slug]", lists.company[0]!],
    ["person /people/[slug]", readerMix(200, lists).find((p) => p.startsWith("/people/"))!],
    ["companies /companies", "/companies"],
    ["people /people", "/people"],
    ["search page /search", lists.searchPage[0]!],
  ];
  for (const [name, p] of samples) {
    const w = await pageWeight(base, p);
    console.log(`${name.padEnd(34)}${String(w.htmlBytes).padStart(9)}${String(w.htmlGzipBytes).padStart(8)}${String(w.rscBytes).padStart(9)}${String(w.rscGzipBytes).padStart(8)}`);
  }
}
