import { getClinic } from "@/lib/content";
import { ogSize, renderOgCard } from "@/components/seo/og-card";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "The clinic's name";

export default function OpenGraphImage() {
  const clinic = getClinic();
  return renderOgCard({ title: clinic.name, clinicName: clinic.address.locality, eyebrow: "Skin and hair clinic" });
}
