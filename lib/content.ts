/**
 * The app's content API. This is the only module that reads what Contentlayer
 * generated: it re-checks every generated document against the zod contract
 * (fail closed, even if someone ran `next build` by hand) and reshapes it into
 * the app's own types.
 *
 * The documents are read from .contentlayer/generated at run time, once per
 * process, rather than imported: an import puts every treatment's text into
 * each server bundle (12 MB of JavaScript and three 30 MB source maps at 1,000
 * treatments), which every build worker evaluates once per bundle (issue 18).
 */
import type {
  Clinic as GeneratedClinic,
  LegalPage as GeneratedLegalPage,
  Practitioner as GeneratedPractitioner,
  Treatment as GeneratedTreatment,
} from "contentlayer/generated";
import { readFileSync, statSync } from "node:fs";
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

/** The document's frontmatter checked against the contract; `derived` names the keys Contentlayer computed. */
function check<S extends z.ZodType>(
  schema: S,
  doc: { _raw: { sourceFilePath: string } },
  derived: Readonly<Record<string, unknown>> = {},
): z.infer<S> {
  const frontmatter = frontmatterOf(doc) as Record<string, unknown>;
  for (const key of Object.keys(derived)) delete frontmatter[key];
  const parsed = schema.safeParse(frontmatter);
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

/**
 * The app's treatment from checked frontmatter, its rendered body and its "How it goes" text
 * (derived by Contentlayer, see treatmentType.derived); also used by the draft preview.
 */
export function toTreatment(
  { reviewedBy: _reviewedBy, ...data }: TreatmentFrontmatter,
  slug: string,
  reviewer: Practitioner,
  html: string,
  howPerformed: string | undefined,
): Treatment {
  return { ...data, slug, url: treatmentType.url(slug), reviewer, html, howPerformed: howPerformed || undefined };
}

interface LoadedContent {
  /** The generated files' modification times: a dev server reads them again after Contentlayer rewrites them. */
  stamp: string;
  practitioners: Practitioner[];
  treatments: Treatment[];
  published: Treatment[];
  /** Published treatments by slug: a thousand pages each looking up its own must not scan all thousand. */
  bySlug: Map<string, Treatment>;
  legalPages: LegalPage[];
  clinic: Clinic;
  clinicFileDate: string;
}

const GENERATED_DIR = path.join(process.cwd(), ".contentlayer", "generated");
const generatedFile = (type: string) => path.join(GENERATED_DIR, type, "_index.json");
const GENERATED = {
  practitioners: generatedFile("Practitioner"),
  treatments: generatedFile("Treatment"),
  legalPages: generatedFile("LegalPage"),
  clinic: generatedFile("Clinic"),
};
// One copy per process: Next loads this module once per server bundle (pages, share images, sitemap).
const LOADED = Symbol.for("clinic-site.content");
const cache = globalThis as { [LOADED]?: LoadedContent };

function readGenerated<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), file)} cannot be read (run npm run content:build): ${String(error)}`);
  }
}

function load(): LoadedContent {
  // A production server's content never changes; a dev server's does, when Contentlayer regenerates it.
  const stamp =
    process.env.NODE_ENV === "production"
      ? ""
      : Object.values(GENERATED)
          .map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs)
          .join();
  const cached = cache[LOADED];
  if (cached && cached.stamp === stamp) return cached;
  const allPractitioners = readGenerated<GeneratedPractitioner[]>(GENERATED.practitioners);
  const allTreatments = readGenerated<GeneratedTreatment[]>(GENERATED.treatments);
  const allLegalPages = readGenerated<GeneratedLegalPage[]>(GENERATED.legalPages);
  const generatedClinic = readGenerated<GeneratedClinic>(GENERATED.clinic);
  const practitioners = allPractitioners.map((doc) => toPractitioner(check(practitionerSchema, doc), slugOf(doc), doc.body.html));
  const reviewerOf = (slug: string, file: string): Practitioner => {
    const reviewer = practitioners.find((p) => p.slug === slug);
    if (!reviewer) throw new Error(`${file}  reviewedBy  no practitioner "${slug}" exists`);
    return reviewer;
  };
  const treatments = allTreatments
    .map((doc) => {
      const data = check(treatmentSchema, doc, treatmentType.derived);
      return toTreatment(data, slugOf(doc), reviewerOf(data.reviewedBy, doc._raw.sourceFilePath), doc.body.html, doc.howPerformed);
    })
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const legalPages = allLegalPages
    .map((doc) => {
      const slug = slugOf(doc);
      return { ...check(legalPageSchema, doc), slug, url: legalPageType.url(slug), html: doc.body.html };
    })
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const published = treatments.filter((t) => !t.draft);
  const loaded: LoadedContent = {
    stamp,
    practitioners,
    treatments,
    published,
    bySlug: new Map(published.map((t) => [t.slug, t])),
    legalPages,
    clinic: check(clinicSchema, generatedClinic),
    clinicFileDate: statSync(path.join(contentDir, generatedClinic._raw.sourceFilePath)).mtime.toISOString().slice(0, 10),
  };
  cache[LOADED] = loaded;
  return loaded;
}

/** Published treatments only: drafts never reach lists, params, sitemap or pages. */
export const listTreatments = (): Treatment[] => load().published;

export const getTreatment = (slug: string): Treatment | undefined => load().bySlug.get(slug);

/** The visible breadcrumbs of a treatment page (and its BreadcrumbList). */
export const treatmentCrumbs = (treatment: Pick<Treatment, "title" | "url">) => [
  { name: "Home", href: "/" },
  { name: "Treatments", href: "/treatments" },
  { name: treatment.title, href: treatment.url },
];

export const listLegalPages = (): LegalPage[] => load().legalPages;

export const getLegalPage = (slug: string): LegalPage | undefined => load().legalPages.find((p) => p.slug === slug);

export const getClinic = (): Clinic => load().clinic;

/** The medical review policy, which every "Medically reviewed by" line links to; the content check requires it. */
export function getReviewPolicy(): LegalPage {
  const page = getLegalPage(REVIEW_POLICY_SLUG);
  if (!page) throw new Error(`content/legal/${REVIEW_POLICY_SLUG}.md is missing: every "Medically reviewed by" line links to it`);
  return page;
}

/** Published practitioners, physicians first. */
export const listPractitioners = (): Practitioner[] =>
  [...load().practitioners].sort((a, b) => Number(b.physician) - Number(a.physician) || a.name.localeCompare(b.name));

/** The consent wording for the consultation form, and the page it comes from. */
export function getConsent(): { text: string; page: LegalPage } {
  const page = load().legalPages.find((p) => p.consentText);
  if (!page?.consentText) throw new Error("No legal page has consentText (the content check requires one)");
  return { text: page.consentText, page };
}

/** The day the clinic document was last saved: the sitemap's lastmod for pages built from it alone. */
export const getClinicUpdated = (): string => load().clinicFileDate;
