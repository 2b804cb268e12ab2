/**
 * What the content check says about one file, for the draft preview and the
 * editing UI's findings panel (lib/preview.ts): the contract over every
 * document (references and duplicates cross files), the compliance rules over
 * this one only, judged for the same clinic. The same problems as the whole
 * check filtered to the file (tests/unit/preview-findings.test.ts), without
 * checking every other document's sentences on each request.
 */
import { checkCompliance, rules } from "../compliance";
import { claimSite } from "../compliance/claims/site";
import type { RawDocument } from "./load";
import { sortProblems, type Problem } from "./report";
import { validateContent } from "./validate";

export interface PreviewFinding extends Problem {
  /** The rule's general advice, when the finding comes from a compliance rule. */
  fix: string | undefined;
}

const fixes = new Map(rules.map((rule) => [rule.id, rule.fix]));

export function findingsOf(docs: RawDocument[], doc: RawDocument, now: Date): PreviewFinding[] {
  const contract = validateContent(docs).filter((p) => p.file === doc.file);
  const compliance = checkCompliance(doc, now, claimSite(docs)).problems;
  return sortProblems([...contract, ...compliance]).map((p) => ({ ...p, fix: fixes.get(p.field) }));
}
