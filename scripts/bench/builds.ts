/**
 * `npm run build` and `npm run content:check` in a project copy, at one
 * content size: the shipped content plus `generated` treatments. Every build
 * starts clean: no .next, no .contentlayer, no tsconfig.tsbuildinfo.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { countTreatments, GENERATED_PREFIX, generateTreatments } from "./content";
import { run, type RunResult } from "./proc";

export interface Timed {
  ok: boolean;
  wallMs: number;
  peakRssBytes: number;
  error?: string;
}

/** Where a build's time went, in seconds, from the lines each step prints. */
export interface BuildSteps {
  /** The content check inside the build (content:build). */
  check?: number;
  /** Contentlayer's generation. */
  contentlayer?: number;
  compile?: number;
  typescript?: number;
  /** Next's "Generating static pages" (every page and build-time share image). */
  prerender?: number;
  /** build/static-pages.ts, from the build adapter. */
  postProcess?: number;
}

const seconds = (value: string, unit: string) => Number(value) / (unit === "ms" ? 1000 : 1);

/** The step times a build printed (a step whose line is missing is left out). */
export function buildSteps(output: string): BuildSteps {
  const find = (re: RegExp) => {
    const m = re.exec(output);
    return m?.[1] && m[2] ? seconds(m[1], m[2]) : undefined;
  };
  return {
    check: find(/Content checked in ([\d.]+) ?(s|ms)\b/),
    contentlayer: find(/Content generated from .* in ([\d.]+) ?(s|ms)\b/),
    compile: find(/Compiled successfully in ([\d.]+) ?(s|ms)\b/),
    typescript: find(/Finished TypeScript in ([\d.]+) ?(s|ms)\b/),
    // "4.5min" once it passes a minute.
    prerender: (() => {
      const m = /Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+) ?(min|s|ms)\b/.exec(output);
      return m?.[1] && m[2] ? (m[2] === "min" ? Number(m[1]) * 60 : seconds(m[1], m[2])) : undefined;
    })(),
    postProcess: find(/Static pages \(([\d.]+) ?(s|ms)\)/),
  };
}

export interface SizeResult {
  generated: number;
  treatments: number;
  published: number;
  /** Next's "Generating static pages (n/n)" count. */
  staticPages?: number;
  check?: Timed;
  /** The same check run again with its cache kept (.next/cache/content-check), as every build after the first. */
  checkAgain?: Timed;
  build?: Timed;
  /** 1-minute load average just before the build started (other work on the machine skews the times). */
  loadBefore?: number;
  steps?: BuildSteps;
  error?: string;
}

export const BUILD_TIMEOUT_MS = 25 * 60_000;

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // The copy's own content/ (not a CONTENT_DIR the caller may have set), and no NODE_ENV: next build sets it.
  const env: Record<string, string | undefined> = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
  delete env.CONTENT_DIR;
  delete env.NODE_ENV;
  // (Next's types declare NODE_ENV as always present; the child gets it from next itself.)
  return env as NodeJS.ProcessEnv;
}

/** The lines that say why a command failed, without stack frames. */
export function failureReason(result: RunResult): string {
  if (result.timedOut) return "timed out";
  const lines = result.output
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !/^at /.test(l) && !/^npm (error|ERR!) (code|path|command|workspace|location|A complete log)/.test(l));
  const interesting = lines.filter((l) => /error|failed|✗|problem/i.test(l));
  const picked = (interesting.length ? interesting : lines).slice(0, 3).join(" / ");
  return `exit ${result.status ?? result.signal}: ${picked.slice(0, 300)}`;
}

const timed = (result: RunResult): Timed => ({
  ok: result.status === 0 && !result.timedOut,
  wallMs: result.wallMs,
  peakRssBytes: result.peakRssBytes,
  error: result.status === 0 && !result.timedOut ? undefined : failureReason(result),
});

/** The 1-minute load average a timed build waits for: the bench's own builds leave it near 3. */
export const QUIET_LOAD = 1;
const QUIET_WAIT_MS = 150_000;

/**
 * Waits (up to two and a half minutes) until the machine is quiet, so that a build is not timed
 * while the previous one still weighs on the load average. Returns the load it starts at.
 */
export async function settle(log: (line: string) => void): Promise<number> {
  const started = Date.now();
  let load = os.loadavg()[0] ?? 0;
  while (load >= QUIET_LOAD && Date.now() - started < QUIET_WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    load = os.loadavg()[0] ?? 0;
  }
  const waited = (Date.now() - started) / 1000;
  if (waited >= 1) log(`waited ${waited.toFixed(0)} s for the load average to fall to ${load.toFixed(2)}`);
  return load;
}

