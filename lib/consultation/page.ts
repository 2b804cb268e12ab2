/**
 * What the consultation page shows. The page is static: /consultation, plus
 * one copy per published treatment with that treatment preselected, which the
 * proxy serves for /consultation?treatment=<slug> (so preselection works
 * without JavaScript too).
 */
import type { ResolvedMetadata } from "next";
import { getClinic, getConsent, listTreatments, type Clinic } from "../content";
import { buildMetadata } from "../seo";
import { consentVersion } from "./consent";
import { MAX_MESSAGE_LENGTH, TIME_WINDOW_LABELS, TIME_WINDOWS } from "./schema";

import { CONSULTATION_PATH } from "./path";

export { CONSULTATION_PATH };
const title = "Request a consultation";
const description =
  "Ask for a consultation: tell us how to reach you and which treatment you would like to talk about. No medical details needed.";
const crumbs = [
  { name: "Home", href: "/" },
  { name: title, href: CONSULTATION_PATH },
];

export interface ConsultationPageData {
  clinic: Clinic;
  consent: ReturnType<typeof getConsent>;
  page: { path: string; title: string; description: string; crumbs: typeof crumbs };
  form: {
    treatments: { slug: string; title: string }[];
    timeWindows: { value: string; label: string }[];
    selectedTreatment?: string;
    maxMessageLength: number;
    /** The version of the consent wording this page shows; the form posts it back (consent.ts). */
    consentVersion: string;
  };
}

/** Slugs that get a preselected copy of the form. */
export const preselectableTreatments = (): string[] => listTreatments().map((t) => t.slug);

/** The page's data; undefined when `treatment` is given but is not a published treatment. */
export function getConsultationPage(treatment?: string): ConsultationPageData | undefined {
  const treatments = listTreatments().map(({ slug, title }) => ({ slug, title }));
  if (treatment !== undefined && !treatments.some((t) => t.slug === treatment)) return undefined;
  return {
    clinic: getClinic(),
    consent: getConsent(),
    page: { path: CONSULTATION_PATH, title, description, crumbs },
    form: {
      treatments,
      timeWindows: TIME_WINDOWS.map((value) => ({ value, label: TIME_WINDOW_LABELS[value] })),
      selectedTreatment: treatment,
      maxMessageLength: MAX_MESSAGE_LENGTH,
      consentVersion: consentVersion(getConsent().text),
    },
  };
}

/**
 * Every copy has the same canonical address (the form without a preselection),
 * and a copy shares the form's share image, which it inherits from its parent segment.
 */
export const consultationMetadata = (parent?: Pick<ResolvedMetadata, "openGraph" | "twitter">) =>
  buildMetadata({ title, description, path: CONSULTATION_PATH, shareImagesOf: parent });
