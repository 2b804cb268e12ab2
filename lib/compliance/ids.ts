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
] as const;

export type RuleId = (typeof RULE_IDS)[number];
