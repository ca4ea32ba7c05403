import { describe, expect, it } from "vitest";
import { laterCopyInTail } from "@/lib/ingest/classify/duplicates";

describe("blind dump batch 44 rules", () => {
  it("takes the later of two equal blocks for the copy when a section opener stands between them (dump-b43-html2text-recommend-box-after-lead-comment-prefill)", () => {
    const norms = ["导语段落", "正文", "相关新闻", "导语段落"];
    const copies = new Map([[0, 3]]);
    laterCopyInTail(copies, norms, (k) => k === 2);
    expect([...copies]).toEqual([[3, 0]]);
    // With no opener between them, the earlier stays the copy (a teaser above the body).
    const teaser = new Map([[0, 3]]);
    laterCopyInTail(teaser, norms, () => false);
    expect([...teaser]).toEqual([[0, 3]]);
  });
});
