import { notFound } from "next/navigation";
import { ConsultationView } from "@/components/consultation/consultation-view";
import { consultationMetadata, getConsultationPage } from "@/lib/consultation/page";

export const generateMetadata = () => ({ ...consultationMetadata(), robots: { index: false, follow: true } });

// Static like the form: proxy.ts serves this copy for /consultation while the database is known to be down.
export default function PausedConsultationPage() {
  const data = getConsultationPage();
  if (!data) notFound();
  return <ConsultationView data={data} paused />;
}
