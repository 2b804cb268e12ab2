import type { Clinic } from "@/lib/content";

export interface OpeningHoursProps {
  hours: Clinic["openingHours"];
}

/** Monday–Friday for a run of consecutive days, otherwise a list. */
export function formatDays(days: readonly string[]): string {
  const order = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  const idx = days.map((d) => order.indexOf(d));
  const consecutive = idx.length > 2 && idx.every((n, i) => i === 0 || n === (idx[i - 1] ?? -2) + 1);
  return consecutive ? `${days[0]}–${days[days.length - 1]}` : days.join(", ");
}

export function OpeningHours({ hours }: OpeningHoursProps) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {hours.map((row) => (
        <div key={row.days.join()} className="contents">
          <dt className="font-medium">{formatDays(row.days)}</dt>
          <dd>
            <time>{row.opens}</time>–<time>{row.closes}</time>
          </dd>
        </div>
      ))}
    </dl>
  );
}
