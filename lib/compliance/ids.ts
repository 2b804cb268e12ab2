/** Rule ids, kept apart from the rules so the content schema can name them without a cycle. */
export const RULE_IDS = [
  "no-promises",
  "regulatory-wording",
  "efficacy-needs-source",
  "endorsements",
  "trademarks",
  "freshness",
  "required-sections",
  "copy-hygiene",
  "unreadable-text",
  // Claims by meaning (lib/compliance/claims/classes.ts), in the order a sentence is tried against them.
  "uk-prescription-medicine",
  "uk-under-18",
  "uk-pressure-selling",
  "uk-trivialising",
  "regulatory-status",
  "credential-claim",
  "endorsement",
  "safety-claim",
  "patient-statistics",
  "disease-claim",
  "pseudo-science",
  "unsourced-evidence",
  "superiority",
  "outcome-promise",
  // When no class places a sentence but it reads like a violation (lib/compliance/claims/model.ts).
  "unsure-claim",
] as const;

export type RuleId = (typeof RULE_IDS)[number];
