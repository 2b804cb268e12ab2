/** What the claim checker needs to know about the clinic: its jurisdictions and its practitioners, from content/. */
import { loadContent, type RawDocument } from "../../content/load";
import { clinicSchema, practitionerSchema } from "../../content/schema";
import type { ClaimSite, SitePractitioner } from "./classes";

/** Every way copy may name a practitioner: "Amara Okafor", "Okafor", "Dr Okafor", "Dr Amara Okafor". */
function namesOf({ name, honorificPrefix }: { name: string; honorificPrefix?: string }): string[] {
  const surname = name.split(/\s+/).at(-1) ?? name;
  return [...new Set([name, surname, ...(honorificPrefix ? [`${honorificPrefix} ${surname}`, `${honorificPrefix} ${name}`] : [])])];
}

/**
 * From the documents as the contract reads them. A document that breaks the
 * contract is reported by the content check anyway; here it names nobody, and
 * a clinic file without valid jurisdictions is judged as the default, [US].
 */
export function claimSite(docs: RawDocument[]): ClaimSite {
  const practitioners: SitePractitioner[] = docs.flatMap((d) => {
    const parsed = d.kind === "Practitioner" ? practitionerSchema.safeParse(d.data) : undefined;
    if (!parsed?.success) return [];
    const { jobTitle, credentials, registration } = parsed.data;
    return [{ names: namesOf(parsed.data), credentials: [jobTitle, credentials, registration ?? ""].join(" ") }];
  });
  const clinic = docs.find((d) => d.kind === "Clinic")?.data as { jurisdictions?: unknown } | undefined;
  const jurisdictions = clinicSchema.shape.jurisdictions.safeParse(clinic?.jurisdictions);
  return { jurisdictions: jurisdictions.success ? jurisdictions.data : ["US"], practitioners };
}

export const claimSiteFromContent = () => claimSite(loadContent());
