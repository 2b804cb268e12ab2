/** What the claim checker needs to know about the clinic: its jurisdictions and its practitioners, from content/. */
import { loadContent, type RawDocument } from "../../content/load";
import type { ClaimSite, Jurisdiction, SitePractitioner } from "./classes";

export function practitionerNames(data: { name?: unknown; honorificPrefix?: unknown }): string[] {
  const name = typeof data.name === "string" ? data.name.trim() : "";
  if (!name) return [];
  const surname = name.split(/\s+/).at(-1) ?? name;
  const prefix = typeof data.honorificPrefix === "string" ? data.honorificPrefix.trim() : "";
  return [...new Set([name, surname, prefix ? `${prefix} ${surname}` : "", prefix ? `${prefix} ${name}` : ""].filter(Boolean))];
}

export function claimSite(docs: RawDocument[]): ClaimSite {
  const practitioners: SitePractitioner[] = docs
    .filter((d) => d.kind === "Practitioner")
    .map((d) => {
      const data = (d.data ?? {}) as Record<string, unknown>;
      const credentials = ["jobTitle", "credentials", "registration"].map((k) => (typeof data[k] === "string" ? data[k] : "")).join(" ");
      return { names: practitionerNames(data), credentials };
    });
  const clinic = docs.find((d) => d.kind === "Clinic")?.data as { jurisdictions?: unknown } | undefined;
  const declared = Array.isArray(clinic?.jurisdictions) ? (clinic.jurisdictions.filter((j) => j === "US" || j === "UK") as Jurisdiction[]) : [];
  return { jurisdictions: declared.length > 0 ? declared : ["US"], practitioners };
}

export const claimSiteFromContent = () => claimSite(loadContent());
