import Image from "next/image";
import type { Treatment } from "@/lib/content";

export interface TestimonialListProps {
  testimonials: Treatment["testimonials"];
}

/**
 * The only way an endorsement reaches a page: every quote carries what people
 * can generally expect and any payment or relationship, as the FTC's
 * Endorsement Guides require. The schema will not build one without them.
 */
export function TestimonialList({ testimonials }: TestimonialListProps) {
  if (testimonials.length === 0) return null;
  return (
    <section aria-labelledby="experiences" className="space-y-4">
      <h2 id="experiences" className="text-2xl font-semibold text-slate-900">
        Patients&apos; experiences
      </h2>
      <ul className="space-y-6">
        {testimonials.map((t) => (
          <li key={t.quote} className="rounded-lg border border-slate-200 p-5">
            <figure className="space-y-3">
              {t.beforeImage && t.afterImage && (
                <div className="grid grid-cols-2 gap-3">
                  {[
                    { src: t.beforeImage, label: "Before" },
                    { src: t.afterImage, label: "After" },
                  ].map((img) => (
                    <div key={img.label}>
                      <Image
                        src={img.src}
                        alt={`${img.label}: ${t.imageAlt ?? ""}`}
                        width={480}
                        height={360}
                        sizes="(min-width: 768px) 360px, 45vw"
                        className="h-auto w-full rounded-md object-cover"
                      />
                      <span className="mt-1 block text-sm text-slate-600">{img.label}</span>
                    </div>
                  ))}
                </div>
              )}
              <blockquote className="text-lg text-slate-800">“{t.quote}”</blockquote>
              <figcaption className="text-sm text-slate-700">{t.attribution}</figcaption>
            </figure>
            <dl className="mt-3 space-y-1 rounded-md bg-slate-50 p-3 text-sm text-slate-700">
              <div>
                <dt className="inline font-semibold">Typical results: </dt>
                <dd className="inline">{t.typicalResults}</dd>
              </div>
              <div>
                <dt className="inline font-semibold">Payment or relationship: </dt>
                <dd className="inline">{t.relationship}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
