import { describe, expect, test } from "vitest";
import { z } from "zod";
import { collections, clinicFile } from "@/config/content";
import { computedFieldsOf, fieldsOf } from "@/lib/content/contentlayer-fields";
import { isoDate } from "@/lib/content/schema";
import { DOCUMENT_TYPES } from "@/lib/content/types";
import { treatmentType } from "@/lib/content/types/treatment";

type Field = { type: string; required?: boolean; default?: unknown; options?: string[]; of?: unknown };
const fields = (schema: z.ZodType, name: string) => fieldsOf(schema, name) as Record<string, Field>;
const nested = (field: Field | undefined) => (field?.of as { def: () => { name: string; fields: Record<string, Field> } }).def();

describe("each document type is defined once, and the rest is made from it", () => {
  test.each(DOCUMENT_TYPES.map((t) => [t.kind, t] as const))(
    "%s: Contentlayer's fields are the contract's keys, required where the contract requires them",
    (_kind, type) => {
      const shape = (type.schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      const derived = fields(type.schema, type.kind);
      expect(Object.keys(derived).sort()).toEqual(Object.keys(shape).sort());
      for (const [key, schema] of Object.entries(shape)) {
        // A key the contract lets be missing is never required of Contentlayer, and the reverse.
        expect(derived[key]?.required, key).toBe(!schema.safeParse(undefined).success);
      }
    },
  );

  test("the loader's folders and the clinic's file come from the same list", () => {
    expect(collections).toEqual({ treatments: "Treatment", practitioners: "Practitioner", legal: "LegalPage" });
    expect(clinicFile).toBe("clinic.md");
  });

  test("a field added to a contract reaches Contentlayer with its kind, default and nesting, without editing contentlayer.config.ts", () => {
    const contract = z.strictObject({
      name: z.string().trim().min(1),
      opened: isoDate("opened"),
      kind: z.enum(["clinic", "satellite"]).default("clinic"),
      rooms: z.number().int().optional(),
      doors: z.array(z.strictObject({ label: z.string(), accessible: z.boolean() })).min(1),
      tags: z.array(z.string()).default([]),
    });
    const derived = fields(contract, "Location");
    expect(derived.name).toEqual({ type: "string", required: true });
    expect(derived.opened).toEqual({ type: "date", required: true });
    expect(derived.kind).toEqual({ type: "enum", options: ["clinic", "satellite"], required: false, default: "clinic" });
    expect(derived.rooms).toEqual({ type: "number", required: false });
    expect(derived.tags).toEqual({ type: "list", of: { type: "string" }, required: false, default: [] });
    const door = nested(derived.doors);
    expect(door.name).toBe("LocationDoors");
    expect(door.fields).toEqual({ label: { type: "string", required: true }, accessible: { type: "boolean", required: true } });
  });

  test("a kind of field Contentlayer cannot be given stops the build with a line naming it", () => {
    expect(() => fieldsOf(z.strictObject({ when: z.bigint() }), "Odd")).toThrow("no Contentlayer field for OddWhen (zod bigint)");
  });
});

describe("text derived from a body is worked out by Contentlayer, once per changed document", () => {
  const body = [
    "## What it is",
    "",
    "A treatment.",
    "",
    "## How it goes, step by step",
    "",
    "1. We take a small blood sample [@gentile-2015].",
    "2. It is spun to separate the plasma.",
    "",
    "### Afterwards",
    "",
    "You can go home.",
    "",
    "## Risks",
    "",
    "Bruising.",
  ].join("\n");

  test("a treatment's howPerformed is its 'How it goes' section as plain text, without citation keys", () => {
    expect(treatmentType.derived.howPerformed.of(body)).toBe(
      "1. We take a small blood sample. 2. It is spun to separate the plasma. Afterwards You can go home.",
    );
  });

  test("a body without that section derives an empty string, which the page reads as none", () => {
    expect(treatmentType.derived.howPerformed.of("## What it is\n\nA treatment.")).toBe("");
  });

  test("Contentlayer gets each derived value as a computed field of its document type", async () => {
    const computed = computedFieldsOf(treatmentType);
    expect(Object.keys(computed)).toEqual(["howPerformed"]);
    const resolve = computed.howPerformed?.resolve as ((doc: { body: { raw: string } }) => unknown) | undefined;
    expect(await resolve?.({ body: { raw: body } })).toBe(treatmentType.derived.howPerformed.of(body));
  });
});
