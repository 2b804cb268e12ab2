import { fields, type ComponentSchema } from "@keystatic/core";
import type { z } from "zod";
import { dateOptions, fieldUi, isDateField, type FieldUi } from "../content/fields";
import { requiredMultiselect, titleAndFileName, todayIso } from "./fields";

/**
 * Keystatic fields made from a zod contract and the labels registered on each
 * field (lib/content/types/). Types, requiredness,
 * lengths, patterns, ranges, choices, defaults and minimum list lengths all
 * come from the contract, so the form cannot accept what the build refuses,
 * nor refuse what it accepts (tests/unit/cms-schema-parity.test.ts checks the
 * derivation by behaviour, sample by sample).
 */

export type Zod = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type CheckDef = Record<string, unknown> & { check?: string; error?: (issue: object) => unknown };

const def = (schema: Zod) => schema._zod.def as Def;
const checks = (schema: Zod): CheckDef[] =>
  ((def(schema).checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((check) => check._zod.def);
const messageOf = (d: { error?: unknown }) => (typeof d.error === "function" ? (d.error as (issue: object) => unknown)({}) : undefined);

/** Keystatic counts characters as typed; zod trims first. These refuse what zod's trim().min(n) refuses. */
const trimmedAtLeast = (n: number) => (n <= 1 ? /\S/ : new RegExp(`\\S[\\s\\S]{${n - 2},}\\S`));
const HTTPS_URL = /^https:\/\/\S+$/;

export interface Unwrapped {
  inner: Zod;
  /** A missing key is fine (optional, or a default fills it). */
  optional: boolean;
  defaultValue: unknown;
  ui: FieldUi | undefined;
}

export function unwrap(schema: Zod): Unwrapped {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  let ui = fieldUi(schema);
  for (;;) {
    const d = def(inner);
    if (d.type !== "optional" && d.type !== "default") return { inner, optional, defaultValue, ui };
    optional = true;
    if (d.type === "default") defaultValue = d.defaultValue;
    inner = d.innerType as Zod;
    ui ??= fieldUi(inner);
  }
}

export function labelled(path: string, ui: FieldUi | undefined): FieldUi {
  if (!ui) throw new Error(`${path} has no label for the editing UI; give it one with ui() in lib/content/types/`);
  return ui;
}

/** A text field with the contract's length and pattern rules. */
function textField(path: string, schema: Zod, optional: boolean, ui: FieldUi) {
  const d = def(schema);
  const all = checks(schema);
  // requiredText(...).min(20) carries two minimums: the larger one holds.
  const minCheck = all.filter((c) => c.check === "min_length").sort((a, b) => Number(b.minimum) - Number(a.minimum))[0];
  const min = Number(minCheck?.minimum ?? 0);
  const maxima = all.filter((c) => c.check === "max_length").map((c) => Number(c.maximum));
  const max = maxima.length > 0 ? Math.min(...maxima) : undefined;
  const regexCheck = all.find((c) => c.check === "string_format" && c.format === "regex");
  let regex: RegExp | undefined;
  let message: unknown;
  if (d.format === "url") [regex, message] = [HTTPS_URL, messageOf(d)];
  else if (d.format === "email") [regex, message] = [d.pattern as RegExp, messageOf(d)];
  else if (regexCheck) [regex, message] = [regexCheck.pattern as RegExp, messageOf(regexCheck)];
  else if (d.format)
    throw new Error(`${path}: the editing UI does not know the text format "${String(d.format)}"; teach lib/cms/keystatic-schema.ts`);
  const minMessage = messageOf(minCheck ?? {});
  const pattern = regex ?? trimmedAtLeast(min);
  const text = String(message ?? (min > 1 ? minMessage : undefined) ?? `${ui.label} must not be empty or only spaces`);
  return fields.text({
    label: ui.label,
    description: ui.description,
    multiline: ui.multiline,
    validation: optional
      ? // Left empty, Keystatic writes no key at all, which the contract accepts.
        { length: { max }, pattern: { regex: new RegExp(`^$|${pattern.source}`), message: text } }
      : { length: { min: Math.max(1, min), max }, pattern: { regex: pattern, message: text } },
  });
}

function numberField(schema: Zod, optional: boolean, defaultValue: unknown, ui: FieldUi) {
  const all = checks(schema);
  const bound = (kind: string) => all.find((c) => c.check === kind)?.value as number | undefined;
  const validation = { isRequired: !optional, min: bound("greater_than"), max: bound("less_than") };
  const common = { label: ui.label, description: ui.description, validation, defaultValue: defaultValue as number | undefined };
  const integer = all.some((c) => c.check === "number_format" && c.format === "safeint");
  return integer ? fields.integer(common) : fields.number(common);
}

const itemLabelFor = (ui: FieldUi) => {
  const label = ui.itemLabel as ((item: unknown) => string) | undefined;
  if (!label) return undefined;
  return (props: unknown) => {
    const p = props as { value?: unknown; fields?: Record<string, { value: unknown }> };
    return label(p.fields ? Object.fromEntries(Object.entries(p.fields).map(([key, field]) => [key, field.value])) : p.value);
  };
};

/** Fields with an editor of their own (the comparison table), which this module cannot import without a cycle. */
export type CustomField = (path: string, unwrapped: Unwrapped) => ComponentSchema | undefined;

/** The Keystatic field for one contract field. */
export function keystaticField(path: string, schema: Zod, custom?: CustomField): ComponentSchema {
  const unwrapped = unwrap(schema);
  const { inner, optional, defaultValue, ui } = unwrapped;
  const d = def(inner);
  const widget = ui?.widget;

  const special = custom?.(path, unwrapped);
  if (special) return special;
  if (widget?.kind === "title") return titleAndFileName(labelled(path, ui).label, labelled(path, ui).description ?? "");
  if (widget?.kind === "relationship") {
    return fields.relationship({
      label: ui!.label,
      description: ui!.description,
      collection: widget.collection,
      validation: { isRequired: !optional },
    });
  }
  if (isDateField(inner)) {
    const { label, description } = labelled(path, ui);
    return fields.date({
      label,
      description,
      validation: { isRequired: !optional, max: dateOptions(inner)?.notInFuture ? todayIso() : undefined },
    });
  }

  switch (d.type) {
    case "string":
      return textField(path, inner, optional, labelled(path, ui));
    case "number":
      return numberField(inner, optional, defaultValue, labelled(path, ui));
    case "boolean": {
      const { label, description } = labelled(path, ui);
      return fields.checkbox({ label, description, defaultValue: defaultValue === true });
    }
    case "enum": {
      const { label, description, optionLabels } = labelled(path, ui);
      const values = (inner as unknown as { options: string[] }).options;
      return fields.select({
        label,
        description,
        options: values.map((value) => ({ label: optionLabels?.[value] ?? value, value })),
        defaultValue: (defaultValue as string | undefined) ?? values[0] ?? "",
      });
    }
    case "array": {
      const fieldInfo = labelled(path, ui);
      const element = unwrap(d.element as Zod);
      const min = Number(checks(inner).find((c) => c.check === "min_length")?.minimum ?? 0);
      if (def(element.inner).type === "enum") {
        // A list of fixed choices is a multiselect.
        const values = (element.inner as unknown as { options: string[] }).options;
        if (min > 0) return requiredMultiselect(fieldInfo.label, values, fieldInfo.description);
        return fields.multiselect({
          label: fieldInfo.label,
          description: fieldInfo.description,
          options: values.map((v) => ({ label: v, value: v })),
        });
      }
      return fields.array(keystaticField(`${path}[]`, d.element as Zod, custom), {
        label: fieldInfo.label,
        description: fieldInfo.description,
        itemLabel: itemLabelFor(fieldInfo),
        validation: min > 0 ? { length: { min } } : undefined,
      });
    }
    case "object":
      return fields.object(keystaticShape(path, (inner as unknown as { shape: Record<string, Zod> }).shape, custom), {
        label: ui?.label ?? "",
        description: ui?.description,
      });
    default:
      throw new Error(`${path}: the editing UI does not know the contract's type "${d.type}"; teach lib/cms/keystatic-schema.ts`);
  }
}

export function keystaticShape(path: string, shape: Record<string, Zod>, custom?: CustomField): Record<string, ComponentSchema> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, keystaticField(path ? `${path}.${key}` : key, schema, custom)]),
  );
}

/** A list's minimum length in the contract. */
export const minItems = (schema: Zod) => Number(checks(unwrap(schema).inner).find((c) => c.check === "min_length")?.minimum ?? 0);
