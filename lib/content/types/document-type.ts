import type { z } from "zod";

/** A path into the frontmatter: ["faqs", 0, "answer"]. */
export type FieldPath = (string | number)[];

/**
 * One document type, defined once, in a file of its own under
 * lib/content/types/: its contract (zod, with the editing UI's labels on each
 * field), its folder, its names and the address of its pages. Contentlayer's
 * document type (lib/content/contentlayer-fields.ts) and Keystatic's collection
 * (lib/cms/keystatic-schema.ts) are made from it.
 */
export interface DocumentType {
  kind: string;
  /** Folder under content/ holding one file per document, or the one file of a singleton. */
  place: { folder: string } | { file: string };
  /** As the marketing team reads it in a message: "is not a treatment field". */
  label: string;
  schema: z.ZodObject;
  /** The frontmatter fields readers see, in page order: the compliance rules read these as well as the body. */
  readFields(data: Record<string, unknown>): FieldPath[];
  /** The editing UI: the collection's key and heading, its group in the navigation, and what the markdown body is. */
  cms: { key: string; label: string; group: string; body: { label: string; description?: string }; preview?: boolean };
  /** The address of a document's page, if the type has pages of its own. */
  url?: (slug: string) => string;
  /**
   * Text worked out from the markdown body. Contentlayer computes it when a document changes and
   * keeps it in its cache, so a build does not parse a thousand unchanged bodies again in every
   * page (issue 18). An empty string means the body has none.
   */
  derived?: Record<string, DerivedText>;
}

export interface DerivedText {
  description: string;
  of: (markdown: string) => string;
}

/** `fields` of every item of the list at `key`, item by item. */
export const eachItem = (data: Record<string, unknown>, key: string, fields: string[]): FieldPath[] =>
  Array.isArray(data[key]) ? (data[key] as unknown[]).flatMap((_, i) => fields.map((f) => [key, i, f])) : [];
