/** Upload validation: safe names, types, sizes and zip entries (pure; zips built in memory and by Info-ZIP). */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileKind, sanitizeRelativePath } from "@/lib/upload/names";
import type { UploadProblem } from "@/lib/upload/problems";
import { validateUpload, type UploadLimits } from "@/lib/upload/validate-upload";
import { crc32, listZipEntries, readZipEntry } from "@/lib/upload/zip-reader";
import { buildZip } from "./upload-zip-builder";
import zlib from "node:zlib";

/** Each problem as "file code", one a line, for matching. */
const said = (problems: UploadProblem[]) => problems.map((p) => `${p.file ?? ""} ${p.code}`).join("\n");
const limits: UploadLimits = { maxFileBytes: 10_000, maxFiles: 5, maxTotalBytes: 30_000 };
const page = (name: string, text = "<p>新闻正文</p>") => ({ name, bytes: Buffer.from(text) });

describe("sanitizeRelativePath", () => {
  it.each([
    ["../evil.txt", "parent_segment"],
    ["a/../../evil.txt", "parent_segment"],
    ["..\\..\\evil.txt", "parent_segment"],
    ["/etc/passwd.txt", "absolute_path"],
    ["\\\\server\\share\\x.txt", "absolute_path"],
    ["C:\\Windows\\x.txt", "drive_letter"],
    ["c:x.txt", "drive_letter"],
    ["a\u0000.txt", "control_characters"],
    [".hidden.txt", "hidden_segment"],
    ["", "empty_name"],
    ["./", "empty_name"],
  ])("refuses %j", (name, code) => {
    const v = sanitizeRelativePath(name);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.code).toBe(code);
      expect(v.reason).toMatch(/\p{Script=Han}/u);
    }
  });

  it("keeps ordinary and Chinese names, folds separators, replaces awkward characters", () => {
    expect(sanitizeRelativePath("新闻/大模型 发布会.html")).toEqual({ ok: true, path: "新闻/大模型 发布会.html" });
    expect(sanitizeRelativePath("a\\b\\c.txt")).toEqual({ ok: true, path: "a/b/c.txt" });
    expect(sanitizeRelativePath("./a//b.txt")).toEqual({ ok: true, path: "a/b.txt" });
    expect(sanitizeRelativePath('what?"*.txt')).toEqual({ ok: true, path: "what___.txt" });
  });

  it("knows the kinds by extension", () => {
    expect(fileKind("a.TXT")).toBe("page");
    expect(fileKind("a.htm")).toBe("page");
    expect(fileKind("a.zip")).toBe("zip");
    expect(fileKind("a.exe")).toBeNull();
    expect(fileKind("a.txt.exe")).toBeNull();
  });
});

describe("validateUpload", () => {
  it("accepts pages and zips of pages, putting a zip's pages in a folder named after it", () => {
    const zip = buildZip([{ name: "a.txt", data: "甲" }, { name: "sub/b.html", data: "<p>乙</p>" }, { name: "sub/", data: "" }]);
    const v = validateUpload([page("one.txt"), { name: "batch.zip", bytes: zip }], limits);
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.pages.map((p) => p.path)).toEqual(["one.txt", "batch/a.txt", "batch/sub/b.html"]);
      expect(v.pages[2]!.bytes.toString()).toBe("<p>乙</p>");
    }
  });

  it("refuses traversal names, unknown types and oversize files, all or nothing", () => {
    const v = validateUpload([page("good.txt"), page("../evil.txt"), page("tool.exe"), { name: "big.html", bytes: Buffer.alloc(10_001, 65) }], limits);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(said(v.problems)).toMatch(/\.\.\/evil\.txt parent_segment/);
      expect(said(v.problems)).toMatch(/tool\.exe unsupported_type/);
      expect(said(v.problems)).toMatch(/big\.html file_too_large/);
      expect(v.problems.some((p) => p.file?.startsWith("good.txt"))).toBe(false);
    }
  });

  it("refuses zips with traversal, absolute, symlink or unknown entries", () => {
    for (const [entry, reason] of [
      [{ name: "../../outside.txt", data: "x" }, /parent_segment/],
      [{ name: "ok/../../outside.txt", data: "x" }, /parent_segment/],
      [{ name: "/etc/cron.d/x.txt", data: "x" }, /absolute_path/],
      [{ name: "link.txt", data: "/etc/passwd", unixMode: 0o120777 }, /symlink/],
      [{ name: "run.sh", data: "x" }, /unsupported_type_in_zip/],
      [{ name: "inner.zip", data: "x" }, /unsupported_type_in_zip/],
    ] as const) {
      const zip = buildZip([{ name: "fine.txt", data: "好" }, entry]);
      const v = validateUpload([{ name: "x.zip", bytes: zip }], limits);
      expect(v.ok, entry.name).toBe(false);
      if (!v.ok) expect(said(v.problems)).toMatch(reason);
    }
  });

  it("limits the number of files and the unpacked total", () => {
    const many = Array.from({ length: 6 }, (_, i) => page(`p${i}.txt`));
    const v = validateUpload(many, limits);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(said(v.problems)).toMatch(/too_many_files/);

    const zip = buildZip(Array.from({ length: 4 }, (_, i) => ({ name: `big${i}.txt`, data: "字".repeat(3000) })));
    const t = validateUpload([{ name: "t.zip", bytes: zip }], limits);
    expect(t.ok).toBe(false);
    if (!t.ok) expect(said(t.problems)).toMatch(/unpacked_too_large/);
  });

  it("refuses an empty upload", () => {
    expect(validateUpload([], limits)).toEqual({ ok: false, problems: [{ code: "no_files", file: null, message: "上传中没有文件" }] });
  });

  it("refuses duplicate names (case-insensitively) and non-zips named .zip", () => {
    const d = validateUpload([page("a.txt"), page("A.TXT")], limits);
    expect(d.ok).toBe(false);
    const z = validateUpload([{ name: "fake.zip", bytes: Buffer.from("not a zip at all, just text") }], limits);
    expect(z.ok).toBe(false);
    if (!z.ok) expect(z.problems[0]).toEqual({ code: "not_zip", file: "fake.zip", message: "fake.zip：不是 zip 压缩包" });
  });
});

