/**
 * Draft preview for the editing UI: one treatment as its page would look,
 * read fresh from content/ on each request (drafts and unsaved-to-build
 * edits included), with everything the content check says about that file.
 * It uses the same loader, contract and compliance rules as the build, so a
 * clean preview means a clean `npm run content:check` for the file.
 */
import { readFileSync } from "node:fs";
import { loadContent, type RawDocument } from "./content/load";
import { findingsOf, type PreviewFinding } from "./content/file-findings";
import { collections } from "../config/content";
import { practitionerSchema, treatmentSchema } from "./content/schema";
import { treatmentType } from "./content/types/treatment";
import { renderMarkdown } from "./markdown";
import { toPractitioner, toTreatment, type Practitioner, type Treatment } from "./content";

export type { PreviewFinding };

export interface TreatmentPreview {
  file: string;
  findings: PreviewFinding[];
  /** Undefined when the document does not meet the contract well enough to render. */
  treatment: Treatment | undefined;
}

function practitionerFrom(doc: RawDocument): Practitioner | undefined {
  const parsed = practitionerSchema.safeParse(doc.data);
  return parsed.success ? toPractitioner(parsed.data, doc.slug, renderMarkdown(readFileSync(doc.file, "utf8"))) : undefined;
}

export interface DocumentFindings {
  file: string;
  findings: PreviewFinding[];
}

/** A Keystatic collection name ("treatments", or "clinic" for the singleton) and a slug. */
export interface EditorDocument {
  collection: string;
  slug?: string;
}

/**
 * What the build says about one saved document, for the editing UI's
 * findings panel: the same check over the same files, or undefined when
 * there is no such document.
 */
export function documentFindings({ collection, slug }: EditorDocument, now: Date = new Date()): DocumentFindings | undefined {
  const docs = loadContent();
  const kind = collection === "clinic" ? "Clinic" : Object.hasOwn(collections, collection) ? collections[collection] : undefined;
  if (!kind) return undefined;
  const doc = docs.find((d) => d.kind === kind && (kind === "Clinic" || d.slug === slug));
  return doc && { file: doc.file, findings: findingsOf(docs, doc, now) };
}

/** The preview of content/treatments/<slug>.md, or undefined when there is no such file. */
export function previewTreatment(slug: string, now: Date = new Date()): TreatmentPreview | undefined {
  const docs = loadContent();
  const doc = docs.find((d) => d.kind === "Treatment" && d.slug === slug);
  if (!doc) return undefined;

  const findings = findingsOf(docs, doc, now);

  const parsed = treatmentSchema.safeParse(doc.data);
  const reviewerDoc = parsed.success ? docs.find((d) => d.kind === "Practitioner" && d.slug === parsed.data.reviewedBy) : undefined;
  const reviewer = reviewerDoc ? practitionerFrom(reviewerDoc) : undefined;
  if (!parsed.success || !reviewer) return { file: doc.file, findings, treatment: undefined };

  return {
    file: doc.file,
    findings,
    treatment: toTreatment(
      parsed.data,
      slug,
      reviewer,
      renderMarkdown(readFileSync(doc.file, "utf8")),
      treatmentType.derived.howPerformed.of(doc.body),
    ),
  };
}
