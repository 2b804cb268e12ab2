import { findingAt } from "../phrases";
import type { ComplianceRule, Finding } from "../types";

/** Marks we know of that clinics misuse as a generic product name. */
export const TRADEMARKS = [
  { mark: "Vampire Facial", pattern: /\bvampire[\s-]*facials?\b/gi },
  { mark: "Vampire Facelift", pattern: /\bvampire[\s-]*face[\s-]*lifts?\b/gi },
  { mark: "Vampire Breast Lift", pattern: /\bvampire[\s-]*breast[\s-]*lifts?\b/gi },
] as const;

const NOTICE = /®|\btrademark(?:ed)?\b|\bregistered mark\b/i;
// "our vampire facial", "book a vampire facial", "the Vampire Facial treatment": used as a product name.
const AS_PRODUCT =
  /\b(?:our|book(?:ing)?(?: an?| your)?|try(?: an?| our)?|offer(?:s|ing)?(?: an?| the)?|get(?: an?| your)?|schedule(?: an?| your)?|with an?)\s*["“]?$/i;

export const trademarks: ComplianceRule = {
  id: "trademarks",
  title: "Trademarks",
  explanation:
    "“Vampire Facial” (and “Vampire Facelift”) are registered trademarks of their owner, licensed to particular providers. Using one as the name of our treatment, in a title, a summary, or as “our vampire facial” or “book a vampire facial”, fails unless the document lists the mark in licensedTrademarks. A descriptive mention is fine when the same paragraph carries the trademark notice, e.g. “sometimes called the Vampire Facial®, a registered trademark of its owner”.",
  fix: "Call it a PRP facial; mention the trademark only descriptively, with ® and “a registered trademark of its owner” in the same paragraph.",
  source: "Lanham Act (15 U.S.C. 1114, 1125): no use of another's registered mark that suggests affiliation",
  check({ sentences, treatment }) {
    const licensed = new Set((treatment?.licensedTrademarks ?? []).map((m) => m.toLowerCase()));
    const findings: Finding[] = [];
    for (const sentence of sentences) {
      for (const { mark, pattern } of TRADEMARKS) {
        if (licensed.has(mark.toLowerCase())) continue;
        for (const match of sentence.text.matchAll(new RegExp(pattern.source, pattern.flags))) {
          const origin = sentence.passage.origin;
          const before = sentence.text.slice(0, match.index);
          if (origin === "title" || origin === "summary") {
            findings.push(
              findingAt(
                sentence,
                match.index,
                `"${match[0]}" in the ${origin} uses the ${mark}® trademark as our product name; call it a PRP facial, or add the mark to licensedTrademarks if the clinic holds a licence`,
              ),
            );
          } else if (AS_PRODUCT.test(before)) {
            findings.push(
              findingAt(
                sentence,
                match.index,
                `"${before.trim().split(/\s+/).slice(-2).join(" ")} ${match[0]}" uses the ${mark}® trademark as our product name; describe our treatment as a PRP facial, or add the mark to licensedTrademarks if the clinic holds a licence`,
              ),
            );
          } else if (!NOTICE.test(sentence.passage.text)) {
            findings.push(
              findingAt(
                sentence,
                match.index,
                `"${match[0]}" is the ${mark}® trademark; add the notice in the same paragraph ("${mark}®, a registered trademark of its owner")`,
              ),
            );
          }
        }
      }
    }
    return findings;
  },
};
