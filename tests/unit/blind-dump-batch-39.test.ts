/**
 * Rules asked for by blind batch 39 of issue 14 (text input: w3m, lynx and html2text dumps of
 * pages written for it, and news excerpts pasted as text). Each case fails without its rule.
 */
import { describe, expect, it } from "vitest";
import { copyrightHolder } from "@/lib/ingest/metadata/copyright-holder";

describe("the footer's owner", () => {
  it("stops before the Han rights formula a dumper glued to the name", () => {
    expect(copyrightHolder(["© 2026 青禾科技周刊保留所有权利 | 联系编辑部 qinghe@example.com"])).toBe("青禾科技周刊");
    expect(copyrightHolder(["Copyright © 2026 山海资讯保留一切权利"])).toBe("山海资讯");
  });
});
