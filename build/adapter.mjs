/**
 * The build's own step, where Next runs it: a build adapter (next.config's
 * `adapterPath`) whose onBuildComplete serves prerendered pages as plain
 * HTML (build/static-pages.ts). So `next build` alone, as a host runs it,
 * makes a site whose pages work under their own security policy.
 *
 * Plain JavaScript because Next imports this file itself; the step is
 * TypeScript, run by tsx in a child process with the list of prerendered
 * files that Next hands the adapter (their place is Next's business: with an
 * adapter they live in .next/server/route-cache/, keyed by hashes).
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

/** @type {import("next").NextAdapter} */
const adapter = {
  name: "clinic-static-pages",
  async onBuildComplete({ outputs, distDir, projectDir, buildId }) {
    // Every prerendered file by its URL path: "/treatments/prp-facial" is the page's HTML, ".rsc" its payload.
    // Pages Next renders once for every path (the 404 page) are static files, not prerenders.
    const files = Object.fromEntries([
      ...outputs.staticFiles.filter((f) => f.filePath.endsWith(".html")).map((f) => [f.pathname, path.relative(projectDir, f.filePath)]),
      ...outputs.prerenders.filter((p) => p.fallback?.filePath).map((p) => [p.pathname, path.relative(projectDir, p.fallback.filePath)]),
    ]);
    writeFileSync(path.join(distDir, "static-pages-input.json"), `${JSON.stringify({ buildId, files }, null, 1)}\n`);
    const step = spawnSync(process.execPath, ["--import", "tsx", path.join("build", "static-pages.ts")], {
      cwd: projectDir,
      stdio: "inherit",
    });
    if (step.status !== 0) throw new Error("static pages: the step failed (see above); the build is not usable");
  },
};

export default adapter;
