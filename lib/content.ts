/**
 * The app's content API. This is the only module that imports
 * contentlayer/generated: it re-checks every generated document against the
 * zod contract (fail closed, even if someone ran `next build` by hand) and
 * reshapes it into the app's own types.
 */
import { allLegalPages, allPractitioners, allTreatments, clinic as generatedClinic } from "contentlayer/generated";
import { statSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { contentDir, REVIEW_POLICY_SLUG } from "../config/content";
import {
  clinicSchema,
  legalPageSchema,
  practitionerSchema,
  treatmentSchema,
  type ClinicFrontmatter,
  type LegalPageFrontmatter,
  type PractitionerFrontmatter,
  type TreatmentFrontmatter,
} from "./content/schema";
import { legalPageType } from "./content/types/legal-page";
import { treatmentType } from "./content/types/treatment";
import { sectionText } from "./markdown/sections";

export interface Practitioner extends PractitionerFrontmatter {
  slug: string;
  /** "Dr Amara Okafor" */
  displayName: string;
  bioHtml: string;
}

export interface Treatment extends Omit<TreatmentFrontmatter, "reviewedBy"> {
  slug: string;
  url: string;
  reviewer: Practitioner;
  html: string;
  /** Plain text of the "How it goes" section, for structured data. */
  howPerformed: string | undefined;
}

export interface LegalPage extends LegalPageFrontmatter {
  slug: string;
  url: string;
  html: string;
}

export type Clinic = ClinicFrontmatter;
export type Source = Treatment["sources"][number];
export type Faq = Treatment["faqs"][number];

const CONTENTLAYER_KEYS = new Set(["_id", "_raw", "type", "body"]);

/** Generated documents carry bookkeeping keys; the contract does not know them. */
function frontmatterOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(frontmatterOf);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, inner]) => (CONTENTLAYER_KEYS.has(key) ? [] : [[key, frontmatterOf(inner)]])),
    );
  }
  // Contentlayer turns dates into timestamps; the contract speaks in days.
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value) ? value.slice(0, 10) : value;
}

function check<S extends z.ZodType>(schema: S, doc: { _raw: { sourceFilePath: string } }): z.infer<S> {
  const parsed = schema.safeParse(frontmatterOf(doc));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `content/${doc._raw.sourceFilePath}  ${i.path.join(".")}  ${i.message}`);
    throw new Error(`Content does not meet the contract (run npm run content:check):\n${lines.join("\n")}`);
  }
  return parsed.data;
}

const slugOf = (doc: { _raw: { sourceFileName: string } }) => doc._raw.sourceFileName.replace(/\.mdx?$/, "");

/** The app's practitioner from checked frontmatter; also used by the draft preview (lib/preview.ts). */
export const toPractitioner = (data: PractitionerFrontmatter, slug: string, bioHtml: string): Practitioner => ({
  ...data,
  slug,
  displayName: [data.honorificPrefix, data.name].filter(Boolean).join(" "),
  bioHtml,
});

/** The app's treatment from checked frontmatter and its rendered body; also used by the draft preview. */
export function toTreatment(
  { reviewedBy: _reviewedBy, ...data }: TreatmentFrontmatter,
  slug: string,
  reviewer: Practitioner,
  html: string,
  markdown: string,
): Treatment {
  return { ...data, slug, url: treatmentType.url(slug), reviewer, html, howPerformed: sectionText(markdown, /^how it goes/i) };
}

const practitioners: Practitioner[] = allPractitioners.map((doc) =>
  toPractitioner(check(practitionerSchema, doc), slugOf(doc), doc.body.html),
);

function reviewerOf(slug: string, file: string): Practitioner {
  const reviewer = practitioners.find((p) => p.slug === slug);
  if (!reviewer) throw new Error(`${file}  reviewedBy  no practitioner "${slug}" exists`);
  return reviewer;
}

const treatments: Treatment[] = allTreatments
  .map((doc) => {
    const data = check(treatmentSchema, doc);
    return toTreatment(data, slugOf(doc), reviewerOf(data.reviewedBy, doc._raw.sourceFilePath), doc.body.html, doc.body.raw);
  })
  .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

const legalPages: LegalPage[] = allLegalPages
  .map((doc) => {
    const slug = slugOf(doc);
    return { ...check(legalPageSchema, doc), slug, url: legalPageType.url(slug), html: doc.body.html };
  })
  .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

const clinic: Clinic = check(clinicSchema, generatedClinic);
const clinicFileDate = statSync(path.join(contentDir, generatedClinic._raw.sourceFilePath)).mtime.toISOString().slice(0, 10);

/** Published treatments only: drafts never reach lists, params, sitemap or pages. */
export const listTreatments = (): Treatment[] => treatments.filter((t) => !t.draft);

export const getTreatment = (slug: string): Treatment | undefined => listTreatments().find((t) => t.slug === slug);

/** The visible breadcrumbs of a treatment page (and its BreadcrumbList). */
export const treatmentCrumbs = (treatment: Pick<Treatment, "title" | "url">) => [
  { name: "Home", href: "/" },
  { name: "Treatments", href: "/treatments" },
  { name: treatment.title, href: treatment.url },
];

export const listLegalPages = (): LegalPage[] => legalPages;

export const getLegalPage = (slug: string): LegalPage | undefined => legalPages.find((p) => p.slug === slug);

export const getClinic = (): Clinic => clinic;

/** The medical review policy, which every "Medically reviewed by" line links to; the content check requires it. */
export function getReviewPolicy(): LegalPage {
  const page = getLegalPage(REVIEW_POLICY_SLUG);
  if (!page) throw new Error(`content/legal/${REVIEW_POLICY_SLUG}.md is missing: every "Medically reviewed by" line links to it`);
  return page;
}

/** Published practitioners, physicians first. */
export const listPractitioners = (): Practitioner[] =>
  [...practitioners].sort((a, b) => Number(b.physician) - Number(a.physician) || a.name.localeCompare(b.name));

/** The consent wording for the consultation form, and the page it comes from. */
export function getConsent(): { text: string; page: LegalPage } {
  const page = legalPages.find((p) => p.consentText);
  if (!page?.consentText) throw new Error("No legal page has consentText (the content check requires one)");
  return { text: page.consentText, page };
}

/** The day the clinic document was last saved: the sitemap's lastmod for pages built from it alone. */
export const getClinicUpdated = (): string => clinicFileDate;
