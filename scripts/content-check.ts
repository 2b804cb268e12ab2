/**
 * `npm run content:check`: the content contract and the compliance rules over
 * every file in content/, without a Next build. Prints every problem at once,
 * one line each, grouped by file; exit 1 on any error, 0 with only warnings.
 * `--format json` prints the same as JSON for tools.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { contentDir } from "../config/content";
import { persistVerdicts } from "../lib/compliance/claims/verdict-cache";
import { openResultCache, sourceVersion } from "../lib/compliance/result-cache";
import { checkContent, type ContentCheck } from "../lib/content/check";
import { loadContent } from "../lib/content/load";
import { formatReport } from "../lib/content/report";

/**
 * Where results and sentence verdicts are kept between runs: in .next/cache,
 * which hosts keep between builds as they keep Next's own caches. Keyed by a
 * hash of the checker, so a changed rule never reuses an old result
 * (`--no-cache` checks everything afresh).
 */
export const CHECK_CACHE_DIR = path.join(".next", "cache", "content-check");

/** What a cached result depends on in the code: the checker, the document types and the installed packages. */
const CHECKER_SOURCES = ["lib/compliance", "lib/content/types", "lib/content/fields.ts", "lib/content/load.ts", "package-lock.json"];

export function runContentCheck(options: { quietWhenClean?: boolean; format?: "text" | "json"; cache?: boolean } = {}): ContentCheck {
  const docs = loadContent(contentDir);
  const cached = options.cache !== false;
  const saveVerdicts = cached ? persistVerdicts(CHECK_CACHE_DIR) : undefined;
  const results = cached ? openResultCache(CHECK_CACHE_DIR, sourceVersion(CHECKER_SOURCES)) : undefined;
  const result = checkContent(docs, new Date(), results);
  saveVerdicts?.();
  results?.save();
  if (options.format === "json") {
    console.log(JSON.stringify({ files: docs.length, ...result }, null, 2));
    return result;
  }
  if (result.problems.length || !options.quietWhenClean) {
    (result.errors ? console.error : console.log)(formatReport(result.problems, docs.length));
  }
  if (result.exceptions.length) {
    console.log(`\n${result.exceptions.length} compliance exception${result.exceptions.length === 1 ? "" : "s"} in force:`);
    for (const e of result.exceptions) console.log(`  ${e.file}:${e.line}  ${e.rule}  "${e.sentence}"  reason: ${e.reason}`);
  }
  return result;
}

function formatArg(argv: string[]): "text" | "json" {
  const index = argv.findIndex((a) => a === "--format" || a.startsWith("--format="));
  const value = argv[index]?.includes("=") ? argv[index]?.split("=")[1] : argv[index + 1];
  return index !== -1 && value === "json" ? "json" : "text";
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { errors } = runContentCheck({ format: formatArg(process.argv.slice(2)), cache: !process.argv.includes("--no-cache") });
  process.exit(errors > 0 ? 1 : 0);
}
