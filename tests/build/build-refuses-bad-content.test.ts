import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { copyProject } from "../helpers/project-copy";

let project: ReturnType<typeof copyProject>;
beforeEach(() => {
  project = copyProject();
});
afterEach(() => project.remove());

const stackTrace = /^\s+at .+\(.*:\d+:\d+\)$/m;

describe("npm run build with bad content", () => {
  test("the shipped content passes the content step (so the failures below are about the edits)", () => {
    const { status, output } = project.run("content:build");
    expect(output).toMatch(/Content generated from content\//);
    expect(status).toBe(0);
    expect(project.exists(".contentlayer/generated/index.mjs")).toBe(true);
  });

  test("a build with several broken documents exits non-zero and names every file and field at once", () => {
    project.edit("content/treatments/prp-facial.md", (t) => t.replace(/^disclaimer:/m, "disclamer:"));
    project.edit("content/treatments/prp-hair-restoration.md", (t) => t.replace(/^disclaimer: .*$/m, "disclaimer:"));
    project.edit("content/treatments/microneedling-with-prp.md", (t) =>
      t.replace(/^reviewedBy: .*$/m, "reviewedBy: dr-who").replace(/^lastReviewed: .*$/m, "lastReviewed: 2026-13-45"),
    );
    project.edit("content/treatments/prp-vs-mesotherapy.md", (t) => t.replace(/^draft: .*$/m, 'draft: "no"'));
    project.write("content/treatments/prp-facial.mdx", project.read("content/treatments/prp-facial.md"));

    const { status, output } = project.run("build");

    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/treatments\/prp-facial\.md:\d+:1 {2}disclamer {2}"disclamer" is not a treatment field; did you mean "disclaimer"\?/);
    expect(output).toMatch(/content\/treatments\/prp-facial\.md:2:1 {2}disclaimer {2}disclaimer is missing/);
    expect(output).toMatch(/content\/treatments\/prp-hair-restoration\.md:\d+:1 {2}disclaimer {2}disclaimer is empty/);
    expect(output).toMatch(/content\/treatments\/microneedling-with-prp\.md:\d+:1 {2}reviewedBy {2}no practitioner "dr-who" exists/);
    expect(output).toMatch(/content\/treatments\/microneedling-with-prp\.md:\d+:1 {2}lastReviewed {2}lastReviewed "2026-13-45" is not a real date/);
    expect(output).toMatch(/content\/treatments\/prp-vs-mesotherapy\.md:\d+:1 {2}draft {2}draft must be true or false/);
    expect(output).toMatch(/content\/treatments\/prp-facial\.mdx:1:1 {2}slug {2}two documents would both be published at "prp-facial"/);
    expect(output).not.toMatch(stackTrace);
    // The Next build never started, and no generated content is left for it to use.
    expect(output).not.toMatch(/Creating an optimized production build/);
    expect(project.exists(".next")).toBe(false);
    expect(project.exists(".contentlayer")).toBe(false);
  });

  test("a stale .contentlayer from an earlier good run is removed when the content step fails", () => {
    expect(project.run("content:build").status).toBe(0);
    project.edit("content/treatments/prp-facial.md", (t) => t.replace(/^disclaimer: .*$/m, 'disclaimer: ""'));
    const { status, output } = project.run("build");
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/treatments\/prp-facial\.md:\d+:1 {2}disclaimer {2}disclaimer is empty; write the compliance disclaimer/);
    expect(project.exists(".contentlayer")).toBe(false);
  });

  test("Contentlayer itself is configured to fail, not warn and skip, on a document missing a field", () => {
    project.edit("content/treatments/prp-facial.md", (t) => t.replace(/^disclaimer: .*$\n/m, ""));
    const result = project.run("content:generate");
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/treatments\/prp-facial\.md.*missing the following required fields/s);
  });
});