describe("zip reader", () => {
  it("agrees with zlib's crc32", () => {
    const b = Buffer.from("大模型新闻追踪 crc");
    expect(crc32(b)).toBe(zlib.crc32(b));
  });

  it("stops a zip bomb at the declared size", () => {
    const zip = buildZip([{ name: "bomb.txt", data: Buffer.alloc(5_000_000, 48), declaredSize: 1000 }]);
    const [entry] = listZipEntries(zip);
    expect(() => readZipEntry(zip, entry!, 10_000)).toThrow(expect.objectContaining({ code: "zip_bomb" }));
    const honest = buildZip([{ name: "bomb.txt", data: Buffer.alloc(5_000_000, 48) }]);
    expect(() => readZipEntry(honest, listZipEntries(honest)[0]!, 10_000)).toThrow(expect.objectContaining({ code: "entry_too_large" }));
  });

  it("detects corrupt data by checksum", () => {
    const zip = buildZip([{ name: "a.txt", data: "abcdef", store: true }]);
    zip[30 + "a.txt".length] = "x".charCodeAt(0);
    expect(() => readZipEntry(zip, listZipEntries(zip)[0]!, 100)).toThrow(expect.objectContaining({ code: "corrupt_entry", detail: "checksum mismatch" }));
  });

  it("decodes GB18030 names from zips without the UTF-8 flag", () => {
    const raw = Buffer.from([0xd0, 0xc2, 0xce, 0xc5, 0x2e, 0x74, 0x78, 0x74]); // 新闻.txt in GBK
    const zip = buildZip([{ name: "", rawName: raw, data: "正文" }]);
    expect(listZipEntries(zip)[0]!.name).toBe("新闻.txt");
  });

  // Needs the `zip` command (Debian package zip); .ci/run should install it.
  const hasZip = (() => {
    try {
      execFileSync("zip", ["-v"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  it.runIf(hasZip)("reads a zip made by Info-ZIP, including a traversal entry it was told to keep", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upload-zip-"));
    try {
      fs.mkdirSync(path.join(dir, "in", "sub"), { recursive: true });
      fs.writeFileSync(path.join(dir, "in", "sub", "新闻.html"), "<p>正文</p>");
      fs.writeFileSync(path.join(dir, "outside.txt"), "outside");
      execFileSync("zip", ["-q", "-r", path.join(dir, "a.zip"), "sub", "../outside.txt"], { cwd: path.join(dir, "in") });
      const bytes = fs.readFileSync(path.join(dir, "a.zip"));
      const names = listZipEntries(bytes).map((e) => e.name);
      expect(names).toContain("sub/新闻.html");
      const v = validateUpload([{ name: "a.zip", bytes }], limits);
      expect(v.ok).toBe(false);
      if (!v.ok) expect(said(v.problems)).toMatch(/outside\.txt parent_segment/);
      const entry = listZipEntries(bytes).find((e) => e.name === "sub/新闻.html")!;
      expect(readZipEntry(bytes, entry, 1000).toString()).toBe("<p>正文</p>");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
