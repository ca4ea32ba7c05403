/**
 * What a page costs to send: its HTML (a first visit) and its RSC payload (a client-side
 * navigation to it, the `RSC: 1` request Next's router makes), in bytes as sent uncompressed
 * and gzipped.
 */
import { gzipSync } from "node:zlib";

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
