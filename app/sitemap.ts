import type { MetadataRoute } from "next";
import { getClinicUpdated, listLegalPages, listTreatments } from "@/lib/content";
import { absoluteUrl } from "@/lib/utils";

export default function sitemap(): MetadataRoute.Sitemap {
  const treatments = listTreatments();
  const newest = treatments.map((t) => t.lastReviewed).sort().at(-1);
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    { url: absoluteUrl("/treatments"), lastModified: newest },
    ...treatments.map((t) => ({ url: absoluteUrl(t.url), lastModified: t.lastReviewed })),
    { url: absoluteUrl("/clinic"), lastModified: getClinicUpdated() },
    ...listLegalPages().map((p) => ({ url: absoluteUrl(p.url), lastModified: p.lastUpdated })),
  ];
}
