import type { PreviewFinding } from "@/lib/preview";

export interface ComplianceReportProps {
  file: string;
  findings: PreviewFinding[];
}

/** What `npm run content:check` says about one file, shown above its draft preview. */
export function ComplianceReport({ file, findings }: ComplianceReportProps) {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const clean = findings.length === 0;
  return (
    <section
      aria-labelledby="compliance-report-heading"
      className={
        clean ? "rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4" : "rounded-md border-l-4 border-red-700 bg-red-50 p-4"
      }
    >
      <h2 id="compliance-report-heading" className="text-lg font-semibold">
        Compliance report for {file}
      </h2>
      <p className="mt-1">
        {clean
          ? "No problems: this document passes the content check and can be published."
          : `${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"}. ${
              errors > 0 ? "The build refuses this document until the errors are fixed." : "Warnings do not stop the build."
            }`}
      </p>
      {!clean && (
        <table className="mt-3 w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3">
                Line
              </th>
              <th scope="col" className="py-1 pr-3">
                Rule or field
              </th>
              <th scope="col" className="py-1 pr-3">
                Problem
              </th>
              <th scope="col" className="py-1">
                How to fix it
              </th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f) => (
              <tr key={`${f.line}:${f.column}:${f.field}:${f.message}`} className="border-t border-red-200 align-top">
                <td className="py-1 pr-3 tabular-nums">{f.line}</td>
                <td className="py-1 pr-3 font-mono">
                  {f.severity === "warning" ? "warning " : ""}
                  {f.field}
                </td>
                <td className="py-1 pr-3">{f.message}</td>
                <td className="py-1">{f.fix ?? "See the message."}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
