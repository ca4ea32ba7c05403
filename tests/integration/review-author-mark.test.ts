/**
 * The admin review marks a discovered person named only in bylines as an author (记者 X), not a
 * subject, and leaves people the article is about unmarked: real import into a real SQLite file.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { listDiscovered } from "@/lib/data/admin/entities";

let t: TempDb;

beforeAll(async () => {
  t = await createTempDb("review-author-");
  const dir = path.join(t.dir, "in");
  fs.mkdirSync(dir);
  fs.writeFileSync(
    path.join(dir, "a.txt"),
    "星图智能发布新一代大模型\n\n2024-06-01 10:00\n\n本报讯（记者 周远航）星图智能创始人兼CEO林知远表示，新模型的推理成本下降了一半，将在下月向企业客户开放。\n\n业内普遍预计，应用落地将在明年加速，更多企业会把模型接入日常业务流程之中。\n",
  );
  expect((await runImport({ dir, trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps })).added).toBe(1);
});
afterAll(async () => {
  await t.cleanup();
});

describe("author mark in the review list", () => {
  it("marks the bylined reporter as an author and the quoted founder as a subject", async () => {
    const found = await listDiscovered(t.db);
    const reporter = found.find((e) => e.kind === "person" && e.name === "周远航");
    const founder = found.find((e) => e.kind === "person" && e.name === "林知远");
    expect(reporter?.authorOnly).toBe(true);
    expect(founder?.authorOnly).toBe(false);
    expect(found.filter((e) => e.kind === "company").every((e) => !e.authorOnly)).toBe(true);
  });
});
