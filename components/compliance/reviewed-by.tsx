import type { Practitioner } from "@/lib/content";
import { formatDate } from "@/lib/utils";

export interface ReviewedByProps {
  reviewer: Practitioner;
  date: string;
}

export function ReviewedBy({ reviewer, date }: ReviewedByProps) {
  return (
    <p className="text-sm text-slate-700">
      Medically reviewed by{" "}
      <span className="font-semibold text-slate-900">
        {reviewer.displayName}, {reviewer.credentials}
      </span>{" "}
      ({reviewer.jobTitle}) on <time dateTime={date}>{formatDate(date)}</time>
    </p>
  );
}
