/** Unit tests of review decisions as extractor options (pure: no database). */
import { describe, expect, it } from "vitest";
import { createEntityExtractor, extractEntities } from "@/lib/ingest/entities/extract-entities";
import { loadGazetteer } from "@/lib/ingest/entities/load-gazetteer";
import { NO_DECISIONS, reviewedExtractorOptions, reviewedGazetteer, type ReviewDecisions } from "@/lib/ingest/entities/review-gazetteer";

const bare = (name: string) => ({ title: "行业观察", paragraphs: [`展台前挤满了观众,${name}的名字也出现在嘉宾名单里。多家公司发布了新模型。`] });
const discovering = { title: "", paragraphs: ["稀奇资本合伙人雷强生告诉记者,机会在小模型。"] };

describe("reviewed gazetteer", () => {
  it("is the base gazetteer itself when there is nothing to add", () => {
    const base = loadGazetteer();
    expect(reviewedGazetteer(NO_DECISIONS, base)).toBe(base);
  });

  it("finds a confirmed person by name and alias where no discovery pattern fires", () => {
    const d: ReviewDecisions = { ...NO_DECISIONS, confirmed: [{ kind: "person", slug: "lei-qiangsheng", name: "雷强生", orgKind: null, aliases: ["雷強生", "Lei Q."] }] };
    expect(extractEntities(bare("雷强生")).people.map((p) => p.name)).not.toContain("雷强生");
    const extract = createEntityExtractor(reviewedExtractorOptions(d));
    for (const form of ["雷强生", "雷強生", "Lei Q."]) {
      const hit = extract(bare(form)).people.find((p) => p.slug === "lei-qiangsheng");
      expect(hit?.name, form).toBe("雷强生");
    }
  });

  it("finds a confirmed company with its kind, and no longer lists it as discovered", () => {
    const d: ReviewDecisions = { ...NO_DECISIONS, confirmed: [{ kind: "company", slug: "xi-qi-zi-ben", name: "稀奇资本", orgKind: "investor", aliases: [] }] };
    const r = createEntityExtractor(reviewedExtractorOptions(d))(discovering);
    const hit = r.companies.find((c) => c.slug === "xi-qi-zi-ben");
    expect(hit?.kind).toBe("investor");
    expect(hit?.status).toBe("gazetteer");
    expect(r.discovered.map((x) => x.name)).not.toContain("稀奇资本");
  });

  it("reports a merged name as its target", () => {
    const target = loadGazetteer().people[0]!;
    const d: ReviewDecisions = { ...NO_DECISIONS, merges: [{ kind: "person", alias: "雷强生", targetSlug: target.slug }] };
    const r = createEntityExtractor(reviewedExtractorOptions(d))(discovering);
    expect(r.people.map((p) => p.slug)).toContain(target.slug);
    expect(r.people.map((p) => p.name)).not.toContain("雷强生");
    expect(r.discovered.map((x) => x.name)).not.toContain("雷强生");
  });

  it("never reports a rejected name", () => {
    const d: ReviewDecisions = { ...NO_DECISIONS, rejected: [{ kind: "person", name: "雷强生" }] };
    const r = createEntityExtractor(reviewedExtractorOptions(d))(discovering);
    expect(r.people.map((p) => p.name)).not.toContain("雷强生");
  });

  it("leaves out confirmed entries that would break the gazetteer (taken slug, bad slug) and merges into unknown targets", () => {
    const base = loadGazetteer();
    const taken = base.organisations[0]!.slug;
    const d: ReviewDecisions = {
      confirmed: [
        { kind: "person", slug: taken, name: "雷强生", orgKind: null, aliases: [] },
        { kind: "company", slug: "Not A Slug", name: "稀奇资本", orgKind: null, aliases: [] },
        { kind: "company", slug: "same-slug", name: "甲乙科技", orgKind: "no-such-kind", aliases: [] },
        { kind: "person", slug: "same-slug", name: "甲乙", orgKind: null, aliases: [] },
      ],
      rejected: [],
      merges: [{ kind: "company", alias: "某某", targetSlug: "no-such-target" }],
    };
    const g = reviewedGazetteer(d, base);
    expect(g.personBySlug.get(taken)).toBeUndefined();
    expect(g.orgBySlug.has("Not A Slug")).toBe(false);
    expect(g.orgBySlug.get("same-slug")?.kind).toBe("company");
    expect(g.personBySlug.has("same-slug")).toBe(false);
    expect(g.organisations.length).toBe(base.organisations.length + 1);
  });
});
