import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { loadContent } from "@/lib/content/load";
import { copyProject } from "../helpers/project-copy";
import { STATIC_PAGES_STAMP, type StaticPagesStamp } from "@/build/static-html";

// One copy of the project for the file; each test starts from the shipped content.
let project: ReturnType<typeof copyProject>;
beforeAll(() => {
  project = copyProject();
});
beforeEach(() => project.reset());
afterAll(() => project.remove());

/** What Next wrote into .next: nothing but the content check's cache (.next/cache) when the build never started. */
const nextBuildOutput = () => (project.exists(".next") ? project.list(".next").filter((f) => !f.startsWith(".next/cache/")) : []);

const stackTrace = /^\s+at .+\(.*:\d+:\d+\)$/m;

/**
 * Replaces a top-level frontmatter key and its whole value, including the
 * indented lines of a folded (`>-`) value as the editing UI writes long text.
 * `line` undefined removes the key.
 */
const setKey = (text: string, key: string, line: string | undefined) =>
  text.replace(new RegExp(`^${key}:.*\\n(?:  .*\\n)*`, "m"), line === undefined ? "" : `${line}\n`);

describe("npm run build with bad content", () => {
  test("the shipped content passes the content step (so the failures below are about the edits)", async () => {
    const { status, output } = await project.run("content:build");
    expect(output).toMatch(/Content generated from content\//);
    expect(status).toBe(0);
    expect(project.exists(".contentlayer/generated/index.mjs")).toBe(true);
  });

  test("a build with several broken documents exits non-zero and names every file and field at once", async () => {
    project.edit("content/treatments/prp-facial.md", (t) => t.replace(/^disclaimer:/m, "disclamer:"));
    project.edit("content/treatments/prp-hair-restoration.md", (t) => setKey(t, "disclaimer", "disclaimer:"));
    project.edit("content/treatments/microneedling-with-prp.md", (t) =>
      t.replace(/^reviewedBy: .*$/m, "reviewedBy: dr-who").replace(/^lastReviewed: .*$/m, "lastReviewed: 2026-13-45"),
    );
    project.edit("content/treatments/prp-vs-mesotherapy.md", (t) => t.replace(/^draft: .*$/m, 'draft: "no"'));
    project.write("content/treatments/prp-facial.mdx", project.read("content/treatments/prp-facial.md"));

    const { status, output } = await project.run("build");

    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/treatments\/prp-facial\.md:\d+:1 {2}disclamer {2}"disclamer" is not a treatment field; did you mean "disclaimer"\?/,
    );
    expect(output).toMatch(/content\/treatments\/prp-facial\.md:2:1 {2}disclaimer {2}disclaimer is missing/);
    expect(output).toMatch(/content\/treatments\/prp-hair-restoration\.md:\d+:1 {2}disclaimer {2}disclaimer is empty/);
    expect(output).toMatch(/content\/treatments\/microneedling-with-prp\.md:\d+:1 {2}reviewedBy {2}no practitioner "dr-who" exists/);
    expect(output).toMatch(
      /content\/treatments\/microneedling-with-prp\.md:\d+:1 {2}lastReviewed {2}lastReviewed "2026-13-45" is not a real date/,
    );
    expect(output).toMatch(/content\/treatments\/prp-vs-mesotherapy\.md:\d+:1 {2}draft {2}draft must be true or false/);
    expect(output).toMatch(/content\/treatments\/prp-facial\.mdx:1:1 {2}slug {2}two documents would both be published at "prp-facial"/);
    expect(output).not.toMatch(stackTrace);
    // The Next build never started, and no generated content is left for it to use.
    expect(output).not.toMatch(/Creating an optimized production build/);
    expect(nextBuildOutput()).toEqual([]);
    expect(project.exists(".contentlayer")).toBe(false);
  });

  test("a stale .contentlayer from an earlier good run is removed when the content step fails", async () => {
    expect((await project.run("content:build")).status).toBe(0);
    project.edit("content/treatments/prp-facial.md", (t) => setKey(t, "disclaimer", 'disclaimer: ""'));
    const { status, output } = await project.run("build");
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/treatments\/prp-facial\.md:\d+:1 {2}disclaimer {2}disclaimer is empty; write the compliance disclaimer/,
    );
    expect(project.exists(".contentlayer")).toBe(false);
  });

  test("Contentlayer itself is configured to fail, not warn and skip, on a document missing a field", async () => {
    project.edit("content/treatments/prp-facial.md", (t) => setKey(t, "disclaimer", undefined));
    const result = await project.run("content:generate");
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/treatments\/prp-facial\.md.*missing the following required fields/s);
  });
});

