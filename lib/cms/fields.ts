import { fields } from "@keystatic/core";
import { SLUG } from "../content/schema";

/**
 * Keystatic fields with the rules of the zod contract (lib/content/schema.ts).
 * tests/unit/cms-schema-parity.test.ts checks the two against each other.
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
const EMPTY_OR_NOT_ONLY_SPACES = /^$|\S/;

type TextOptions = { description?: string; multiline?: boolean; max?: number };

/** Required text: not empty, not only spaces (zod: trim().min(1)). */
export function requiredText(label: string, { description, multiline, max }: TextOptions = {}) {
  return fields.text({
    label,
    description,
    multiline,
    validation: {
      length: { min: 1, max },
      pattern: { regex: NOT_ONLY_SPACES, message: `${label} must not be empty or only spaces` },
    },
  });
}

/** Required text that must also match a pattern (the pattern must refuse only-spaces too). */
export function requiredPatternText(label: string, regex: RegExp, message: string, description?: string) {
  return fields.text({ label, description, validation: { length: { min: 1 }, pattern: { regex, message } } });
}

/**
 * Optional text: may be left empty (then the key is not written at all), but
 * not only spaces. `regex`, when given, must accept "" itself.
 */
export function optionalText(
  label: string,
  { description, multiline, regex = EMPTY_OR_NOT_ONLY_SPACES, message }: TextOptions & { regex?: RegExp; message?: string } = {},
) {
  return fields.text({
    label,
    description,
    multiline,
    validation: { pattern: { regex, message: message ?? `${label} must be left empty or filled in, not only spaces` } },
  });
}

/** A file-name style key (sources[].id). */
export const slugText = (label: string, description: string) =>
  requiredPatternText(label, SLUG, `${label} must be lower case letters, digits and hyphens, e.g. gentile-2015`, description);

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
