import { ConsultationCta } from "@/components/treatment/consultation-cta";
import { TreatmentCard } from "@/components/treatment/treatment-card";
import { JsonLd } from "@/components/seo/json-ld";
import { Container } from "@/components/ui/container";
import { getClinic, listTreatments } from "@/lib/content";
import { pageGraph } from "@/lib/json-ld";
import { buildMetadata } from "@/lib/seo";

export function generateMetadata() {
  return buildMetadata({ description: getClinic().description, path: "/" });
}

export default function HomePage() {
  const clinic = getClinic();
  const treatments = listTreatments();
  return (
    <Container className="space-y-12 py-10">
      <JsonLd graph={pageGraph(clinic, { path: "/", title: clinic.name, description: clinic.description })} />
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{clinic.name}</h1>
        <p className="max-w-prose text-lg text-slate-700">{clinic.description}</p>
        <p className="max-w-prose text-slate-700">
          Every treatment page explains who a treatment may suit and who it does not, how it goes, its risks, and the
          evidence behind it, and is reviewed by one of our physicians.
        </p>
      </section>
      <section aria-labelledby="treatments" className="space-y-4">
        <h2 id="treatments" className="text-2xl font-semibold">
          Treatments
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {treatments.map((treatment) => (
            <TreatmentCard key={treatment.slug} treatment={treatment} />
          ))}
        </ul>
      </section>
      <ConsultationCta clinic={clinic} />
    </Container>
  );
}
