/**
 * `next start` refuses a build whose pages the build step did not process
 * (build/static-pages.ts, run by Next through build/adapter.mjs): those pages
 * would carry inline scripts that the site's own CSP blocks, and the site
 * would look fine while its scripts silently failed. Called from
 * instrumentation.ts before the server takes a request.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** One line saying why this build must not be served, or undefined when it may be. */
export function unservableBuild(distDir = ".next"): string | undefined {
  const idFile = path.join(distDir, "BUILD_ID");
  // No BUILD_ID: not a production build at all, and Next says so itself.
  if (!existsSync(idFile)) return undefined;
  const buildId = readFileSync(idFile, "utf8").trim();
  // Each file the build step writes says which build it belongs to.
  const writtenFor = (file: string) => (existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { buildId?: unknown }) : undefined);
  const stampFile = path.join(distDir, "static-pages.json");
  const stamp = writtenFor(stampFile);
  const formFile = path.join(distDir, "preselected-form.json");
  const form = writtenFor(formFile);
  if (stamp?.buildId === buildId && form?.buildId === buildId) return undefined;
  if (stamp?.buildId === buildId)
    return `This build has no template for the preselected consultation form (${formFile} ${
      form ? `is from build ${String(form.buildId)}, not ${buildId}` : "is missing"
    }): build with \`npm run build\` or \`next build\`, then start again.`;
  return `This build's pages were not made safe for the site's security policy (${stampFile} ${
    stamp ? `is from build ${String(stamp.buildId)}, not ${buildId}` : "is missing"
  }): build with \`npm run build\` or \`next build\` (next.config.ts adapterPath runs build/static-pages.ts), then start again.`;
}

/** Ends the process with that line when the build must not be served (next start, before any request). */
export function refuseUnservableBuild(distDir = ".next"): void {
  const problem = unservableBuild(distDir);
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}
