/**
 * What the editing UI costs: a clean `npm run build` of the same copy with
 * KEYSTATIC_ENABLED=1, and what a treatment page ships from that build (it
 * must not change). The public build's figures come from the main run.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { buildEnv, failureReason } from "./builds";
import { get } from "./http";
import { run } from "./proc";
import { measureRoute, type RouteWeight } from "./routes";
import { EDITOR_COOKIE, signEditorSession } from "../../lib/cms/editor-access";
import { startServer, stopServer, waitUntilIdle } from "./server";

export interface CmsBuild {
  wallMs?: number;
  peakRssBytes?: number;
  keystaticStatus?: number;
  previewStatus?: number;
  treatment?: RouteWeight;
  /** GET /api/compliance/findings with an editor session, right after the server went idle: first, then again. */
  findingsMs?: { first: number; again: number; slug: string };
  error?: string;
}

/** A secret for this server only, so the bench can sign an editor session as the sign-in page would. */
const PREVIEW_SECRET = "bench-preview-secret-only-for-this-run";

export async function measureCmsBuild(
  project: { dir: string; reset(): void },
  options: { port: number; siteUrl: string; route: string; findingsSlug: string; log: (line: string) => void },
): Promise<CmsBuild> {
  project.reset();
  for (const file of ["tsconfig.tsbuildinfo", ".next", ".contentlayer"])
    rmSync(path.join(project.dir, file), { recursive: true, force: true });
  const env = buildEnv({ SITE_URL: options.siteUrl, KEYSTATIC_ENABLED: "1" });
  const build = await run("npm", ["run", "build"], { cwd: project.dir, env, timeoutMs: 15 * 60_000 });
  const result: CmsBuild = { wallMs: build.wallMs, peakRssBytes: build.peakRssBytes };
  if (build.status !== 0 || build.timedOut) return { ...result, error: failureReason(build) };
  options.log(`npm run build with KEYSTATIC_ENABLED=1: ${(build.wallMs / 1000).toFixed(1)} s`);

  const server = await startServer({ dir: project.dir, port: options.port, env: { KEYSTATIC_ENABLED: "1", PREVIEW_SECRET } });
  try {
    // The server warms the editors' reports for its first treatment as it starts (lib/cms/warm-up.ts):
    // time the report for another one, whose sentences that server has not judged yet.
    await waitUntilIdle(server);
    const slug = options.findingsSlug;
    const previous = process.env.PREVIEW_SECRET;
    process.env.PREVIEW_SECRET = PREVIEW_SECRET;
    const cookie = `${EDITOR_COOKIE}=${signEditorSession() ?? ""}`;
    process.env.PREVIEW_SECRET = previous;
    const findings = async () => {
      const started = performance.now();
      const response = await fetch(`${server.baseUrl}/api/compliance/findings?collection=treatments&slug=${slug}`, { headers: { cookie } });
      if (!response.ok) throw new Error(`GET /api/compliance/findings: HTTP ${response.status}`);
      await response.arrayBuffer();
      return performance.now() - started;
    };
    result.findingsMs = { first: await findings(), again: await findings(), slug };
    result.keystaticStatus = (await get(`${server.baseUrl}/keystatic`)).status;
    result.previewStatus = (await get(`${server.baseUrl}/api/preview?collection=treatments&slug=x`)).status;
    result.treatment = await measureRoute(server.baseUrl, options.route, new Map());
  } finally {
    await stopServer(server);
  }
  return result;
}
