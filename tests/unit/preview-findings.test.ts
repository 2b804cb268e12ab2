import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { checkContent } from "@/lib/content/check";
import { loadContent } from "@/lib/content/load";
import { findingsOf } from "@/lib/content/file-findings";
import { doc, markdown, validTreatment } from "../helpers/documents";

const now = new Date("2026-11-20T12:00:00Z");

describe("the draft preview says what the build says about a file", () => {
  test("for every shipped document and for broken ones, its findings are the whole check's problems for that file", () => {
    const docs = [
      ...loadContent(),
      // A claim, a practitioner who does not exist, and the same file name twice.
      doc(
        "content/treatments/broken.md",
        "Treatment",
        markdown({ ...validTreatment, reviewedBy: "dr-nobody" }, "## What it is\n\nIt is completely risk-free.\n"),
      ),
      doc("content/treatments/broken.mdx", "Treatment", markdown(validTreatment)),
    ];
    const whole = checkContent(docs, now).problems;
    expect(whole.filter((p) => p.file === "content/treatments/broken.md").length).toBeGreaterThan(2);
    for (const d of docs) {
      const fromPreview = findingsOf(docs, d, now).map(({ fix: _fix, ...problem }) => problem);
      expect(fromPreview, d.file).toEqual(whole.filter((p) => p.file === d.file));
    }
  });
});

describe("content/ is read again wherever it changed", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "load-content-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test("an edit of the same length, a new file and a removed one are all seen by the next read", () => {
    mkdirSync(path.join(root, "treatments"));
    const file = path.join(root, "treatments", "a.md");
    writeFileSync(file, markdown({ ...validTreatment, title: "Title AAAA" }));
    expect((loadContent(root)[0]?.data as { title: string }).title).toBe("Title AAAA");
    writeFileSync(file, markdown({ ...validTreatment, title: "Title BBBB" }));
    expect((loadContent(root)[0]?.data as { title: string }).title).toBe("Title BBBB");
    writeFileSync(path.join(root, "treatments", "b.md"), markdown(validTreatment));
    expect(loadContent(root).map((d) => d.slug)).toEqual(["a", "b"]);
    rmSync(file);
    expect(loadContent(root).map((d) => d.slug)).toEqual(["b"]);
  });
});
