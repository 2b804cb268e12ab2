import { describe, expect, test } from "vitest";
import { z } from "zod";
import keystaticConfig from "@/keystatic.config";
import { FINDINGS_FIELD } from "@/lib/cms/findings-field";
import { keystaticSchema } from "@/lib/cms/keystatic-schema";
import { isoDate, requiredText, ui } from "@/lib/content/fields";
import { treatmentSchema, legalPageSchema } from "@/lib/content/schema";
import { DOCUMENT_TYPES, type DocumentType } from "@/lib/content/types";

/**
 * The editing UI's forms are made from each document type's contract
 * (lib/cms/derive.ts); this checks the derivation by behaviour.
 *
 * Walks both schemas together and fails when
 * - a key exists in one and not the other (recursively, through objects and lists);
 * - a field the contract requires can be left empty in the CMS (or the reverse);
 * - a text field accepts what the contract refuses, or refuses what it accepts,
 *   for a set of sample values (empty, only spaces, 160 and 161 characters, slugs,
 *   times, URLs...); Keystatic writes an empty text field as no key at all, so
 *   "" in the CMS is compared with a missing key in the contract;
 * - a list's minimum length, a select's options or summary's maximum differ.
 *
 * Keystatic fields keep their settings in closures, so they are checked by
 * behaviour (validate, defaultValue, serialize), as the editor would meet them.
 */

// ---- the zod side (zod 4 internals: _zod.def) -------------------------------

type Zod = z.core.$ZodType;
const def = (schema: Zod) => schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;

/** Strip optional/default; `optional` is true when a missing key is fine. */
function unwrap(schema: Zod): { inner: Zod; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const d = def(inner);
    if (d.type === "optional" || d.type === "default") {
      optional = true;
      inner = d.innerType as Zod;
    } else return { inner, optional };
  }
}

const zodAccepts = (schema: Zod, value: unknown) =>
  (schema as unknown as { safeParse(v: unknown): { success: boolean } }).safeParse(value).success;

