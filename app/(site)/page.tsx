import { PractitionerCard } from "@/components/clinic/practitioner-card";
import { HomeHero } from "@/components/home/home-hero";
import { ReviewPromise } from "@/components/home/review-promise";
import { JsonLd } from "@/components/seo/json-ld";
import { ConsultationCta } from "@/components/treatment/consultation-cta";
import { TreatmentCard } from "@/components/treatment/treatment-card";
import { Container } from "@/components/ui/container";
import { getClinic, getReviewPolicy, listPractitioners, listTreatments } from "@/lib/content";
import { pageGraph } from "@/lib/json-ld";
import { buildMetadata } from "@/lib/seo";

export function generateMetadata() {
  return buildMetadata({ description: getClinic().description, path: "/" });
}

export default function HomePage() {
  const clinic = getClinic();
  return (
    <Container className="space-y-14 py-8 sm:py-10">
      <JsonLd graph={pageGraph(clinic, { path: "/", title: clinic.name, description: clinic.description })} />
      <HomeHero clinic={clinic} />
      <section aria-labelledby="treatments" className="space-y-4">
        <h2 id="treatments" className="text-2xl font-semibold">
          Treatments
        </h2>
        <p className="max-w-prose text-slate-700">
          Each page explains who a treatment may suit and who it does not, how it goes, its risks, and the evidence behind it.
        </p>
        <ul className="grid gap-4 sm:grid-cols-2">
          {listTreatments().map((treatment) => (
            <TreatmentCard key={treatment.slug} treatment={treatment} showFacts />
          ))}
        </ul>
      </section>
      <section aria-labelledby="team" className="space-y-4">
        <h2 id="team" className="text-2xl font-semibold">
          Who you will see
        </h2>
        <p className="max-w-prose text-slate-700">
          The practitioners you may meet at a consultation, with their qualifications as they hold them.
        </p>
        <ul className="grid gap-4 lg:grid-cols-2">
          {listPractitioners().map((practitioner) => (
            <PractitionerCard key={practitioner.slug} practitioner={practitioner} />
          ))}
        </ul>
      </section>
      <ReviewPromise policy={getReviewPolicy()} />
      <ConsultationCta clinic={clinic} />
    </Container>
  );
}
