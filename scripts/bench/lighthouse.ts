/**
 * Lighthouse (the CLI in node_modules, its default mobile emulation and
 * simulated throttling) against one URL, headless Chromium.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { run } from "./proc";

export const CATEGORIES = [
  { id: "performance", label: "Performance", budget: 95 },
  { id: "accessibility", label: "Accessibility", budget: 100 },
  { id: "best-practices", label: "Best Practices", budget: 100 },
  { id: "seo", label: "SEO", budget: 100 },
] as const;
export type CategoryId = (typeof CATEGORIES)[number]["id"];

export const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

export interface LighthouseScores {
  scores: Record<CategoryId, number | null>;
  /** For each category under budget: the audits that cost points. */
  misses: string[];
  benchmarkIndex?: number;
  warnings: string[];
  wallMs: number;
}

interface AuditJson {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface ReportJson {
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }>;
  audits: Record<string, AuditJson>;
}

export async function runLighthouse(url: string, projectDir: string, outDir: string, name: string): Promise<LighthouseScores> {
  const output = path.join(outDir, `${name}.json`);
  const result = await run(
    path.join(projectDir, "node_modules", ".bin", "lighthouse"),
    [
      url,
      "--output=json",
      `--output-path=${output}`,
      `--only-categories=${CATEGORIES.map((c) => c.id).join(",")}`,
      "--quiet",
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    {
      cwd: projectDir,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      timeoutMs: 180_000,
      sampleMemory: false,
    },
  );
  if (result.timedOut) throw new Error("Lighthouse timed out after 180 s");
  if (result.status !== 0) {
    const line = result.output.split("\n").find((l) => /error/i.test(l)) ?? result.output.trim().split("\n").pop() ?? "";
    throw new Error(`Lighthouse exited ${result.status}: ${line.trim().slice(0, 200)}`);
  }
  const report = JSON.parse(readFileSync(output, "utf8")) as ReportJson;
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message.slice(0, 160)}`);

  const scores = {} as Record<CategoryId, number | null>;
  const misses: string[] = [];
  for (const category of CATEGORIES) {
    const data = report.categories[category.id];
    const score = data?.score === null || data?.score === undefined ? null : Math.round(data.score * 100);
    scores[category.id] = score;
    if (!data || score === null || score >= category.budget) continue;
    const lost = data.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((a): a is AuditJson => a !== undefined && a.score !== null && a.score < (category.id === "performance" ? 0.9 : 1))
      .filter((a) => a.scoreDisplayMode === "binary" || a.scoreDisplayMode === "numeric" || a.scoreDisplayMode === "metricSavings")
      .map((a) => `${a.id}${a.displayValue ? ` ${a.displayValue}` : ""} (${Math.round((a.score ?? 0) * 100)})`);
    misses.push(`${category.label} ${score}: ${lost.join(", ") || "no single audit below 0.9"}`);
  }
  return { scores, misses, benchmarkIndex: report.environment?.benchmarkIndex, warnings: report.runWarnings ?? [], wallMs: result.wallMs };
}
