import { notFound } from "next/navigation";
import { ConsultationView } from "@/components/consultation/consultation-view";
import { consultationMetadata, getConsultationPage } from "@/lib/consultation/page";

export const generateMetadata = () => consultationMetadata();

// Static: what each view needs from the server (a ticket for the fill time and the idempotency key) comes as a cookie from proxy.ts.
export default function ConsultationPage() {
  const data = getConsultationPage();
  if (!data) notFound();
  return <ConsultationView data={data} />;
}
