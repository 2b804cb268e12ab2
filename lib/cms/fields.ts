import { fields } from "@keystatic/core";
import { SLUG } from "../content/fields";

/**
 * Keystatic fields that lib/cms/derive.ts builds forms from, where Keystatic's
 * own fields need help to keep the contract's rules.
 *
 * What Keystatic writes (js-yaml `dump` of the form state):
 * - a text field left empty is omitted (its serialize turns "" into undefined),
 *   never `key: ""`; so are an empty date, integer, number and relationship;
 * - checkboxes are always written (`draft: false`), selects always (their default);
 * - arrays are always written, `[]` when empty; objects always, `{}` when empty
 *   (hence the custom comparison field, which is omitted when empty).
 */

/** Keystatic counts characters as typed; zod trims first. `\S` refuses what zod's trim().min(1) refuses. */
const NOT_ONLY_SPACES = /\S/;

/**
 * The document's title, which also names the file (content/<collection>/<file name>.md).
 * fields.slug does not show the title as required by itself: the description says it.
 */
export function titleAndFileName(label: string, description: string) {
  return fields.slug({
    name: {
      label,
      description: `Required. ${description}`,
      validation: {
        length: { min: 1 },
        pattern: { regex: NOT_ONLY_SPACES, message: `${label} must not be empty or only spaces` },
      },
    },
    slug: {
      label: "File name",
      description:
        "Lower case letters, digits and hyphens; it becomes the page address. Made from the title; change it only for a new page.",
      validation: {
        pattern: { regex: SLUG, message: "File name must be lower case letters, digits and hyphens, e.g. prp-facial" },
      },
    },
  });
}

/** The markdown body, written back as .md (not .mdoc). No images or tables in bodies (docs/content.md). */
export function markdownBody(label: string, description?: string) {
  return fields.markdoc({
    label,
    description,
    extension: "md",
    options: { heading: [2, 3], image: false, table: false },
  });
}

/** Today as YYYY-MM-DD (UTC), the latest date a review can have. */
export function todayIso() {
  return new Date().toISOString().slice(0, 10);
}

/** A multiselect that needs at least one choice (Keystatic's own allows none). */
export function requiredMultiselect<const T extends string>(label: string, values: readonly T[], description?: string) {
  const base = fields.multiselect({ label, description, options: values.map((value) => ({ label: value, value })) });
  const validate = (value: readonly T[]) => {
    if (value.length === 0) throw new Error(`${label}: choose at least one`);
    return base.validate(value);
  };
  return { ...base, validate, reader: { parse: (value: Parameters<typeof base.parse>[0]) => validate(base.parse(value)) } };
}
