import type { MetadataRoute } from "next";
import { getClinicUpdated, getConsent, listLegalPages, listTreatments } from "@/lib/content";
import { absoluteUrl } from "@/lib/utils";

export default function sitemap(): MetadataRoute.Sitemap {
  const treatments = listTreatments();
  const newest = treatments
    .map((t) => t.lastReviewed)
    .sort()
    .at(-1);
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    { url: absoluteUrl("/treatments"), lastModified: newest },
    ...treatments.map((t) => ({ url: absoluteUrl(t.url), lastModified: t.lastReviewed })),
    { url: absoluteUrl("/clinic"), lastModified: getClinicUpdated() },
    // The form's wording (consent) comes from the privacy notice.
    { url: absoluteUrl("/consultation"), lastModified: getConsent().page.lastUpdated },
    ...listLegalPages().map((p) => ({ url: absoluteUrl(p.url), lastModified: p.lastUpdated })),
  ];
}
