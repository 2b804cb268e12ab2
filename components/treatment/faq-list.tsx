import type { Faq } from "@/lib/content";

export interface FaqListProps {
  faqs: Faq[];
}

/** Plain headings and paragraphs: every answer is in the HTML, no JavaScript needed. */
export function FaqList({ faqs }: FaqListProps) {
  return (
    <section aria-labelledby="faqs" className="space-y-4">
      <h2 id="faqs" className="text-2xl font-semibold text-slate-900">
        Frequently asked questions
      </h2>
      <div className="divide-y divide-slate-200 rounded-lg border border-slate-200">
        {faqs.map((faq) => (
          <div key={faq.question} className="p-5">
            <h3 className="font-semibold text-slate-900">{faq.question}</h3>
            <p className="mt-2 text-slate-700">{faq.answer}</p>
          </div>
        ))}
      </div>
    </section>
  );
}
