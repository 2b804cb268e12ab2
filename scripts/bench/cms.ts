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
import { startServer, stopServer } from "./server";

export interface CmsBuild {
  wallMs?: number;
  peakRssBytes?: number;
  keystaticStatus?: number;
  previewStatus?: number;
  treatment?: RouteWeight;
  error?: string;
}

export async function measureCmsBuild(
  project: { dir: string; reset(): void },
  options: { port: number; siteUrl: string; route: string; log: (line: string) => void },
): Promise<CmsBuild> {
  project.reset();
  for (const file of ["tsconfig.tsbuildinfo", ".next", ".contentlayer"])
    rmSync(path.join(project.dir, file), { recursive: true, force: true });
  const env = buildEnv({ SITE_URL: options.siteUrl, KEYSTATIC_ENABLED: "1" });
  const build = await run("npm", ["run", "build"], { cwd: project.dir, env, timeoutMs: 15 * 60_000 });
  const result: CmsBuild = { wallMs: build.wallMs, peakRssBytes: build.peakRssBytes };
  if (build.status !== 0 || build.timedOut) return { ...result, error: failureReason(build) };
  options.log(`npm run build with KEYSTATIC_ENABLED=1: ${(build.wallMs / 1000).toFixed(1)} s`);

  const server = await startServer({ dir: project.dir, port: options.port, env: { KEYSTATIC_ENABLED: "1" } });
  try {
    result.keystaticStatus = (await get(`${server.baseUrl}/keystatic`)).status;
    result.previewStatus = (await get(`${server.baseUrl}/api/preview?collection=treatments&slug=x`)).status;
    result.treatment = await measureRoute(server.baseUrl, options.route, new Map());
  } finally {
    await stopServer(server);
  }
  return result;
}
