import type { Treatment } from "@/lib/content";

export interface ComparisonTableProps {
  comparison: NonNullable<Treatment["comparison"]>;
}

export function ComparisonTable({ comparison }: ComparisonTableProps) {
  return (
    <section aria-labelledby="comparison" className="space-y-3">
      <h2 id="comparison" className="text-2xl font-semibold text-slate-900">
        {comparison.left} and {comparison.right} side by side
      </h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200" role="region" aria-label={`Table: ${comparison.left} and ${comparison.right} compared (scrolls sideways on small screens)`} tabIndex={0}>
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm sm:text-base">
          <thead className="bg-brand-50 text-brand-900">
            <tr>
              <th scope="col" className="p-3">
                <span className="sr-only">Aspect</span>
              </th>
              <th scope="col" className="p-3">
                {comparison.left}
              </th>
              <th scope="col" className="p-3">
                {comparison.right}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {comparison.rows.map((row) => (
              <tr key={row.aspect} className="align-top">
                <th scope="row" className="p-3 font-semibold text-slate-900">
                  {row.aspect}
                </th>
                <td className="p-3 text-slate-700">{row.left}</td>
                <td className="p-3 text-slate-700">{row.right}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