describe("npm run build and the compliance rules", () => {
  test("marketing copy that breaks the rules stops the build, naming file, line and rule for each class", async () => {
    for (const name of ["hair-hype.md", "vampire-glow.md", "needling-deal.md"]) {
      project.write(`content/treatments/${name}`, project.read(`tests/fixtures/articles/${name}`).replaceAll("jane-doe", "amara-okafor"));
    }
    const { status, output } = await project.run("build");
    expect(status).not.toBe(0);
    for (const rule of [
      "no-promises",
      "regulatory-wording",
      "efficacy-needs-source",
      "endorsements",
      "trademarks",
      "freshness",
      "required-sections",
      "copy-hygiene",
    ]) {
      expect(output).toMatch(new RegExp(`content/treatments/[a-z-]+\\.md:\\d+:\\d+ {2}${rule} {2}\\S`));
    }
    // Every shipped document plus the three bad ones is checked.
    expect(output).toMatch(new RegExp(`\\d+ errors, 0 warnings in ${loadContent().length + 3} content files`));
    expect(output).not.toMatch(stackTrace);
    expect(nextBuildOutput()).toEqual([]);
  });

  test("content:check --format json reports the same problems for tools", async () => {
    project.edit("content/treatments/prp-facial.md", (t) =>
      t.replace("## Risks and side effects", "## Risks and side effects\n\nIt is completely painless.\n"),
    );
    const { status, output } = await project.run("content:check", "--", "--format", "json");
    expect(status).toBe(1);
    const report = JSON.parse(output) as { errors: number; problems: { file: string; field: string; line: number }[] };
    expect(report.errors).toBe(1);
    expect(report.problems).toEqual([expect.objectContaining({ file: "content/treatments/prp-facial.md", field: "no-promises" })]);
  });

  test("a justified exception lets the page build, is listed in the build output, testimonials show their disclosures, and raw HTML never reaches a page", async () => {
    // A document whose body tries to smuggle script into the page.
    project.write(
      "content/treatments/html-attempt.md",
      project
        .read("content/treatments/prp-facial.md")
        .replace(/^title: .*$/m, "title: Markup test")
        .replace(
          "## Who it may suit",
          [
            '<script>window.__pwned = "script"</script>',
            "",
            'Plain words <img src="x" onerror="window.__pwned = 1"> and <a href="#" onclick="steal()">a link</a>.',
            "",
            '[Book here](javascript:window.__pwned=2) and <iframe src="https://evil.example"></iframe>',
            "",
            "## Who it may suit",
          ].join("\n"),
        ),
    );
    const sentence = "In one survey of our own patients, 70% said they would have the treatment again.";
    project.edit("content/treatments/prp-facial.md", (t) =>
      setKey(setKey(t, "testimonials", undefined), "complianceExceptions", undefined)
        .replace(
          /^draft: false$/m,
          `draft: false
testimonials:
  - quote: The clinician explained the bruising risk before we started, which I appreciated.
    attribution: Patient, 44
    typicalResults: Most people notice modest changes in skin texture over a few months; some notice little.
    relationship: "None: not paid and no free treatment."
complianceExceptions:
  - rule: efficacy-needs-source
    sentence: "${sentence}"
    reason: Internal audit figure, approved by Dr Okafor for this page on 2026-11-20.`,
        )
        .replace("## Who it may suit", `${sentence}\n\n## Who it may suit`),
    );
    const { status, output } = await project.run("build");
    expect(output).toContain(`1 compliance exception in force:`);
    expect(output).toMatch(
      /content\/treatments\/prp-facial\.md:\d+ {2}efficacy-needs-source {2}"In one survey of our own patients, 70% said/,
    );
    expect(status).toBe(0);
    // Where Next wrote each prerendered file, as the build step recorded it (build/static-pages.ts).
    const { files } = JSON.parse(project.read(STATIC_PAGES_STAMP)) as StaticPagesStamp;
    const built = (urlPath: string) => project.read(files[urlPath] ?? `(no prerendered file for ${urlPath})`);
    const html = built("/treatments/prp-facial");
    expect(html).toContain("70% said they would have the treatment again");
    expect(html).toContain("Typical results: </dt>");
    expect(html).toContain("None: not paid and no free treatment.");

    const hostile = built("/treatments/html-attempt");
    expect(hostile).toContain("Plain words");
    expect(hostile).not.toMatch(/__pwned|onerror|onclick|javascript:|<iframe|evil\.example/);
    // The build strips Next's own scripts from plain pages, which would hide a
    // smuggled <script> too: the RSC payload (what a client navigation renders) must be clean as well.
    const payload = built("/treatments/html-attempt.rsc");
    expect(payload).toContain("Plain words");
    expect(payload).not.toMatch(/__pwned|onerror|onclick|javascript:|<iframe|evil\.example/);
  }, 300_000);
});

