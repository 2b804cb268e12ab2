import type { BasicFormField } from "@keystatic/core";
import { createElement } from "react";
import { ComparisonInput } from "@/components/cms/comparison-input";
import {
  comparisonSchema,
  emptyComparison,
  isEmptyComparison,
  parseComparison,
  validateComparison,
  type ComparisonValue,
} from "./comparison-schema";

/** `comparison` as a Keystatic form field: omitted when empty (see comparison-schema.ts). */
export function optionalComparison(label: string, description: string) {
  const field: BasicFormField<ComparisonValue> & { schema: typeof comparisonSchema } = {
    kind: "form",
    label,
    schema: comparisonSchema,
    Input: (props) => createElement(ComparisonInput, { ...props, label, description }),
    defaultValue: emptyComparison,
    parse: parseComparison,
    validate: validateComparison,
    serialize(value) {
      if (isEmptyComparison(value)) return { value: undefined };
      return {
        value: {
          left: value.left,
          right: value.right,
          rows: value.rows.map((row) => ({ aspect: row.aspect, left: row.left, right: row.right })),
        },
      };
    },
    reader: { parse: (value) => validateComparison(parseComparison(value)) },
  };
  return field;
}
