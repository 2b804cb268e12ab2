/**
 * One sentence's verdict, as the build gives it: the claim class it falls in
 * (lib/compliance/claims/classes.ts), or, when no class places it, the unsure
 * claim the model sees in it (lib/compliance/claims/model.ts), or nothing.
 */
import { analyse } from "./analyse";
import { classifyAnalysis, type ClaimFinding, type ClaimSite } from "./classes";
import model from "./model.generated.json";
import { unsureClaim, type ClaimModel } from "./model";

export const UNSURE = "unsure-claim";

export interface SentenceVerdict extends ClaimFinding {
  /** For an unsure claim: the class it reads most like. */
  closest?: string;
  /** Placed in its class by the model's wording, not by the class's own test. */
  byModel?: boolean;
}

export function checkSentence(sentence: string, site: ClaimSite): SentenceVerdict[] {
  const analysis = analyse(sentence);
  const found = classifyAnalysis(analysis, site);
  if (found.length > 0) return found;
  const unsure = unsureClaim(model as ClaimModel, analysis);
  if (!unsure) return [];
  // A UK-only kind of claim says nothing about a clinic that does not declare UK.
  if (unsure.closest.startsWith("uk-") && !site.jurisdictions.includes("UK")) return [];
  // Sure of the kind though no class's structure test placed it: the sentence fails under that class's rule.
  if (unsure.named) return [{ classId: unsure.closest, evidence: `reads like one: ${unsure.cues.join(", ")}`, byModel: true }];
  return [{ classId: UNSURE, evidence: unsure.cues.join(", "), closest: unsure.closest }];
}
