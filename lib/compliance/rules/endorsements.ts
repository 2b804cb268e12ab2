import type { Image } from "mdast";
import { visit } from "unist-util-visit";
import { matchPhrases, type Phrase } from "../phrases";
import type { ComplianceRule, Finding } from "../types";

const phrases: Phrase[] = [
  {
    pattern:
      /\bcelebrit(?:y|ies)\b|\bcelebs?\b|\bA[- ]list(?:ers?)?\b|\bHollywood\b|\b(?:instagram|tiktok|youtube)[- ]famous\b|\binfluencers?\b|\b(?:stars|models|athletes) (?:swear by|love|use|rely on|get)\b|\bas seen on (?:TV|instagram|tiktok)\b/i,
    negatable: true,
    message: (m) =>
      `"${m}" is a celebrity endorsement; endorsements may only appear through the testimonials field, which requires the typical-results and relationship disclosures. Remove it from the text`,
  },
  {
    pattern:
      /\btestimonials?\b|\b(?:our |happy |real )?(?:patients|clients|customers) (?:say|said|rave|love|swear)\b|\b(?:five|5)[- ]star (?:reviews?|ratings?)\b|\brated \d(?:\.\d)? (?:out of|\/) ?5\b/i,
    negatable: true,
    message: (m) =>
      `"${m}" reads as a patient testimonial; testimonials may only appear through the testimonials field, which requires the typical-results and relationship disclosures`,
  },
  {
    // A quotation followed by a dash and a name: "…" — Sarah K.
    pattern: /["“][^"”]{12,}["”]\s*[—–-]{1,2}\s*[A-Z][a-z]*\.?(?:\s[A-Z]\.?)?/,
    message: (m) =>
      `"${m.slice(0, 60)}" reads as a patient testimonial; testimonials may only appear through the testimonials field, which requires the typical-results and relationship disclosures`,
  },
  {
    pattern: /\bbefore[- ](?:and|&|\/)[- ]after\s+(?:photos?|pictures?|images?|results?|gallery|shots?)\b/i,
    negatable: true,
    message: (m) =>
      `"${m}": before/after images may only be shown through a component that discloses typical results and any payment or relationship; do not promise or embed them in text`,
  },
];

const BEFORE_AFTER = /\bbefore\b|\bafter\b|\bresults?\b|\btransformation\b/i;

export const endorsements: ComplianceRule = {
  id: "endorsements",
  title: "Endorsements and before/after images",
  explanation:
    "Testimonials, celebrity endorsements and before/after pictures are advertising. US rules (the FTC's Endorsement Guides) require that they reflect typical results or say clearly what people can generally expect, and that any payment, free treatment or relationship is disclosed. On this site they can only come through the testimonials field of a treatment, which will not build without those disclosures; celebrity mentions, quoted testimonials in the text and raw before/after images in markdown fail.",
  fix: "Remove the endorsement from the text; if it is genuine, add it to testimonials with typicalResults and relationship filled in.",
  source: "FTC Endorsement Guides (16 CFR 255): typical results and material connections must be disclosed",
  check({ sentences, body, doc }) {
    const findings: Finding[] = matchPhrases(sentences, phrases);
    visit(body.tree, "image", (image: Image) => {
      const described = `${image.alt ?? ""} ${image.url} ${image.title ?? ""}`;
      if (!BEFORE_AFTER.test(described)) return;
      const line = (image.position?.start.line ?? 1) + doc.bodyLine - 1;
      findings.push({
        line,
        column: image.position?.start.column ?? 1,
        message: `the image "${image.alt || image.url}" is a raw before/after picture; before/after images need the disclosure component (typical results, payment or relationship), not markdown`,
        sentence: image.alt || image.url,
      });
    });
    return findings;
  },
};
