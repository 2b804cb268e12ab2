import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { unservableBuild } from "../../lib/build-check";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A build folder with its BUILD_ID and, where given, the static-pages stamp and the preselected form's template. */
function build({ stamp, form }: { stamp?: string; form?: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), "build-check-"));
  dirs.push(dir);
  writeFileSync(path.join(dir, "BUILD_ID"), "b1\n");
  if (stamp) writeFileSync(path.join(dir, "static-pages.json"), JSON.stringify({ buildId: stamp }));
  if (form) writeFileSync(path.join(dir, "preselected-form.json"), JSON.stringify({ buildId: form, template: { parts: [""], holes: [] } }));
  return dir;
}

describe("next start refuses a build", () => {
  it("whose pages the build step did not process", () => {
    expect(unservableBuild(build({}))).toMatch(/pages were not made safe .* is missing/);
    expect(unservableBuild(build({ stamp: "b0", form: "b1" }))).toMatch(/is from build b0, not b1/);
  });

  it("without the preselected form's template, or with one from another build", () => {
    expect(unservableBuild(build({ stamp: "b1" }))).toMatch(/no template for the preselected consultation form .* is missing/);
    expect(unservableBuild(build({ stamp: "b1", form: "b0" }))).toMatch(/preselected-form\.json is from build b0, not b1/);
  });

  it("and serves one the step finished", () => {
    expect(unservableBuild(build({ stamp: "b1", form: "b1" }))).toBeUndefined();
  });
});
