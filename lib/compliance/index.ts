import type { RawDocument } from "../content/load";
import type { Problem } from "../content/report";
import { treatmentSchema, type TreatmentFrontmatter } from "../content/schema";
import { documentType } from "../content/types";
import type { ClaimSite } from "./claims/classes";
import { rules } from "./rules";
import { fieldPassages, parseBody, plain, sentencesOf, type Passage } from "./text";
import type { RuleContext } from "./types";

export { rules };

/** A finding a document has explicitly accepted, with its reason; listed in every build. */
export interface AppliedException {
  file: string;
  line: number;
  rule: string;
  sentence: string;
  reason: string;
}

export interface ComplianceResult {
  problems: Problem[];
  exceptions: AppliedException[];
}

const sameSentence = (a: string, b: string) => plain(a).toLowerCase() === plain(b).toLowerCase();

/**
 * Runs every rule over one document. Rules that need trusted frontmatter
 * (freshness, offLabel) only run when the document meets the contract; the
 * text rules always run, so a broken document shows all its problems at once.
 * Findings covered by a complianceExceptions entry become listed exceptions;
 * an exception that covers nothing is itself an error, so none linger.
 */
/** Claim rules (by meaning) and the phrase rules that already cover their kind of claim. */
const SAME_KIND: Record<string, string[]> = {
  "outcome-promise": ["no-promises"],
  "safety-claim": ["no-promises"],
  superiority: ["no-promises"],
  "disease-claim": ["no-promises"],
  "pseudo-science": ["no-promises"],
  "unsourced-evidence": ["efficacy-needs-source"],
  "patient-statistics": ["efficacy-needs-source", "no-promises"],
  endorsement: ["endorsements"],
  "regulatory-status": ["regulatory-wording"],
  // The unsure rule speaks only when nothing else has stopped the sentence.
  "unsure-claim": [
    "no-promises",
    "regulatory-wording",
    "efficacy-needs-source",
    "endorsements",
    "trademarks",
    "copy-hygiene",
    "unreadable-text",
  ],
};

/** A US clinic with no practitioners on file: what a document checked on its own is judged against. */
export const DEFAULT_SITE: ClaimSite = { jurisdictions: ["US"], practitioners: [] };

export function checkCompliance(doc: RawDocument, now: Date = new Date(), site: ClaimSite = DEFAULT_SITE): ComplianceResult {
  if (!doc.kind || !doc.data || typeof doc.data !== "object") return { problems: [], exceptions: [] };
  const data = doc.data as Record<string, unknown>;
  const treatment: TreatmentFrontmatter | undefined = doc.kind === "Treatment" ? treatmentSchema.safeParse(data).data : undefined;
  const body = parseBody(doc);
  const passages: Passage[] = [...fieldPassages(doc, data, documentType(doc.kind).readFields(data)), ...body.passages];
  const context: RuleContext = {
    doc,
    kind: doc.kind,
    ...(treatment ? { treatment } : {}),
    sourceIds: Array.isArray(data.sources)
      ? data.sources.flatMap((s: unknown) => (s && typeof s === "object" && "id" in s && typeof s.id === "string" ? [s.id] : []))
      : [],
    body,
    passages,
    sentences: passages.flatMap(sentencesOf),
    now,
    site,
  };

  const declared = treatment?.complianceExceptions ?? [];
  const used = new Set<number>();
  const problems: Problem[] = [];
  const exceptions: AppliedException[] = [];

  // A sentence an older phrase rule already stops is not reported again by the claim rule of the same kind.
  const stoppedBy = new Map<string, Set<string>>();
  for (const rule of rules) {
    for (const finding of rule.check(context)) {
      const key = `${finding.line}|${plain(finding.sentence)}`;
      if (SAME_KIND[rule.id]?.some((earlier) => stoppedBy.get(key)?.has(earlier))) continue;
      stoppedBy.set(key, (stoppedBy.get(key) ?? new Set()).add(rule.id));
      const index = declared.findIndex((e) => e.rule === rule.id && sameSentence(e.sentence, finding.sentence));
      const exception = declared[index];
      if (exception) {
        used.add(index);
        exceptions.push({ file: doc.file, line: finding.line, rule: rule.id, sentence: finding.sentence, reason: exception.reason });
        continue;
      }
      problems.push({
        file: doc.file,
        line: finding.line,
        column: finding.column,
        field: rule.id,
        message: finding.message,
        severity: finding.severity ?? "error",
      });
    }
  }

  declared.forEach((exception, index) => {
    if (used.has(index)) return;
    const { line, column } = doc.locate(["complianceExceptions", index]);
    problems.push({
      file: doc.file,
      line,
      column,
      field: "complianceExceptions",
      message: `the exception for ${exception.rule} matches no sentence that rule flags; remove it, or copy the sentence exactly`,
      severity: "error",
    });
  });

  return { problems, exceptions };
}
