/** One problem in one content file: the single error format of the project. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** The frontmatter field (e.g. sources[0].doi) or the rule id that failed. */
  field: string;
  /** What is wrong and what to write instead. */
  message: string;
  severity: "error" | "warning";
}

export const formatProblem = (p: Problem) =>
  `${p.file}:${p.line}:${p.column}  ${p.severity === "warning" ? "warning " : ""}${p.field}  ${p.message}`;

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Linter-style report: problems grouped by file, then a count. */
export function formatReport(problems: Problem[], filesChecked: number): string {
  const lines: string[] = [];
  let current = "";
  for (const p of sortProblems(problems)) {
    if (p.file !== current) {
      if (current) lines.push("");
      lines.push(p.file);
      current = p.file;
    }
    lines.push(`  ${formatProblem(p)}`);
  }
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  if (lines.length) lines.push("");
  lines.push(
    `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} in ${filesChecked} content file${filesChecked === 1 ? "" : "s"}`,
  );
  return lines.join("\n");
}
