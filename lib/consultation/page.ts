/**
 * What the consultation page shows. The page is static: /consultation, plus
 * one copy with a placeholder treatment preselected, which proxy.ts fills in
 * for /consultation?treatment=<slug> (lib/consultation/preselected-form.ts),
 * so preselection works without JavaScript too. A copy offers only its own
 * treatment, with a link to the full form for another: its size does not
 * grow with the number of treatments (issue 18; a copy listing a thousand
 * treatments was 735 KB).
 */
import type { ResolvedMetadata } from "next";
import { getClinic, getConsent, getTreatment, listTreatments, type Clinic } from "../content";
import { buildMetadata } from "../seo";
import { consentVersion } from "./consent";
import { TEMPLATE_TREATMENT, type PreselectedTreatment } from "./preselected-form";
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
    /** On a preselected copy: where to choose a different treatment. */
    otherTreatmentsHref?: string;
    maxMessageLength: number;
    /** The version of the consent wording this page shows; the form posts it back (consent.ts). */
    consentVersion: string;
  };
}

/** The treatments proxy.ts can preselect, by slug. */
export const preselectableTreatments = (): Map<string, PreselectedTreatment> =>
  new Map(listTreatments().map(({ slug, title }) => [slug, { slug, title }]));

/**
 * The copies of the form to prerender: the placeholder, which proxy.ts fills in. `next dev` has no
 * build step to make the template, so there the proxy asks for each treatment's own copy, rendered on demand.
 */
export const preselectedCopies = (): string[] =>
  process.env.NODE_ENV === "development" ? [TEMPLATE_TREATMENT.slug, ...preselectableTreatments().keys()] : [TEMPLATE_TREATMENT.slug];

/** The page's data; undefined when `treatment` is given but is not a published treatment (or the placeholder). */
export function getConsultationPage(treatment?: string): ConsultationPageData | undefined {
  // Look the one treatment up rather than scan them all: a thousand copies each scanning a thousand made the build quadratic.
  const chosen =
    treatment === undefined
      ? listTreatments()
      : treatment === TEMPLATE_TREATMENT.slug
        ? [TEMPLATE_TREATMENT]
        : [getTreatment(treatment)].filter((t) => t !== undefined);
  const treatments = chosen.map(({ slug, title }) => ({ slug, title }));
  if (treatments.length === 0) return undefined;
  return {
    clinic: getClinic(),
    consent: getConsent(),
    page: { path: CONSULTATION_PATH, title, description, crumbs },
    form: {
      treatments,
      timeWindows: TIME_WINDOWS.map((value) => ({ value, label: TIME_WINDOW_LABELS[value] })),
      selectedTreatment: treatment,
      ...(treatment === undefined ? {} : { otherTreatmentsHref: CONSULTATION_PATH }),
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
