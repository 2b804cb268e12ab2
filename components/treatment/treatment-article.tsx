import { Disclaimer } from "@/components/compliance/disclaimer";
import { OffLabelNotice } from "@/components/compliance/off-label-notice";
import { ReviewedBy } from "@/components/compliance/reviewed-by";
import { TestimonialList } from "@/components/compliance/testimonial-list";
import { ComparisonTable } from "@/components/treatment/comparison-table";
import { ConsultationCta } from "@/components/treatment/consultation-cta";
import { FaqList } from "@/components/treatment/faq-list";
import { KeyFacts } from "@/components/treatment/key-facts";
import { SourceList } from "@/components/treatment/source-list";
import { TreatmentHero } from "@/components/treatment/treatment-hero";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Prose } from "@/components/ui/prose";
import type { Clinic, Treatment } from "@/lib/content";

export interface TreatmentArticleProps {
  treatment: Treatment;
  clinic: Clinic;
  crumbs: { name: string; href: string }[];
}

/** The body of a treatment page: shared by the published page and the editors' draft preview. */
export function TreatmentArticle({ treatment, clinic, crumbs }: TreatmentArticleProps) {
  return (
    <article className="mx-auto max-w-3xl space-y-10">
      <div className="space-y-6">
        <Breadcrumbs items={crumbs} />
        <TreatmentHero title={treatment.title} summary={treatment.summary}>
          <ReviewedBy reviewer={treatment.reviewer} date={treatment.lastReviewed} />
        </TreatmentHero>
        <Disclaimer text={treatment.disclaimer} />
        {treatment.offLabel && <OffLabelNotice />}
        <KeyFacts sessions={treatment.sessions} downtime={treatment.downtime} />
      </div>
      {treatment.comparison && <ComparisonTable comparison={treatment.comparison} />}
      <Prose html={treatment.html} />
      <TestimonialList testimonials={treatment.testimonials} />
      <FaqList faqs={treatment.faqs} />
      <SourceList sources={treatment.sources} />
      <ConsultationCta clinic={clinic} treatment={treatment} />
    </article>
  );
}
