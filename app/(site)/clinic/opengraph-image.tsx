import { getClinic } from "@/lib/content";
import { ogSize, renderOgCard } from "@/components/seo/og-card";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "Visiting and contacting the clinic";

export default function ClinicShareImage() {
  return renderOgCard({ title: "Visit and contact", clinicName: getClinic().name, eyebrow: "Address, hours, phone" });
}
