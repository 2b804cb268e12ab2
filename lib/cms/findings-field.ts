import type { BasicFormField } from "@keystatic/core";
import { createElement } from "react";
import { FindingsPanel } from "@/components/cms/findings-panel";

/** The key of the findings panel in each form; it writes nothing to the file. */
export const FINDINGS_FIELD = "complianceFindings";

/**
 * The build's findings for the document, at the top of its form in the
 * editing UI (findings-panel.tsx). A form field only so that it can sit in
 * the form: it has no value, and Keystatic writes no key for it.
 */
export function complianceFindings() {
  const field: BasicFormField<null> = {
    kind: "form",
    label: "Compliance findings",
    Input: () => createElement(FindingsPanel),
    defaultValue: () => null,
    parse: () => null,
    validate: (value) => value,
    serialize: () => ({ value: undefined }),
    reader: { parse: () => null },
  };
  return field;
}
