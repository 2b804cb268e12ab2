import { getClinic } from "@/lib/content";
import { ogSize, renderOgCard } from "@/components/seo/og-card";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "Treatments at the clinic";

export default function TreatmentsShareImage() {
  return renderOgCard({ title: "Treatments", clinicName: getClinic().name, eyebrow: "What we offer" });
}
