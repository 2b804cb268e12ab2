import type { ComplianceRule } from "../types";

const monthsBetween = (from: Date, to: Date) =>
  (to.getUTCFullYear() - from.getUTCFullYear()) * 12 +
  (to.getUTCMonth() - from.getUTCMonth()) -
  (to.getUTCDate() < from.getUTCDate() ? 1 : 0);

export const freshness: ComplianceRule = {
  id: "freshness",
  title: "Freshness of the medical review",
  explanation:
    "Medical pages go out of date as evidence and practice change, and search engines and patients look for the review date. A treatment whose lastReviewed date is more than 12 months old fails the build; more than 10 months old gives a warning, so there is time to arrange the review.",
  fix: "Ask the reviewing practitioner to check the page, then set lastReviewed to the date of that review.",
  source:
    "Oregon Medical Board advertising rules and FTC guidance: health information must be accurate when published; medical publishers review at least yearly",
  check({ treatment, doc, now }) {
    if (!treatment) return [];
    const reviewed = new Date(`${treatment.lastReviewed}T00:00:00Z`);
    const months = monthsBetween(reviewed, now);
    const { line, column } = doc.locate(["lastReviewed"]);
    const sentence = `lastReviewed: ${treatment.lastReviewed}`;
    if (months >= 12) {
      return [
        {
          line,
          column,
          sentence,
          message: `lastReviewed ${treatment.lastReviewed} is over 12 months old; have the page reviewed again and update the date`,
        },
      ];
    }
    if (months >= 10) {
      return [
        {
          line,
          column,
          sentence,
          severity: "warning",
          message: `lastReviewed ${treatment.lastReviewed} is over 10 months old; the build will fail at 12 months, so book the next review`,
        },
      ];
    }
    return [];
  },
};
