import Link from "next/link";
import { getReviewPolicy, type Practitioner } from "@/lib/content";
import { formatDate } from "@/lib/utils";

export interface ReviewedByProps {
  reviewer: Practitioner;
  date: string;
}

/** The review line, linked to the policy that says what a review checks (as health publishers do). */
export function ReviewedBy({ reviewer, date }: ReviewedByProps) {
  return (
    <p className="text-sm text-slate-700">
      <Link href={getReviewPolicy().url} className="text-brand-800 underline underline-offset-2">
        Medically reviewed
      </Link>{" "}
      by{" "}
      <span className="font-semibold text-slate-900">
        {reviewer.displayName}, {reviewer.credentials}
      </span>{" "}
      ({reviewer.jobTitle}) on <time dateTime={date}>{formatDate(date)}</time>
    </p>
  );
}
