import { notFound } from "next/navigation";
import { JsonLd } from "@/components/seo/json-ld";
import { TreatmentArticle } from "@/components/treatment/treatment-article";
import { Container } from "@/components/ui/container";
import { getClinic, getTreatment, listTreatments, treatmentCrumbs } from "@/lib/content";
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

export default async function TreatmentPage({ params }: TreatmentPageProps) {
  const treatment = getTreatment((await params).slug);
  if (!treatment) notFound();
  const clinic = getClinic();
  const crumbs = treatmentCrumbs(treatment);

  return (
    <Container className="py-10">
      <JsonLd graph={treatmentGraph(clinic, treatment, crumbs)} />
      <TreatmentArticle treatment={treatment} clinic={clinic} crumbs={crumbs} />
    </Container>
  );
}
