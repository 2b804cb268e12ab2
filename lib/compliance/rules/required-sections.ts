import type { Heading, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { ComplianceRule, Finding } from "../types";

export const REQUIRED_SECTIONS = [
  { title: "Risks and side effects", pattern: /^risks?\s+(?:and|&)\s+side[- ]effects$/i },
  { title: "Who it is not for", pattern: /^who (?:it|this|they) (?:is|are) not for$/i },
] as const;

export const requiredSections: ComplianceRule = {
  id: "required-sections",
  title: "Required sections",
  explanation:
    "A patient deciding on a treatment needs to know what can go wrong and whether it is unsuitable for them. Every treatment body must have a “## Risks and side effects” section and a “## Who it is not for” section, each with real content before the next heading.",
  fix: "Add the section as a ## heading with at least one paragraph or list under it.",
  source: "FTC Health Products Compliance Guidance (2022): material risks and limitations must be disclosed clearly",
  check({ kind, body, doc }) {
    if (kind !== "Treatment") return [];
    const children = body.tree.children;
    const findings: Finding[] = [];
    for (const required of REQUIRED_SECTIONS) {
      const index = children.findIndex((n) => n.type === "heading" && required.pattern.test(toString(n).trim()));
      const heading = children[index] as Heading | undefined;
      if (!heading) {
        findings.push({
          line: doc.bodyLine,
          column: 1,
          sentence: required.title,
          message: `the body has no "## ${required.title}" section; add it with the information a patient needs`,
        });
        continue;
      }
      const content: RootContent[] = [];
      for (const node of children.slice(index + 1)) {
        if (node.type === "heading" && node.depth <= heading.depth) break;
        content.push(node);
      }
      if (!content.some((node) => toString(node).trim().length > 0)) {
        findings.push({
          line: (heading.position?.start.line ?? 1) + doc.bodyLine - 1,
          column: 1,
          sentence: required.title,
          message: `the "${required.title}" section is empty; write what the reader needs to know under it`,
        });
      }
    }
    return findings;
  },
};