function zodChecks(schema: Zod): Record<string, unknown>[] {
  return ((def(schema).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def);
}

const zodMinLength = (schema: Zod) => Number(zodChecks(schema).find((c) => c.check === "min_length")?.minimum ?? 0);
const zodMaxLength = (schema: Zod) => zodChecks(schema).find((c) => c.check === "max_length")?.maximum as number | undefined;

// ---- the Keystatic side -----------------------------------------------------

type KField = KForm | KArray | KObject | { kind: "child" | "conditional" };
interface KForm {
  kind: "form";
  formKind?: string;
  label?: string;
  defaultValue(): unknown;
  parse(value: unknown, extra?: unknown): unknown;
  validate(value: unknown, extra?: unknown): unknown;
  serialize(value: unknown): { value: unknown };
  options?: readonly { value: string }[];
  /** Custom fields (comparison) expose their inner Keystatic fields here. */
  schema?: Record<string, KField>;
}
interface KArray {
  kind: "array";
  element: KField;
  validation?: { length?: { min?: number; max?: number } };
}
interface KObject {
  kind: "object";
  fields: Record<string, KField>;
}

/** The title/name field that also names the file (fields.slug; its value is { name, slug }). */
const isSlugField = (field: KForm) => field.formKind === "slug" && typeof field.parse(undefined, undefined) === "object";

/** Does the CMS accept this value for the field (as the editor would type it)? */
function keystaticAccepts(field: KForm, value: unknown) {
  try {
    field.validate(isSlugField(field) ? { name: value, slug: "a-file-name" } : value, undefined);
    return true;
  } catch {
    return false;
  }
}

// ---- sample values ------------------------------------------------------------

const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const TEXT_SAMPLES = [
  "",
  "   ",
  "x",
  "US",
  "09:00",
  "24:00",
  "gentile-2015",
  "Not A Slug",
  "hello@example.com",
  "https://example.com/a",
  "http://example.com/a",
  "10.1000/xyz123",
  "/images/patient-1-before.jpg",
  "A sentence that is clearly longer than twenty characters.",
  "x".repeat(160),
  "x".repeat(161),
];
const NUMBER_SAMPLES = [null, 0, 1.5, -91, 45.52, -122.68, 181, 1899, 1900, 2015, new Date().getUTCFullYear() + 1];
const DATE_SAMPLES = [null, "2020-01-01", tomorrow];

// ---- the walk -------------------------------------------------------------------

function compare(path: string, zodField: Zod, cms: KField | undefined, problems: string[]) {
  if (!cms) {
    problems.push(`${path}: in the contract, not in the CMS`);
    return;
  }
  const { inner, optional } = unwrap(zodField);
  const type = def(inner).type;

  if (type === "object") {
    const shape = (inner as unknown as { shape: Record<string, Zod> }).shape;
    if (cms.kind === "object") return compareShapes(path, shape, cms.fields, problems);
    if (cms.kind === "form" && cms.schema) {
      // A form field standing in for an optional object: empty must be allowed and not written.
      if (optional) {
        if (!keystaticAccepts(cms, cms.defaultValue())) problems.push(`${path}: optional in the contract, but the CMS refuses it empty`);
        if (cms.serialize(cms.defaultValue()).value !== undefined) problems.push(`${path}: an empty value is written; it must be left out`);
      }
      return compareShapes(path, shape, cms.schema, problems);
    }
    problems.push(`${path}: an object in the contract, a ${cms.kind} field in the CMS`);
    return;
  }

  if (type === "array") {
    const element = def(inner).element as Zod;
    const min = zodMinLength(inner);
    if (cms.kind === "array") {
      const cmsMin = cms.validation?.length?.min ?? 0;
      if (cmsMin !== min) problems.push(`${path}: the contract needs at least ${min} item(s), the CMS ${cmsMin}`);
      return compare(`${path}[]`, element, cms.element, problems);
    }
    if (cms.kind === "form" && cms.options && def(element).type === "enum") {
      // A list of fixed choices as a multiselect.
      compareOptions(path, element, cms, problems);
      const refusesNone = !keystaticAccepts(cms, []);
      if (refusesNone !== min > 0)
        problems.push(`${path}: the contract needs at least ${min} choice(s); the CMS ${refusesNone ? "refuses" : "accepts"} none`);
      return;
    }
    problems.push(`${path}: a list in the contract, a ${cms.kind} field in the CMS`);
    return;
  }

  if (cms.kind !== "form") {
    problems.push(`${path}: a single value in the contract, a ${cms.kind} field in the CMS`);
    return;
  }

  if (type === "enum") return compareOptions(path, inner, cms, problems);

  if (type === "boolean") {
    if (typeof cms.defaultValue() !== "boolean") problems.push(`${path}: true/false in the contract, not a checkbox in the CMS`);
    if (!optional) problems.push(`${path}: a required true/false; a checkbox is always written, make it a default in the contract`);
    return;
  }

  // Dates are isoDate, a preprocess pipe; Keystatic keeps a date as YYYY-MM-DD or null.
  if (type === "number") return compareSamples(path, zodField, cms, NUMBER_SAMPLES, problems);
  if (type === "pipe") return compareSamples(path, zodField, cms, DATE_SAMPLES, problems);

  if (type === "string") {
    if (!isSlugField(cms) && cms.defaultValue() === null) {
      // A picker (relationship): the value comes from a list, so only emptiness can differ.
      if (keystaticAccepts(cms, null) !== optional) {
        problems.push(`${path}: ${optional ? "optional" : "required"} in the contract, ${optional ? "required" : "optional"} in the CMS`);
      }
      return;
    }
    for (const sample of TEXT_SAMPLES) {
      const expected = zodAccepts(zodField, sample === "" ? undefined : sample);
      if (keystaticAccepts(cms, sample) !== expected) {
        const shown = sample.length > 20 ? `${sample.length} characters` : JSON.stringify(sample);
        problems.push(`${path}: the contract ${expected ? "accepts" : "refuses"} ${shown}, the CMS does not`);
      }
    }
    if (optional && !isSlugField(cms) && cms.serialize("").value !== undefined) {
      problems.push(`${path}: left empty, the CMS writes "" (the contract refuses it); it must leave the key out`);
    }
    return;
  }

  problems.push(`${path}: the test does not know the contract's type "${type}"; teach it`);
}

/** Each sample is accepted by both or refused by both (null: the field left empty). */
function compareSamples(path: string, zodField: Zod, cms: KForm, samples: readonly unknown[], problems: string[]) {
  for (const sample of samples) {
    const expected = zodAccepts(zodField, sample ?? undefined);
    if (keystaticAccepts(cms, sample) !== expected) {
      problems.push(
        `${path}: the contract ${expected ? "accepts" : "refuses"} ${sample === null ? "an empty value" : String(sample)}, the CMS does not`,
      );
    }
  }
}

function compareOptions(path: string, zodEnum: Zod, cms: KForm, problems: string[]) {
  const zodOptions = [...(zodEnum as unknown as { options: string[] }).options].sort();
  const cmsOptions = (cms.options ?? []).map((o) => o.value).sort();
  if (JSON.stringify(zodOptions) !== JSON.stringify(cmsOptions)) {
    problems.push(`${path}: choices differ: contract ${zodOptions.join(", ")}; CMS ${cmsOptions.join(", ") || "(not a select)"}`);
  }
}

function compareShapes(path: string, shape: Record<string, Zod>, cms: Record<string, KField>, problems: string[]) {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  for (const [key, zodField] of Object.entries(shape)) compare(at(key), zodField, cms[key], problems);
  for (const key of Object.keys(cms)) if (!(key in shape)) problems.push(`${at(key)}: in the CMS, not in the contract`);
}

type KeystaticSchema = { schema: Record<string, unknown>; format?: unknown };

/** Problems for one document type; the markdown body (contentField) and the findings panel are not frontmatter. */
function parity(zodSchema: Zod, cms: KeystaticSchema | undefined) {
  if (!cms) return ["the CMS has no such collection"];
  const contentField = (cms.format as { contentField?: string } | undefined)?.contentField;
  const fields = Object.fromEntries(Object.entries(cms.schema).filter(([key]) => key !== contentField && key !== FINDINGS_FIELD)) as Record<
    string,
    KField
  >;
  const problems: string[] = [];
  compareShapes("", (zodSchema as unknown as { shape: Record<string, Zod> }).shape, fields, problems);
  return problems;
}

const collections = keystaticConfig.collections as Record<string, KeystaticSchema> | undefined;
const singletons = keystaticConfig.singletons as Record<string, KeystaticSchema> | undefined;

const cmsOf = (type: DocumentType) => ("folder" in type.place ? collections : singletons)?.[type.cms.key];
const everyType = DOCUMENT_TYPES.map((type) => [type.cms.key, type] as const);

describe("the CMS fields match the content contract", () => {
  test.each(everyType)("%s", (_name, type) => {
    expect(parity(type.schema, cmsOf(type))).toEqual([]);
  });

  test.each(everyType)("%s: the form shows the build's findings, and the panel writes nothing to the file", (_name, type) => {
    const cms = cmsOf(type);
    const panel = cms?.schema[FINDINGS_FIELD] as KForm | undefined;
    expect(panel?.label).toBe("Compliance findings");
    expect(panel?.serialize(panel.defaultValue())).toEqual({ value: undefined });
  });

  test("every document type is in the CMS, and nothing else", () => {
    expect(Object.keys(collections ?? {}).sort()).toEqual(["legal", "practitioners", "treatments"]);
    expect(Object.keys(singletons ?? {})).toEqual(["clinic"]);
  });

  test("a new document type gets a form that keeps its contract, without editing keystatic.config.ts", () => {
    const location = {
      kind: "Location",
      place: { folder: "locations" },
      label: "location",
      schema: z.strictObject({
        name: ui(requiredText("name", "the location's name"), "Name", "Shown as the heading", { widget: { kind: "title" } }),
        opened: ui(isoDate("opened", { notInFuture: true }), "Opened"),
        kind: ui(z.enum(["clinic", "satellite"]).default("clinic"), "Kind"),
        rooms: ui(z.number().int().min(1).max(40).optional(), "Rooms"),
        postcode: ui(
          z
            .string()
            .regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, { error: "postcode must look like SW1A 1AA" })
            .optional(),
          "Postcode",
        ),
        notice: ui(requiredText("notice", "a notice").min(20, { error: "notice is too short" }), "Notice"),
        doors: ui(
          z
            .array(
              z.strictObject({
                label: ui(requiredText("doors[].label", "a door"), "Label"),
                accessible: ui(z.boolean().default(false), "Step-free"),
              }),
            )
            .min(1),
          "Doors",
        ),
      }),
      readFields: () => [["name"]],
      cms: { key: "locations", label: "Locations", group: "Clinic", body: { label: "Body" } },
    } satisfies DocumentType;
    const form = { schema: keystaticSchema(location), format: { contentField: "body" } };
    expect(parity(location.schema, form)).toEqual([]);
    const postcode = form.schema.postcode as KForm;
    expect(keystaticAccepts(postcode, "SW1A 1AA")).toBe(true);
    expect(keystaticAccepts(postcode, "not a postcode")).toBe(false);
    expect(keystaticAccepts(form.schema.notice as KForm, "too short")).toBe(false);
    expect((form.schema.doors as KArray).validation?.length?.min).toBe(1);
  });

  test("a contract field with no label for the editing UI stops with a line naming it", () => {
    const unlabelled = { ...DOCUMENT_TYPES[0], schema: z.strictObject({ floor: z.string().optional() }) } as unknown as DocumentType;
    expect(() => keystaticSchema(unlabelled)).toThrow("floor has no label for the editing UI");
  });

  test.each([
    ["treatments", treatmentSchema, collections?.treatments],
    ["legal", legalPageSchema, collections?.legal],
  ] as const)("%s: summary has the contract's maximum length", (_name, zodSchema, cms) => {
    const max = zodMaxLength(zodSchema.shape.summary);
    const summary = cms?.schema.summary as KForm;
    expect(max).toBe(160);
    expect(keystaticAccepts(summary, "x".repeat(max ?? 0))).toBe(true);
    expect(keystaticAccepts(summary, "x".repeat((max ?? 0) + 1))).toBe(false);
  });

  test("the disclaimer cannot be left empty or only spaces", () => {
    const disclaimer = collections?.treatments?.schema.disclaimer as KForm;
    expect(keystaticAccepts(disclaimer, "")).toBe(false);
    expect(keystaticAccepts(disclaimer, " \n ")).toBe(false);
    expect(keystaticAccepts(disclaimer, "General information, not medical advice.")).toBe(true);
  });

  test("bodies are written as .md files and paths match content/", () => {
    for (const [name, c] of Object.entries(collections ?? {})) {
      const body = c.schema.body as { contentExtension?: string };
      expect(body.contentExtension, name).toBe(".md");
      expect((c as { path?: string }).path, name).toBe(`content/${name}/*`);
    }
    expect((singletons?.clinic?.schema.body as { contentExtension?: string }).contentExtension).toBe(".md");
    expect((singletons?.clinic as { path?: string }).path).toBe("content/clinic");
  });
});
