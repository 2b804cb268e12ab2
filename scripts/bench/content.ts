/**
 * Generated treatments for the build-size runs: copies of a compliant
 * template (content/treatments/prp-hair-restoration.md) with their own file
 * name, title, summary and order, every section kept, so each passes
 * `npm run content:check` and becomes one more treatment page in the build
 * (its preselected form is filled in per request, its share image drawn on first request).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";

export const TEMPLATE = "content/treatments/prp-hair-restoration.md";
export const GENERATED_PREFIX = "bench-generated-";

/** One generated document's text (number n, 1-based): the template's frontmatter with its own title, summary and order. */
export function generatedTreatment(template: string, n: number): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(template);
  if (!match?.[1]) throw new Error(`${TEMPLATE} has no frontmatter; update scripts/bench/content.ts`);
  const id = String(n).padStart(4, "0");
  const summary = `Bench copy ${id}: platelet-rich plasma from your own blood injected into thinning areas of the scalp, used off-label for pattern hair loss. Results vary.`;
  if (summary.length > 160) throw new Error(`generated summary is ${summary.length} characters; the contract allows 160`);
  // Edited as YAML, not as lines: the editing UI folds long values over several lines.
  const doc = parseDocument(match[1]);
  for (const key of ["title", "summary", "order", "draft"]) {
    if (!doc.has(key)) throw new Error(`${TEMPLATE} has no "${key}"; update scripts/bench/content.ts`);
  }
  doc.set("title", `PRP for hair thinning, bench copy ${id}`);
  doc.set("summary", summary);
  doc.set("order", 1000 + n);
  doc.set("draft", false);
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${template.slice(match[0].length)}`;
}

/** Writes `count` generated treatments into <projectDir>/content/treatments. */
export function generateTreatments(projectDir: string, count: number): void {
  const template = readFileSync(path.join(projectDir, TEMPLATE), "utf8");
  const folder = path.join(projectDir, "content", "treatments");
  for (let n = 1; n <= count; n++) {
    writeFileSync(path.join(folder, `${GENERATED_PREFIX}${String(n).padStart(4, "0")}.md`), generatedTreatment(template, n));
  }
}

/** Treatments in a content folder, and how many of them are published (draft: false). */
export function countTreatments(projectDir: string): { total: number; published: number; publishedSlugs: string[] } {
  const folder = path.join(projectDir, "content", "treatments");
  const files = readdirSync(folder).filter((f) => /\.mdx?$/.test(f));
  const publishedSlugs = files
    .filter((f) => !/^draft:\s*true\s*$/m.test(readFileSync(path.join(folder, f), "utf8")))
    .map((f) => f.replace(/\.mdx?$/, ""));
  return { total: files.length, published: publishedSlugs.length, publishedSlugs };
}
