import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { editingUiBuilt, warmEditorReports } from "../../lib/cms/warm-up";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function distDir(routes: Record<string, string> | undefined): string {
  const dir = mkdtempSync(path.join(tmpdir(), "warm-up-"));
  dirs.push(dir);
  if (routes) writeFileSync(path.join(dir, "app-path-routes-manifest.json"), JSON.stringify(routes));
  return dir;
}

describe("the editors' reports are warmed at start-up", () => {
  it("only in a build with the editing UI's findings route", () => {
    expect(editingUiBuilt(distDir({ "/api/compliance/findings/route": "/api/compliance/findings", "/(site)/page": "/" }))).toBe(true);
    expect(editingUiBuilt(distDir({ "/(site)/page": "/", "/(site)/treatments/[slug]/page": "/treatments/[slug]" }))).toBe(false);
    expect(editingUiBuilt(distDir(undefined))).toBe(false);
  });

  it("and not at all without PREVIEW_SECRET, when no editor could ask for one", async () => {
    const previous = process.env.PREVIEW_SECRET;
    delete process.env.PREVIEW_SECRET;
    try {
      // An origin nothing listens on: a request would reject, so resolving shows none was made.
      await expect(warmEditorReports("http://127.0.0.1:9", "prp-facial")).resolves.toBeUndefined();
    } finally {
      if (previous !== undefined) process.env.PREVIEW_SECRET = previous;
    }
  });
});
