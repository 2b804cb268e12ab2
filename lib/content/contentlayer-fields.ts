/**
 * Contentlayer's field definitions, derived from the zod contract
 * (lib/content/schema.ts), so the two cannot drift: a field added to the
 * contract appears in Contentlayer's document type, with the same kind,
 * requiredness and default. Used by contentlayer.config.ts.
 *
 * The contract stays the judge (every document is parsed with it before and
 * after Contentlayer); these definitions only give Contentlayer the shape it
 * needs to generate the documents and their types.
 */
import type { ComputedFields, FieldDef, FieldDefs, NestedType } from "contentlayer2/source-files";
import type { z } from "zod";
import { isDateField } from "./schema";
import type { DocumentType } from "./types/document-type";

type Zod = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & {
  innerType?: Zod;
  shape?: Record<string, Zod>;
  element?: Zod;
  entries?: Record<string, string>;
  out?: Zod;
  defaultValue?: unknown;
};
const defOf = (schema: Zod) => schema._zod.def as Def;

/** Strips optional and default, saying whether a missing key is fine and what the default is. */
function unwrap(schema: Zod): { inner: Zod; required: boolean; fallback?: unknown } {
  let inner = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === "optional" && def.innerType) {
      required = false;
      inner = def.innerType;
    } else if (def.type === "default" && def.innerType) {
      required = false;
      fallback = typeof def.defaultValue === "function" ? (def.defaultValue as () => unknown)() : def.defaultValue;
      inner = def.innerType;
    } else return { inner, required, ...(fallback !== undefined ? { fallback } : {}) };
  }
}

/** A nested type per object, named after where it sits: Treatment + sources -> TreatmentSources. */
const typeName = (parent: string, key: string) => `${parent}${key.charAt(0).toUpperCase()}${key.slice(1)}`;

function fieldOf(schema: Zod, name: string): FieldDef {
  const { inner, required, fallback } = unwrap(schema);
  const base = { required, ...(fallback !== undefined ? { default: fallback } : {}) };
  if (isDateField(inner)) return { type: "date", ...base } as FieldDef;
  const def = defOf(inner);
  switch (def.type) {
    case "string":
      return { type: "string", ...base } as FieldDef;
    case "number":
      return { type: "number", ...base } as FieldDef;
    case "boolean":
      return { type: "boolean", ...base } as FieldDef;
    case "enum":
      return { type: "enum", options: Object.values(def.entries ?? {}), ...base } as FieldDef;
    case "object":
      return { type: "nested", of: nestedTypeOf(inner, name), ...base } as FieldDef;
    case "array": {
      const element = def.element ? unwrap(def.element).inner : undefined;
      const kind = element ? defOf(element).type : undefined;
      const of = kind === "object" && element ? nestedTypeOf(element, name) : { type: "string" as const };
      return { type: "list", of, ...base } as FieldDef;
    }
    case "pipe":
      // A preprocessed value: Contentlayer sees what comes out.
      if (def.out) return fieldOf(def.out, name);
      break;
  }
  throw new Error(`contentlayer-fields: no Contentlayer field for ${name} (zod ${def.type}); add the case here`);
}

/** What Contentlayer's defineNestedType makes, built here so this module loads outside Contentlayer too (tests). */
function nestedTypeOf(schema: Zod, name: string): NestedType {
  return { type: "nested", def: () => ({ name, fields: fieldsOf(schema, name) }) };
}

/** Contentlayer's fields for a strict-object contract (a document type's frontmatter). */
export function fieldsOf(schema: Zod, typeNameOf: string): FieldDefs {
  const shape = defOf(unwrap(schema).inner).shape;
  if (!shape) throw new Error(`contentlayer-fields: ${typeNameOf} is not an object schema`);
  return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, fieldOf(field, typeName(typeNameOf, key))]));
}

/**
 * Contentlayer's computed fields for a type's derived values (DocumentType.derived): worked out
 * from the markdown body when a document changes, and cached with it.
 */
export function computedFieldsOf(type: DocumentType): ComputedFields {
  return Object.fromEntries(
    Object.entries(type.derived ?? {}).map(([name, derived]) => [
      name,
      { type: "string" as const, description: derived.description, resolve: (doc) => derived.of(doc.body.raw) },
    ]),
  );
}
