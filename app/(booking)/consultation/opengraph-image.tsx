import { getClinic } from "@/lib/content";
import { ogSize, renderOgCard } from "@/components/seo/og-card";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "Request a consultation";

export default function ConsultationShareImage() {
  return renderOgCard({ title: "Request a consultation", clinicName: getClinic().name, eyebrow: "No obligation to go ahead" });
}
