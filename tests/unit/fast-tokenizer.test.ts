/**
 * lib/ingest/html/fast-tokenizer.ts skips runs of text and attribute values that cannot change
 * htmlparser2's tokenizer state: the DOM must be the one htmlparser2's own tokenizer builds, on
 * every fixture page and on the edges of those runs (entities, unclosed values, text at the end).
 */
import fs from "node:fs";
import { parseDocument } from "htmlparser2";
import type { AnyNode } from "domhandler";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "@/lib/ingest/decode/decode-bytes";
import { loadFixtureCases } from "@/lib/eval/fixture-case";
import { parseHtml } from "@/lib/ingest/html/fast-tokenizer";

function dump(node: AnyNode, out: string[] = []): string[] {
  const n = node as unknown as { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: AnyNode[] };
  out.push(`${n.type}|${n.name ?? ""}|${n.attribs ? JSON.stringify(Object.entries(n.attribs)) : ""}|${n.data ?? ""}`);
  if (n.children) {
    out.push("(");
    for (const c of n.children) dump(c, out);
    out.push(")");
  }
  return out;
}

const same = (html: string) => expect(dump(parseHtml(html)).join("\n")).toBe(dump(parseDocument(html)).join("\n"));

describe("fast tokenizer", () => {
  it("builds htmlparser2's DOM at the edges of skipped runs", () => {
    for (const html of [
      "",
      "plain text with no tag",
      "text &amp; more &lt;b&gt; at the end &",
      "<p>a&nbsp;b &copy 2024 &#x4e2d;&#25991; & &;</p>tail",
      '<a href="x?a=1&amp;b=2" title=\'it&apos;s\' data-x=unquoted&amp;v class="">link</a>',
      '<div title="never closed>text',
      "<script>if (a < b && c > d) { x = '</scr' + 'ipt>'; }</script><style>p > a { }</style>",
      "<!-- a comment -- with > inside --><!--[if IE]><p>old</p><![endif]--><p>after</p>",
      "<title>A &amp; B</title><textarea>a < b & c</textarea><xmp><b></xmp>",
      "a < b <3 <> </ > <!doctype html><?php echo 1 ?>",
      "<svg><![CDATA[ x < y ]]></svg>",
    ]) same(html);
  });

  it("builds htmlparser2's DOM on every fixture page", () => {
    let pages = 0;
    for (const c of loadFixtureCases()) {
      if (!c.sourceFile.endsWith(".html")) continue;
      const decoded = decodeBytes(fs.readFileSync(c.sourceFile), c.sourceFile);
      same(decoded.text);
      pages++;
    }
    expect(pages).toBeGreaterThan(20);
  });
});
