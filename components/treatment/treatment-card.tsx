import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Treatment } from "@/lib/content";

export interface TreatmentCardProps {
  treatment: Pick<Treatment, "title" | "summary" | "url">;
  /** The card's heading sits one level below the list's own heading. */
  headingLevel?: "h2" | "h3";
}

export function TreatmentCard({ treatment, headingLevel: Heading = "h3" }: TreatmentCardProps) {
  return (
    <Card as="li" className="relative flex flex-col transition-shadow focus-within:shadow-md hover:shadow-md">
      <Heading className="text-lg font-semibold text-slate-900">
        {/* The whole card is clickable through the link's ::after overlay. */}
        <Link href={treatment.url} className="after:absolute after:inset-0 hover:text-brand-800">
          {treatment.title}
        </Link>
      </Heading>
      <p className="mt-2 text-slate-700">{treatment.summary}</p>
    </Card>
  );
}
