import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, publishedPages, publishedTreatments, test } from "./fixtures";

// The W3C Nu HTML checker (vnu-jar, run with Debian's Java) over every page's HTML as served.
const VNU_JAR = path.join("node_modules", "vnu-jar", "build", "dist", "vnu.jar");
const dir = path.join("test-results", "vnu");

const pages = [
  ...publishedPages.map(({ path }) => path),
  // The preselected form (filled in by proxy.ts) and the 404 page are served to visitors too.
  ...publishedTreatments.slice(0, 1).map((t) => `/consultation?treatment=${t.slug}`),
  "/no-such-page",
];
const fileOf = (page: string) => path.join(dir, `${page === "/" ? "home" : page.slice(1).replace(/[^\w-]+/g, "_")}.html`);

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

let errorsByFile = new Map<string, string[]>();

test.describe("HTML validity", () => {
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async ({ request }) => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const page of pages) {
      const response = await request.get(page);
      writeFileSync(fileOf(page), await response.text());
    }
    // One Java start for all pages; vnu exits 1 when it finds errors, which is not a failure to run.
    const { stderr } = await promisify(execFile)("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...pages.map(fileOf)], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stderr?: string; code?: number }) => {
      if (error.code === 1 && error.stderr) return { stderr: error.stderr };
      throw error;
    });
    const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
    errorsByFile = new Map();
    for (const m of messages.filter((m) => m.type === "error" || m.subType === "fatal")) {
      const file = path.basename(decodeURIComponent(new URL(m.url).pathname));
      errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), `line ${m.lastLine ?? "?"}: ${m.message} ${m.extract?.trim() ?? ""}`]);
    }
  });

  for (const page of pages) {
    test(`${page} has no errors in the W3C Nu HTML checker`, () => {
      expect(errorsByFile.get(path.basename(fileOf(page))) ?? []).toEqual([]);
    });
  }

  test("the checker finds errors when there are some, so a clean result means something", async () => {
    const broken = path.join(dir, "broken.html");
    writeFileSync(broken, '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><form action=""></form></body></html>');
    const result = await promisify(execFile)("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", broken]).catch(
      (error: { stderr: string }) => ({ stderr: error.stderr }),
    );
    expect(result.stderr).toContain("Bad value");
  });
});