describe("a build any host can run", () => {
  test("`next build` alone serves prerendered pages without Next's scripts, bundles no treatment's text, and running the step again changes nothing", async () => {
    // What a hosting platform runs: the content step, then plain `next build`, nothing of ours after it.
    expect((await project.run("content:build")).status).toBe(0);
    const build = await project.exec("npx", "next", "build");
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/Static pages \([\d.]+ s\): \d+ served without client JavaScript/);

    const stamp = JSON.parse(project.read(STATIC_PAGES_STAMP)) as StaticPagesStamp;
    expect(stamp.buildId).toBe(project.read(".next/BUILD_ID").trim());
    expect(stamp.plain).toContain("/treatments/prp-facial");
    const page = project.read(stamp.files["/treatments/prp-facial"] ?? "");
    // Only JSON-LD is left: no script a browser would run, so `script-src 'self'` blocks nothing.
    const scripts = page.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain('type="application/ld+json"');

    // The documents are read at run time (lib/content.ts), never compiled into a server bundle:
    // imported, a thousand treatments made a 12 MB chunk that every worker evaluated per bundle.
    const sentence = "Some people know this as the";
    expect(project.read("content/treatments/prp-facial.md")).toContain(sentence);
    const bundled = project
      .list(".next/server")
      .filter((file) => file.endsWith(".js"))
      .filter((file) => project.read(file).includes(sentence));
    expect(bundled).toEqual([]);

    // Run a second time (a host retrying a step, or someone by hand): every page is left as it was.
    const before = Object.values(stamp.files).map((file) => project.read(file));
    const again = await project.exec("node", "--import", "tsx", "build/static-pages.ts");
    expect(again.status, again.output).toBe(0);
    expect(Object.values(stamp.files).map((file) => project.read(file))).toEqual(before);
  }, 300_000);
});

describe("a build whose pages were not processed", () => {
  test("`next start` refuses it with one line saying why, instead of serving pages its own policy would break", async () => {
    expect((await project.run("build")).status).toBe(0);
    // As a host would leave it had the step not run: Next's output without our stamp.
    project.removeFile(STATIC_PAGES_STAMP);
    // A server that does start is stopped after a minute (exit 124), and the test fails on its output.
    const started = await project.exec("timeout", "60", "npx", "next", "start", "-p", "3471", "-H", "127.0.0.1");
    expect(started.status, started.output).not.toBe(0);
    expect(started.output).toContain("This build's pages were not made safe for the site's security policy");
  }, 300_000);
});

describe("an editing-site build (KEYSTATIC_ENABLED=1)", () => {
  test("ships no preview secret in any file a browser can fetch from .next/static", async () => {
    const secret = "build-test-preview-secret-6e1f0c9a";
    expect((await project.run("content:build")).status).toBe(0);
    const build = await project.exec("env", "KEYSTATIC_ENABLED=1", `PREVIEW_SECRET=${secret}`, "npx", "next", "build");
    expect(build.status, build.output).toBe(0);
    const files = project.list(".next/static");
    // The admin's bundle is in there: the search covers the code that used to carry the secret.
    expect(files.some((file) => project.read(file).includes("Compliance findings"))).toBe(true);
    expect(files.filter((file) => project.read(file).includes(secret))).toEqual([]);
  }, 300_000);
});
