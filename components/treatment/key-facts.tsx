export interface KeyFactsProps {
  sessions: string;
  downtime: string;
}

export function KeyFacts({ sessions, downtime }: KeyFactsProps) {
  return (
    <dl className="grid gap-4 rounded-lg bg-brand-50 p-5 sm:grid-cols-2">
      <div>
        <dt className="text-sm font-semibold tracking-wide text-brand-900 uppercase">Typical sessions</dt>
        <dd className="mt-1 text-slate-800">{sessions}</dd>
      </div>
      <div>
        <dt className="text-sm font-semibold tracking-wide text-brand-900 uppercase">Downtime</dt>
        <dd className="mt-1 text-slate-800">{downtime}</dd>
      </div>
    </dl>
  );
}
