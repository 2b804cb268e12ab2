import Link from "next/link";
import type { LegalPage } from "@/lib/content";

export interface ReviewPromiseProps {
  policy: Pick<LegalPage, "url" | "title">;
}

/** How our pages are written and checked, with the policy that says it in full. */
export function ReviewPromise({ policy }: ReviewPromiseProps) {
  const points = [
    { title: "Reviewed by a physician", text: "Each treatment page names the physician who reviewed it and the date." },
    { title: "Sources you can read", text: "What a page says a treatment may do is backed by published studies, listed on the page." },
    { title: "Risks stated plainly", text: "Side effects, who a treatment does not suit, and what it costs in time and money." },
  ];
  return (
    <section aria-labelledby="how-we-review" className="space-y-4">
      <h2 id="how-we-review" className="text-2xl font-semibold">
        How we write about treatments
      </h2>
      <ul className="grid gap-4 sm:grid-cols-3">
        {points.map((point) => (
          <li key={point.title} className="rounded-lg bg-brand-50 p-5">
            <h3 className="font-semibold text-brand-900">{point.title}</h3>
            <p className="mt-1 text-slate-800">{point.text}</p>
          </li>
        ))}
      </ul>
      <p>
        <Link href={policy.url} className="font-medium text-brand-800 underline underline-offset-2">
          Read our medical review policy
        </Link>
      </p>
    </section>
  );
}
