import { matchPhrases, type Phrase } from "../phrases";
import type { ComplianceRule } from "../types";

const OUTCOME = String.raw`(?:results?|outcomes?|improvements?|transformations?|differences?|changes?|regrowth|effects?|solutions?|fix(?:es)?|cures?)`;
const GUSH = String.raw`(?:amazing|incredible|astonishing|astounding|stunning|dramatic|remarkable|spectacular|extraordinary|unbelievable|phenomenal|fantastic|outstanding|unmatched|unrivall?ed|perfect|flawless|life[- ]?changing|jaw[- ]?dropping|mind[- ]?blowing|best|superior)`;

const vary = 'say what evidence suggests and that results vary, e.g. "some people notice thicker hair after a few months; results vary"';

const phrases: Phrase[] = [
  {
    pattern: /\bguarantee(?:s|d|ing)?\b/i,
    negatable: true,
    message: (m) => `"${m}" promises a result no clinic can promise; ${vary}`,
  },
  {
    pattern: /\bcur(?:e|es|ed|ing)\b/i,
    negatable: true,
    message: (m) => `"${m}" claims a cure; aesthetic treatments do not cure a condition, so describe what the treatment aims to do`,
  },
  {
    pattern: new RegExp(String.raw`\bpermanent(?:ly)?\s+(?:\w+\s+)?${OUTCOME}`, "i"),
    negatable: true,
    message: (m) => `"${m}" promises a permanent result; say how long effects usually last and that maintenance may be needed`,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?<!side[- ])${OUTCOME}\s+(?:\w+\s+){0,3}(?:are|is|will be|last|lasts)\s+(?:\w+\s+)?permanent(?:ly)?\b`,
      "i",
    ),
    negatable: true,
    negatedInside: true,
    message: (m) => `"${m}" promises a permanent result; say how long effects usually last and that maintenance may be needed`,
  },
  {
    pattern: /\bpermanently\s+(?:restores?|removes?|reverses?|eliminates?|fix(?:es)?|stops?|regrows?|erases?|ends?)\b/i,
    negatable: true,
    message: (m) => `"${m}" promises a permanent result; say how long effects usually last and that maintenance may be needed`,
  },
  {
    pattern:
      /\b(?:no|zero|free (?:of|from)|without(?: any)?)\s+(?:\w+\s+)?(?:side[- ]?effects?|risks?|complications?|adverse (?:effects?|reactions?))\b/i,
    negatable: true,
    message: (m) => `"${m}" denies risks every procedure has; list the common side effects plainly instead`,
  },
  {
    pattern: /\brisk[- ]?free\b|\b(?:completely|totally|perfectly|entirely|absolutely|100\s?%)\s+safe\b/i,
    negatable: true,
    message: (m) => `"${m}" denies risks every procedure has; say it is generally well tolerated and list the risks`,
  },
  {
    pattern: /\b100\s?%|\b100 per ?cent\b|\bone hundred per ?cent\b/i,
    message: (m) => `"${m}" is an absolute claim; no treatment works for everyone, so describe typical experience and that results vary`,
  },
  {
    pattern: /\bmiracle\b|\bmiraculous(?:ly)?\b|\bmagic(?:al)?\b|\bfountain of youth\b|\bturns? back the clock\b/i,
    message: (m) => `"${m}" is hype; describe what the treatment does in plain terms`,
  },
  {
    pattern:
      /\binstant(?:ly|aneous(?:ly)?)?\b|\bimmediate(?:ly)?\s+(?:visible\s+)?(?:results?|improvements?|changes?)\b|\bovernight (?:results?|transformations?)\b/i,
    negatable: true,
    message: (m) => `"${m}" promises quick results; say when changes usually show, e.g. "over two to three months"`,
  },
  {
    pattern: /\bpain[- ]?(?:less|free)\b|\bno pain\b|\bdoes(?: not|n't) hurt(?: at all)?\b/i,
    message: (m) =>
      `"${m}" promises no pain; say what people usually feel and how it is eased, e.g. "numbing cream is applied first; most people feel pressure"`,
  },
  {
    pattern: new RegExp(
      String.raw`\b${GUSH}\s+(?:\w+\s+)?${OUTCOME}|\b${OUTCOME}\s+(?:are|is|can be|will be|look)\s+(?:\w+\s+)?${GUSH}\b`,
      "i",
    ),
    negatable: true,
    negatedInside: true,
    message: (m) => `"${m}" oversells the outcome; ${vary}`,
  },
  {
    pattern:
      /\bonly (?:[\w-]+\s+)?(?:treatment|procedure|solution|thing|product|option)s?\s+(?:[\w']+\s+){0,2}(?:ever\s+)?need\b|\bnever need (?:another|any other)\b/i,
    message: (m) => `"${m}" claims no other option is needed; say who the treatment may suit and that a consultation decides`,
  },
  {
    pattern:
      /\b(?:the\s+)?(?:best|most effective|safest|leading|top|number one|#1|No\. ?1)\s+(?:[\w-]+\s+){0,2}(?:treatments?|procedures?|clinics?|options?|solutions?|therap(?:y|ies)|results?)\b/i,
    negatable: true,
    message: (m) => `"${m}" is a superlative no clinic can substantiate; say what the treatment does and who it may suit`,
  },
  {
    pattern:
      /\bworks? for (?:practically |virtually |almost |nearly |just about )?(?:everyone|everybody|all|anyone)\b|\b(?:everyone|everybody|anyone|just about everyone)\s+(?:is|can be|makes)\s+(?:a\s+)?(?:good|great|ideal|perfect|suitable)?\s*candidates?\b/i,
    negatable: true,
    message: (m) => `"${m}" claims it suits everyone; say who it may suit and who it is not for`,
  },
  {
    pattern: /\bforever\b|\blifelong (?:results?|effects?)\b|\blasts? a lifetime\b/i,
    negatable: true,
    message: (m) => `"${m}" promises a permanent result; say how long effects usually last and that maintenance may be needed`,
  },
  {
    pattern: /\b(?:revolutionary|breakthrough|game[- ]?changer|cutting[- ]edge miracle|secret (?:to|of) (?:youth|ageless))\b/i,
    message: (m) => `"${m}" is hype; describe the treatment plainly and what the evidence says`,
  },
  {
    pattern: /\bstem[- ]?cells?\b/i,
    negatable: true,
    message: (m) =>
      `"${m}": PRP is not a stem-cell treatment and claims about stem cells in aesthetics are unproven; describe PRP as a concentrate of your own platelets`,
  },
];

export const noPromises: ComplianceRule = {
  id: "no-promises",
  title: "Unsubstantiated promises",
  explanation:
    "Health advertising may not promise what a treatment cannot deliver. Words such as guaranteed, cure, permanent results, no side effects, risk-free, 100%, miracle, instant results, painless, amazing results, or “the only treatment you will ever need” promise outcomes no clinic can stand behind, and regulators treat them as deceptive. The rule catches these in any form (inflections, hyphenation, word order, case); honest negations such as “we cannot guarantee results” or “no treatment is risk-free” pass.",
  fix: "Describe what people typically experience, what the evidence suggests (with a citation), and that results vary.",
  source: "FTC Health Products Compliance Guidance (2022): competent and reliable evidence for every outcome, safety and superiority claim",
  check: ({ sentences }) => matchPhrases(sentences, phrases),
};
