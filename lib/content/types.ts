/**
 * The document types, each defined once: its name, where its files live, what
 * the marketing team calls it, and its contract (lib/content/schema.ts).
 * Contentlayer's document types (contentlayer.config.ts, through
 * lib/content/contentlayer-fields.ts), the loader's folders
 * (config/content.ts) and the contract check's messages (validate.ts) are all
 * made from this list. The editing UI's forms (keystatic.config.ts) carry
 * their own labels and help text; tests/unit/cms-schema-parity.test.ts holds
 * them to the same contract.
 */
import type { z } from "zod";
import { clinicSchema, legalPageSchema, practitionerSchema, treatmentSchema } from "./schema";

/** A path into the frontmatter: ["faqs", 0, "answer"]. */
export type FieldPath = (string | number)[];

export interface DocumentType {
  kind: string;
  /** Folder under content/ holding one file per document, or the one file of a singleton. */
  place: { folder: string } | { file: string };
  /** As the marketing team reads it in a message: "is not a treatment field". */
  label: string;
  schema: z.ZodType;
  /** The frontmatter fields readers see, in page order: the compliance rules read these as well as the body. */
  readFields(data: Record<string, unknown>): FieldPath[];
}

/** `fields` of every item of the list at `key`, item by item. */
const eachItem = (data: Record<string, unknown>, key: string, fields: string[]): FieldPath[] =>
  Array.isArray(data[key]) ? (data[key] as unknown[]).flatMap((_, i) => fields.map((f) => [key, i, f])) : [];

export const DOCUMENT_TYPES = [
  {
    kind: "Treatment",
    place: { folder: "treatments" },
    label: "treatment",
    schema: treatmentSchema,
    readFields: (data) => [
      ["title"],
      ["summary"],
      ["disclaimer"],
      ["sessions"],
      ["downtime"],
      ...eachItem(data, "faqs", ["question", "answer"]),
      ...eachItem(data, "testimonials", ["quote", "typicalResults"]),
      ["comparison", "left"],
      ["comparison", "right"],
      ...((data.comparison as { rows?: unknown[] } | undefined)?.rows ?? []).flatMap((_, i) =>
        ["aspect", "left", "right"].map((f) => ["comparison", "rows", i, f]),
      ),
    ],
  },
  {
    kind: "Practitioner",
    place: { folder: "practitioners" },
    label: "practitioner",
    schema: practitionerSchema,
    readFields: () => [["name"], ["jobTitle"], ["credentials"]],
  },
  {
    kind: "LegalPage",
    place: { folder: "legal" },
    label: "legal page",
    schema: legalPageSchema,
    readFields: () => [["title"], ["summary"]],
  },
  { kind: "Clinic", place: { file: "clinic.md" }, label: "clinic", schema: clinicSchema, readFields: () => [["name"], ["description"]] },
] as const satisfies readonly DocumentType[];

export type DocumentKind = (typeof DOCUMENT_TYPES)[number]["kind"];

export const documentType = (kind: DocumentKind) => DOCUMENT_TYPES.find((t) => t.kind === kind) as DocumentType;
