import { checkCompliance, type AppliedException } from "../compliance";
import { claimSite } from "../compliance/claims/site";
import type { ResultCache } from "../compliance/result-cache";
import type { RawDocument } from "./load";
import { sortProblems, type Problem } from "./report";
import { validateContent } from "./validate";

export interface ContentCheck {
  problems: Problem[];
  exceptions: AppliedException[];
  errors: number;
  warnings: number;
}

/** The whole check: the content contract and the compliance rules, over every document. */
export function checkContent(docs: RawDocument[], now: Date = new Date(), cache?: ResultCache): ContentCheck {
  const contract = validateContent(docs);
  // Claims are judged against the clinic's own jurisdictions and practitioners.
  const site = claimSite(docs);
  const compliance = docs.map((d) =>
    cache ? cache.result(d, now, site, () => checkCompliance(d, now, site)) : checkCompliance(d, now, site),
  );
  const problems = sortProblems([...contract, ...compliance.flatMap((c) => c.problems)]);
  const errors = problems.filter((p) => p.severity === "error").length;
  return {
    problems,
    exceptions: compliance.flatMap((c) => c.exceptions),
    errors,
    warnings: problems.length - errors,
  };
}
