import { notFound } from "next/navigation";
import { getClinic, getTreatment, listTreatments } from "@/lib/content";
import { ogSize, renderOgCard } from "@/components/seo/og-card";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "The treatment's name and the clinic's name";

export function generateStaticParams() {
  return listTreatments().map(({ slug }) => ({ slug }));
}

export default async function TreatmentOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const treatment = getTreatment((await params).slug);
  if (!treatment) notFound();
  return renderOgCard({ title: treatment.title, clinicName: getClinic().name });
}
