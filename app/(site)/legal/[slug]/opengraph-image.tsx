import { notFound } from "next/navigation";
import { getClinic, getLegalPage, listLegalPages } from "@/lib/content";
import { ogSize, renderOgCard } from "@/components/seo/og-card";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "The page's title and the clinic's name";

export function generateStaticParams() {
  return listLegalPages().map(({ slug }) => ({ slug }));
}

export default async function LegalShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const page = getLegalPage((await params).slug);
  if (!page) notFound();
  return renderOgCard({ title: page.title, clinicName: getClinic().name, eyebrow: "Policies" });
}
