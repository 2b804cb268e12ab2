import type { ComponentSchema } from "@keystatic/core";
import type { DocumentType } from "../content/types/document-type";
import { optionalComparison } from "./comparison-field";
import { keystaticShape, labelled, unwrap, type CustomField, type Zod } from "./derive";
import { markdownBody } from "./fields";
import { complianceFindings, FINDINGS_FIELD } from "./findings-field";

/**
 * Keystatic's form for a document type, made from its one definition
 * (lib/content/types/) by lib/cms/derive.ts; tests/unit/cms-schema-parity.test.ts
 * checks the derivation by behaviour.
 */

const comparisonEditor: CustomField = (path, { ui }) =>
  ui?.widget?.kind === "comparison" ? optionalComparison(labelled(path, ui).label, labelled(path, ui).description ?? "") : undefined;

/** The whole form of a document type: the findings panel, every frontmatter field, the markdown body. */
export function keystaticSchema(type: DocumentType): Record<string, ComponentSchema> {
  return {
    [FINDINGS_FIELD]: complianceFindings(),
    ...keystaticShape("", type.schema.shape as Record<string, Zod>, comparisonEditor),
    body: markdownBody(type.cms.body.label, type.cms.body.description),
  };
}

/** The field that names the file (its widget is the title). */
export function slugFieldOf(type: DocumentType): string {
  const key = Object.entries(type.schema.shape).find(([, schema]) => unwrap(schema as Zod).ui?.widget?.kind === "title")?.[0];
  if (!key) throw new Error(`${type.kind} has no title field (ui(..., { widget: { kind: "title" } })) to name its files`);
  return key;
}
