import { CITATION_MARKER } from "../../markdown/citations";
import { findingAt } from "../phrases";
import type { ComplianceRule, Finding } from "../types";

const CLAIM = new RegExp(
  [
    String.raw`\b\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b)`,
    String.raw`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out of|in)\s+(?:\d+|ten|five|four|three)\s+(?:people|patients|clients|women|men|users|customers)\b`,
    String.raw`\b(?:studies|study|research|researchers|trials?|evidence|science|data|scientists|experts|doctors|dermatologists)\s+(?:\w+\s+)?(?:show|shows|showed|shown|prove|proves|proved|proven|demonstrate|demonstrates|demonstrated|confirm|confirms|confirmed|suggest|suggests|suggested|found|find|finds|indicate|indicates|indicated|report|reports|reported|agree|agrees)\b`,
    String.raw`\b(?:clinically|scientifically|medically)[- ](?:proven|tested|shown|validated)\b`,
    String.raw`\bproven\s+(?:to|results?|effective|treatment)\b`,
    String.raw`\b(?:in|according to)\s+(?:(?:a|one|several|many|recent|published|new|large|clinical|our)\s+){0,3}(?:study|studies|trial|trials|research)\b`,
  ].join("|"),
  "gi",
);

export const efficacyNeedsSource: ComplianceRule = {
  id: "efficacy-needs-source",
  title: "Efficacy claims need a source",
  explanation:
    "A claim about how well a treatment works (a percentage, “studies show”, “research shows”, “clinically proven”, “proven to”) must be backed by evidence the reader can check. Each such sentence must carry a citation marker such as [@gentile-2015] whose id matches an entry in the page's sources; the marker becomes a numbered link to the source list. Frontmatter fields such as FAQ answers cannot carry citations, so claims belong in the body. A marker that matches no source is an error too.",
  fix: "Add [@source-id] at the end of the sentence, with the id of an entry in sources, or remove the claim.",
  source: "FTC Health Products Compliance Guidance (2022): establishment claims need the evidence they claim",
  check({ sentences, sourceIds }) {
    const ids = new Set(sourceIds);
    const known = [...ids].join(", ") || "none: add a sources list";
    const findings: Finding[] = [];
    for (const sentence of sentences) {
      const markers = [...sentence.text.matchAll(CITATION_MARKER)];
      for (const marker of markers) {
        if (!ids.has(marker[1] ?? "")) {
          findings.push(findingAt(sentence, marker.index, `citation ${marker[0]} matches no source; use one of: ${known}`));
        }
      }
      const claim = sentence.text.match(new RegExp(CLAIM.source, "i"));
      if (!claim || claim.index === undefined) continue;
      const cited = markers.some((m) => ids.has(m[1] ?? ""));
      if (sentence.passage.kind === "field") {
        findings.push(
          findingAt(
            sentence,
            claim.index,
            `"${claim[0]}" is an efficacy claim in ${sentence.passage.origin}, where it cannot be cited; move it into the body with a [@source-id] citation, or remove it`,
          ),
        );
      } else if (!cited && markers.length === 0) {
        findings.push(
          findingAt(
            sentence,
            claim.index,
            `"${claim[0]}" is an efficacy claim without a source; end the sentence with [@source-id] (one of: ${known}) or remove the claim`,
          ),
        );
      }
    }
    return findings;
  },
};
