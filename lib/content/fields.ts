import { z } from "zod";

/**
 * The building blocks of the document types (lib/content/types/): zod fields
 * whose messages are written for the marketing team (what is wrong and what
 * to write), and the editing UI's label and help text, registered on the same
 * field so that one definition feeds the contract, Contentlayer and Keystatic.
 */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How the editing UI shows a field when its type alone does not say. */
export type FieldWidget =
  /** The document's title or name, which also names its file. */
  | { kind: "title" }
  /** A picker over the files of another collection. */
  | { kind: "relationship"; collection: string }
  /** The comparison table's own editor (lib/cms/comparison-field.ts). */
  | { kind: "comparison" };

export interface FieldUi {
  label: string;
  description?: string;
  multiline?: boolean;
  widget?: FieldWidget;
  /** A select's labels by value; the value itself when absent. */
  optionLabels?: Record<string, string>;
  /** A list item's title in the editing UI, from the item's values. */
  itemLabel?: (item: never) => string;
}

/** The editing UI's side of each field (read by lib/cms/keystatic-schema.ts). */
const fieldUis = new WeakMap<z.core.$ZodType, FieldUi>();
export const fieldUi = (schema: z.core.$ZodType) => fieldUis.get(schema);

/** Gives a field the editing UI's label and help text; returns the same field. */
export function ui<T extends z.core.$ZodType>(
  schema: T,
  label: string,
  description?: string,
  more: Omit<FieldUi, "label" | "description"> = {},
) {
  fieldUis.set(schema, { label, description, ...more });
  return schema;
}

export const requiredText = (field: string, hint: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${field} is missing; add ${hint}`
          : issue.input === null
            ? `${field} is empty; write ${hint}`
            : `${field} must be text; write ${hint}`,
    })
    .trim()
    .min(1, { error: `${field} is empty; write ${hint}` });

/** Dates made by isoDate: Contentlayer reads them as dates, Keystatic shows a date picker. */
const dateFields = new WeakMap<z.core.$ZodType, { notInFuture: boolean }>();
export const isDateField = (schema: z.core.$ZodType) => dateFields.has(schema);
export const dateOptions = (schema: z.core.$ZodType) => dateFields.get(schema);

/** A calendar date written as YYYY-MM-DD (YAML may hand us a Date object). */
export const isoDate = (field: string, opts: { notInFuture?: boolean } = {}) => {
  const schema = z
    .preprocess(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
      z.string({
        error: (issue) =>
          issue.input === undefined || issue.input === null
            ? `${field} is missing; add a date written as YYYY-MM-DD`
            : `${field} must be a date written as YYYY-MM-DD`,
      }),
    )
    .superRefine((value, ctx) => {
      const parsed = new Date(`${value}T00:00:00Z`);
      if (!ISO_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: `${field} "${value}" is not a real date; write it as YYYY-MM-DD, e.g. 2026-03-31` });
        return;
      }
      if (opts.notInFuture && value > new Date().toISOString().slice(0, 10)) {
        ctx.addIssue({ code: "custom", message: `${field} ${value} is in the future; write the date the review actually happened` });
      }
    });
  dateFields.set(schema, { notInFuture: opts.notInFuture ?? false });
  return schema;
};

/** The file name (without .md) of another document, or a citation key. */
export const slugRef = (field: string, kind: string) =>
  requiredText(field, `the file name (without .md) of a ${kind} document`).regex(SLUG, {
    error: `${field} must be a ${kind} file name such as "jane-doe" (lower case, hyphens)`,
  });
