import type { ResolvingMetadata } from "next";
import { notFound } from "next/navigation";
import { ConsultationView } from "@/components/consultation/consultation-view";
import { consultationMetadata, getConsultationPage, preselectedCopies } from "@/lib/consultation/page";

interface PreselectedConsultationPageProps {
  params: Promise<{ treatment: string }>;
}

// The template proxy.ts fills in for /consultation?treatment=<slug> (lib/consultation/preselected-form.ts);
// any other slug is a 404 here.
export const dynamicParams = false;

export function generateStaticParams() {
  return preselectedCopies().map((treatment) => ({ treatment }));
}

export async function generateMetadata({ params }: PreselectedConsultationPageProps, parent: ResolvingMetadata) {
  if (!getConsultationPage((await params).treatment)) notFound();
  return consultationMetadata(await parent);
}

export default async function PreselectedConsultationPage({ params }: PreselectedConsultationPageProps) {
  const data = getConsultationPage((await params).treatment);
  if (!data) notFound();
  return <ConsultationView data={data} />;
}
