import { notFound } from "next/navigation";
import { getClinic, getTreatment } from "@/lib/content";
import { ogSize, renderOgCard } from "@/components/seo/og-card";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "The treatment's name and the clinic's name";

// Drawn on the first request for it and kept (Next's cache, and .next/cache/og-images across builds),
// not at build time: at 1,000 treatments drawing them took about 20 s of a clean build (issue 18).
export const dynamic = "force-static";
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export default async function TreatmentOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const treatment = getTreatment((await params).slug);
  if (!treatment) notFound();
  return renderOgCard({ title: treatment.title, clinicName: getClinic().name });
}