/** Clean the copy, set its content to shipped + generated, then time the check and the build. */
export async function measureSize(
  project: { dir: string; reset(): void },
  generated: number,
  options: { siteUrl?: string; log: (line: string) => void; skipBuild?: boolean },
): Promise<SizeResult> {
  project.reset();
  for (const file of ["tsconfig.tsbuildinfo", ".next", ".contentlayer"])
    rmSync(path.join(project.dir, file), { recursive: true, force: true });
  generateTreatments(project.dir, generated);
  const counts = countTreatments(project.dir);
  const result: SizeResult = { generated, treatments: counts.total, published: counts.published };
  const env = buildEnv(options.siteUrl ? { SITE_URL: options.siteUrl } : {});

  const timedCheck = async (label: string): Promise<Timed> => {
    const check = timed(await run("npm", ["run", "--silent", "content:check"], { cwd: project.dir, env, timeoutMs: 10 * 60_000 }));
    options.log(`content:check ${label}: ${(check.wallMs / 1000).toFixed(1)} s${check.ok ? "" : ` (${check.error})`}`);
    return check;
  };
  result.check = await timedCheck(`with ${counts.total} treatments`);
  result.checkAgain = await timedCheck("again, cache kept");
  if (options.skipBuild) return result;

  let lastProgress = 0;
  result.loadBefore = await settle(options.log);
  const build = await run("npm", ["run", "build"], {
    cwd: project.dir,
    env,
    timeoutMs: BUILD_TIMEOUT_MS,
    onOutput: (text) => {
      // A heartbeat for long builds: Next's page counter, at most every 30 s.
      const pages = [...text.matchAll(/Generating static pages[^(]*\((\d+\/\d+)\)/g)].pop()?.[1];
      if (pages && performance.now() - lastProgress > 30_000) {
        lastProgress = performance.now();
        options.log(`  build: static pages ${pages}`);
      }
    },
  });
  result.build = timed(build);
  result.steps = buildSteps(build.output);
  const pages = [...build.output.matchAll(/Generating static pages[^(]*\((\d+)\/(\d+)\)/g)].pop();
  if (pages?.[2]) result.staticPages = Number(pages[2]);
  options.log(
    `npm run build with ${counts.total} treatments: ${(build.wallMs / 1000).toFixed(1)} s, peak ${(build.peakRssBytes / 2 ** 20).toFixed(0)} MiB` +
      `${result.staticPages ? `, ${result.staticPages} static pages` : ""}${result.build.ok ? "" : ` (${result.build.error})`}`,
  );
  return result;
}

/** Least-squares line through (x, y): y ≈ intercept + slope·x. */
export function linearFit(points: readonly { x: number; y: number }[]): { slope: number; intercept: number; r2: number } | undefined {
  if (points.length < 2) return undefined;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return undefined;
  const slope = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  const intercept = my - slope * mx;
  const ssTot = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  const ssRes = points.reduce((s, p) => s + (p.y - (intercept + slope * p.x)) ** 2, 0);
  return { slope, intercept, r2: ssTot === 0 ? 1 : 1 - ssRes / ssTot };
}

/**
 * What an edit's rebuild starts from. "caches": only the caches survive (.next/cache,
 * .contentlayer/.cache), as a host restores them into a fresh checkout. "everything":
 * the previous build's output too, as on a developer's machine (Next then deletes it first).
 */
export type EditStart = "caches" | "everything";

export interface EditResult {
  treatments: number;
  start: EditStart;
  build: Timed;
  steps: BuildSteps;
  loadBefore: number;
}

/** Everything under `dir` except `keep`. */
function removeAllBut(dir: string, keep: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.name !== keep) rmSync(path.join(dir, entry.name), { recursive: true, force: true });
}

/**
 * An editor's change on a built site: one treatment's text changes (a new
 * sentence each time) and the site is built again from `start`.
 */
export async function measureEdit(
  project: { dir: string },
  options: { siteUrl?: string; start: EditStart; log: (line: string) => void },
): Promise<EditResult> {
  const file = path.join(project.dir, "content", "treatments", `${GENERATED_PREFIX}0001.md`);
  const text = readFileSync(file, "utf8");
  const firstSection = text.indexOf("\n## ", text.indexOf("---", 4));
  const lineEnd = text.indexOf("\n", firstSection + 1);
  if (firstSection < 0 || lineEnd < 0) throw new Error(`${file} has no ## section to edit`);
  // Plain copy the claim checker passes ("from a host's caches" read as a host endorsing).
  const sentence = `Appointments for this copy are on weekday ${options.start === "caches" ? "afternoons" : "mornings"}.`;
  // The second edit changes the first one's sentence: two near-identical paragraphs would fail the copy check.
  const earlier = /^Appointments for this copy are on weekday \w+\.$/m;
  writeFileSync(
    file,
    earlier.test(text) ? text.replace(earlier, sentence) : `${text.slice(0, lineEnd + 1)}\n${sentence}\n${text.slice(lineEnd + 1)}`,
  );
  if (options.start === "caches") {
    removeAllBut(path.join(project.dir, ".next"), "cache");
    removeAllBut(path.join(project.dir, ".contentlayer"), ".cache");
  }
  const loadBefore = await settle(options.log);
  const build = await run("npm", ["run", "build"], {
    cwd: project.dir,
    env: buildEnv(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
    timeoutMs: BUILD_TIMEOUT_MS,
  });
  const treatments = countTreatments(project.dir).total;
  options.log(`rebuild after editing one of ${treatments} treatments (${options.start} kept): ${(build.wallMs / 1000).toFixed(1)} s`);
  return { treatments, start: options.start, build: timed(build), steps: buildSteps(build.output), loadBefore };
}
