import { notFound } from "next/navigation";
import { Disclaimer } from "@/components/compliance/disclaimer";
import { OffLabelNotice } from "@/components/compliance/off-label-notice";
import { ReviewedBy } from "@/components/compliance/reviewed-by";
import { TestimonialList } from "@/components/compliance/testimonial-list";
import { ComparisonTable } from "@/components/treatment/comparison-table";
import { ConsultationCta } from "@/components/treatment/consultation-cta";
import { FaqList } from "@/components/treatment/faq-list";
import { KeyFacts } from "@/components/treatment/key-facts";
import { SourceList } from "@/components/treatment/source-list";
import { JsonLd } from "@/components/seo/json-ld";
import { TreatmentHero } from "@/components/treatment/treatment-hero";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Container } from "@/components/ui/container";
import { Prose } from "@/components/ui/prose";
import { getClinic, getTreatment, listTreatments, type Treatment } from "@/lib/content";
import { treatmentGraph } from "@/lib/json-ld";
import { buildMetadata } from "@/lib/seo";

interface TreatmentPageProps {
  params: Promise<{ slug: string }>;
}

// Only the slugs below exist; anything else is a 404, never a render on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return listTreatments().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: TreatmentPageProps) {
  const treatment = getTreatment((await params).slug);
  if (!treatment) return {};
  return buildMetadata({ title: treatment.title, description: treatment.summary, path: treatment.url, type: "article" });
}

const crumbsFor = (treatment: Treatment) => [
  { name: "Home", href: "/" },
  { name: "Treatments", href: "/treatments" },
  { name: treatment.title, href: treatment.url },
];

export default async function TreatmentPage({ params }: TreatmentPageProps) {
  const treatment = getTreatment((await params).slug);
  if (!treatment) notFound();
  const clinic = getClinic();
  const crumbs = crumbsFor(treatment);

  return (
    <Container className="py-10">
      <JsonLd graph={treatmentGraph(clinic, treatment, crumbs)} />
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
    </Container>
  );
}
