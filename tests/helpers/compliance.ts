import { checkCompliance } from "@/lib/compliance";
import { doc, markdown, validTreatment } from "./documents";

export const NOW = new Date("2026-11-26T12:00:00Z");

/** A body with every required section, plus `extra` as its own paragraph. */
export const body = (extra = "") => `## What it is

A treatment that uses a concentrate made from your own blood.

${extra}

## Who it is not for

People with a blood-clotting disorder or an active skin infection.

## Risks and side effects

Bruising, swelling and soreness for a few days. Infection is rare.
`;

export function findings(extra: string, frontmatter: Record<string, unknown> = {}) {
  const source = markdown({ ...validTreatment, ...frontmatter }, body(extra));
  return checkCompliance(doc("content/treatments/example.md", "Treatment", source), NOW);
}

/** The rule ids that fire on a sentence placed in an otherwise clean page. */
export const rulesFor = (extra: string, frontmatter: Record<string, unknown> = {}) =>
  findings(extra, frontmatter).problems.map((p) => p.field);
