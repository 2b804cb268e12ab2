import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Treatment } from "@/lib/content";

export interface TreatmentCardProps {
  treatment: Pick<Treatment, "title" | "summary" | "url"> & Partial<Pick<Treatment, "sessions" | "downtime">>;
  /** The card's heading sits one level below the list's own heading. */
  headingLevel?: "h2" | "h3";
  /** Show the typical sessions and downtime under the summary. */
  showFacts?: boolean;
}

export function TreatmentCard({ treatment, headingLevel: Heading = "h3", showFacts = false }: TreatmentCardProps) {
  return (
    <Card as="li" className="relative flex flex-col transition-shadow focus-within:shadow-md hover:shadow-md">
      <Heading className="text-lg font-semibold text-slate-900">
        {/* The whole card is clickable through the link's ::after overlay. */}
        <Link href={treatment.url} className="after:absolute after:inset-0 hover:text-brand-800">
          {treatment.title}
        </Link>
      </Heading>
      <p className="mt-2 text-slate-700">{treatment.summary}</p>
      {showFacts && treatment.sessions && treatment.downtime ? (
        <dl className="mt-4 grid gap-2 border-t border-slate-200 pt-4 text-sm">
          <div>
            <dt className="font-semibold text-brand-900">Typical sessions</dt>
            <dd className="text-slate-800">{treatment.sessions}</dd>
          </div>
          <div>
            <dt className="font-semibold text-brand-900">Downtime</dt>
            <dd className="text-slate-800">{treatment.downtime}</dd>
          </div>
        </dl>
      ) : null}
    </Card>
  );
}
