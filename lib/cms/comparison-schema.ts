import type { FormFieldStoredValue } from "@keystatic/core";
import { comparisonSchema as comparisonContract } from "../content/types/treatment";
import { keystaticShape, minItems } from "./derive";

/**
 * `comparison` is optional in the contract, but Keystatic's fields.object is
 * always written (an untouched one as `comparison: {rows: []}`, which the
 * contract refuses). So it is a form field of its own: left empty it is not
 * written at all; filled in, it is written exactly as a person would write it
 * (left, right, rows of aspect/left/right). Its rules are the Keystatic fields
 * in `comparisonSchema` below, made from the contract like every other field,
 * which the parity test walks like any object.
 */

export type ComparisonRow = { aspect: string; left: string; right: string };
export type ComparisonValue = { left: string; right: string; rows: ComparisonRow[] };

export const MIN_COMPARISON_ROWS = minItems(comparisonContract.shape.rows);

type TextField = { validate(value: string, extra: undefined): string };
const derived = keystaticShape("comparison", comparisonContract.shape);
export const comparisonSchema = derived as typeof derived & {
  left: TextField;
  right: TextField;
  rows: { element: { fields: Record<"aspect" | "left" | "right", TextField> } };
};

export const emptyComparison = (): ComparisonValue => ({ left: "", right: "", rows: [] });

export function isEmptyComparison(value: ComparisonValue) {
  return value.left === "" && value.right === "" && value.rows.length === 0;
}

/** Every problem with a filled-in comparison, keyed by where to show it ("left", "rows", "rows.0.aspect"). */
export function comparisonErrors(value: ComparisonValue): Map<string, string> {
  const errors = new Map<string, string>();
  if (isEmptyComparison(value)) return errors;
  const check = (key: string, field: { validate(value: string, extra: undefined): string }, text: string) => {
    try {
      field.validate(text, undefined);
    } catch (error) {
      errors.set(key, error instanceof Error ? error.message : String(error));
    }
  };
  check("left", comparisonSchema.left, value.left);
  check("right", comparisonSchema.right, value.right);
  if (value.rows.length < MIN_COMPARISON_ROWS) {
    errors.set("rows", `A comparison needs at least ${MIN_COMPARISON_ROWS} rows (or leave the whole comparison empty)`);
  }
  value.rows.forEach((row, index) => {
    check(`rows.${index}.aspect`, comparisonSchema.rows.element.fields.aspect, row.aspect);
    check(`rows.${index}.left`, comparisonSchema.rows.element.fields.left, row.left);
    check(`rows.${index}.right`, comparisonSchema.rows.element.fields.right, row.right);
  });
  return errors;
}

function text(value: unknown, where: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw new Error(`${where} must be text`);
  return value;
}

export function parseComparison(value: FormFieldStoredValue): ComparisonValue {
  if (value === undefined) return emptyComparison();
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date) {
    throw new Error("comparison must have left, right and rows");
  }
  const record = value as Record<string, FormFieldStoredValue>;
  const rows = record.rows ?? [];
  if (!Array.isArray(rows)) throw new Error("comparison.rows must be a list");
  return {
    left: text(record.left, "comparison.left"),
    right: text(record.right, "comparison.right"),
    rows: rows.map((row: unknown, index: number) => {
      if (typeof row !== "object" || row === null) throw new Error(`comparison.rows[${index}] must have aspect, left and right`);
      const r = row as Record<string, unknown>;
      return {
        aspect: text(r.aspect, `comparison.rows[${index}].aspect`),
        left: text(r.left, `comparison.rows[${index}].left`),
        right: text(r.right, `comparison.rows[${index}].right`),
      };
    }),
  };
}

export function validateComparison(value: ComparisonValue): ComparisonValue {
  const errors = comparisonErrors(value);
  if (errors.size > 0) throw new Error([...errors.values()].join("; "));
  return value;
}
