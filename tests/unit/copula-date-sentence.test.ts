/**
 * A sentence saying what a period is (公示期为2026年11月18日至11月24日。) is the article's line, not a
 * date line (site-data-table-repeated-cells-word-paragraphs); a bare date line stays one.
 */
import { describe, expect, it } from "vitest";
import { metadataLineKind } from "@/lib/ingest/metadata/metadata-line";

describe("a date after a subject and its copula", () => {
  it("is a sentence of the article", () => {
    expect(metadataLineKind("公示期为2026年11月18日至11月24日。")).toBeNull();
    expect(metadataLineKind("截止日期为2026年12月3日。")).toBeNull();
  });
  it("leaves date lines as they are", () => {
    expect(metadataLineKind("2026年11月18日 15:30")).toBe("dateline");
    expect(metadataLineKind("发布时间：2026-11-18")).toBe("dateline");
  });
});
