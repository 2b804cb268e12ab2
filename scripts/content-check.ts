/**
 * `npm run content:check`: the content contract over every file in content/,
 * without a Next build. Prints every problem at once, one line each.
 */
import { pathToFileURL } from "node:url";
import { contentDir } from "../config/content";
import { loadContent } from "../lib/content/load";
import { formatReport, sortProblems, type Problem } from "../lib/content/report";
import { validateContent } from "../lib/content/validate";

export interface CheckResult {
  errors: number;
  warnings: number;
  problems: Problem[];
}

export function runContentCheck(options: { quietWhenClean?: boolean; format?: "text" | "json" } = {}): CheckResult {
  const docs = loadContent(contentDir);
  const problems = sortProblems(validateContent(docs));
  const errors = problems.filter((p) => p.severity === "error").length;
  const result = { errors, warnings: problems.length - errors, problems };
  if (options.format === "json") {
    console.log(JSON.stringify({ files: docs.length, ...result }, null, 2));
  } else if (problems.length || !options.quietWhenClean) {
    (errors ? console.error : console.log)(formatReport(problems, docs.length));
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const format = process.argv.includes("--format=json") || process.argv.join(" ").includes("--format json") ? "json" : "text";
  const { errors } = runContentCheck({ format });
  process.exit(errors > 0 ? 1 : 0);
}
