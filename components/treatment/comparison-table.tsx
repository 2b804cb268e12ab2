import type { Treatment } from "@/lib/content";

export interface ComparisonTableProps {
  comparison: NonNullable<Treatment["comparison"]>;
}

/**
 * One table for every screen. From `sm` up it is an ordinary three-column
 * table. Below that a third column does not fit, so each row becomes a card:
 * the aspect on top and the two answers side by side under their own labels,
 * both visible at once, with no sideways scrolling.
 */
export function ComparisonTable({ comparison }: ComparisonTableProps) {
  const { left, right } = comparison;
  return (
    <section aria-labelledby="comparison" className="space-y-3">
      <h2 id="comparison" className="text-2xl font-semibold text-slate-900">
        {left} and {right} side by side
      </h2>
      <table className="block w-full border-collapse text-left text-sm sm:table sm:rounded-lg sm:border sm:border-slate-200 sm:text-base">
        <caption className="sr-only">
          {left} and {right} compared, one aspect per row
        </caption>
        {/* On small screens each answer carries its own visible label instead. */}
        <thead className="sr-only bg-brand-50 text-brand-900 sm:not-sr-only sm:table-header-group">
          <tr>
            <th scope="col" className="p-3">
              <span className="sr-only">Aspect</span>
            </th>
            <th scope="col" className="p-3">
              {left}
            </th>
            <th scope="col" className="p-3">
              {right}
            </th>
          </tr>
        </thead>
        <tbody className="block space-y-3 sm:table-row-group sm:space-y-0 sm:divide-y sm:divide-slate-200">
          {comparison.rows.map((row) => (
            <tr
              key={row.aspect}
              className="grid grid-cols-2 gap-x-4 gap-y-2 rounded-lg border border-slate-200 p-4 align-top sm:table-row sm:rounded-none sm:border-0 sm:p-0"
            >
              <th scope="row" className="col-span-2 font-semibold text-slate-900 sm:p-3">
                {row.aspect}
              </th>
              <td className="text-slate-700 sm:p-3">
                <span className="block text-sm font-semibold text-brand-800 sm:hidden">{left}</span>
                {row.left}
              </td>
              <td className="border-l border-slate-200 pl-4 text-slate-700 sm:border-l-0 sm:p-3">
                <span className="block text-sm font-semibold text-brand-800 sm:hidden">{right}</span>
                {row.right}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
