/**
 * One rule per kind of claim (lib/compliance/claims/classes.ts). A sentence is
 * classified once per check, by meaning, and the rule of its class reports it
 * with the class's source and a compliant rewrite.
 */
import { checkSentence, UNSURE, type SentenceVerdict } from "../claims/check";
import { CLAIM_CLASSES, type ClaimClass } from "../claims/classes";
import { cachedVerdict } from "../claims/verdict-cache";
import { findingAt } from "../phrases";
import type { ComplianceRule, RuleContext } from "../types";
import type { Sentence } from "../text";

// A practitioner's own record (name, job title, credentials) is the reference credential claims are checked against.
const RECORD_FIELDS = new Set(["name", "jobTitle", "credentials", "registration", "title"]);

// Each sentence of a document is classified once per check, whichever of the fourteen rules asks.
const classifiedIn = new WeakMap<RuleContext, Map<Sentence, SentenceVerdict[]>>();

function classified(context: RuleContext, sentence: Sentence): SentenceVerdict[] {
  let sentences = classifiedIn.get(context);
  if (!sentences) classifiedIn.set(context, (sentences = new Map()));
  let found = sentences.get(sentence);
  if (!found) {
    const text = prose(sentence.text);
    sentences.set(sentence, (found = cachedVerdict(text, context.site, () => checkSentence(text, context.site))));
  }
  return found;
}

/** Markdown links and emphasis read as their words; citation markers ([@id]) stay, they are evidence. */
const prose = (markdown: string) => markdown.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]+/g, "");

const checked = (context: RuleContext) =>
  context.sentences.filter((s) => !(context.kind === "Practitioner" && s.passage.kind === "field" && RECORD_FIELDS.has(s.passage.origin)));

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text);

function claimRule(claim: ClaimClass): ComplianceRule {
  return {
    id: claim.id,
    title: claim.title,
    explanation: `${claim.explanation}${claim.jurisdiction === "UK" ? " Applies when content/clinic.md lists UK in jurisdictions." : ""}`,
    fix: claim.rewrite,
    source: claim.source,
    check(context) {
      return checked(context).flatMap((sentence) =>
        classified(context, sentence)
          .filter((f) => f.classId === claim.id)
          .map((f) => {
            const at = Math.max(0, sentence.text.toLowerCase().indexOf(f.evidence.toLowerCase()));
            return findingAt(
              sentence,
              at,
              `${claim.title.toLowerCase()}: "${shorten(sentence.text)}" (${f.evidence}). Source: ${claim.source}. Write instead: ${claim.rewrite}`,
            );
          }),
      );
    },
  };
}

const titleOf = (id: string) => CLAIM_CLASSES.find((c) => c.id === id)?.title.toLowerCase() ?? id;

/** Fail closed: a sentence no class places but that reads like the corpus's violations. */
const unsureRule: ComplianceRule = {
  id: UNSURE,
  title: "Reads like a claim the rules cannot place",
  explanation:
    "The claim rules name a kind of claim when they recognise it. A sentence they cannot place, but that reads like the violations in the labelled corpus (a naive Bayes model over its words and structure, trained on the corpus's dev split), is not let through on the benefit of the doubt: when the checker is unsure, the sentence fails. Most such sentences are a claim in words the rules do not know yet; an honest one passes once it is hedged, cited or plainer.",
  fix: 'Say what may happen and how sure anyone can be ("Some people notice…; results vary"), cite a source [@id], or state the plain fact. If the sentence is honest as it stands, add a complianceExceptions entry with rule "unsure-claim" and the reason, and tell the team: it belongs in the corpus as honest copy.',
  source: "Fail closed (DEVELOPERS.md); FTC Health Products Compliance Guidance (2022): claims need competent and reliable evidence",
  check(context) {
    return checked(context).flatMap((sentence) =>
      classified(context, sentence)
        .filter((f) => f.classId === UNSURE)
        .map((f) =>
          findingAt(
            sentence,
            0,
            `reads like a claim the rules cannot place: "${shorten(sentence.text)}" (closest kind: ${titleOf(f.closest ?? "")}; words: ${f.evidence}). When the checker is unsure the sentence fails. Write instead: a hedged or cited version, or the plain fact; if it is honest as written, add an exception with the reason`,
          ),
        ),
    );
  },
};

export const claimRules: ComplianceRule[] = [...CLAIM_CLASSES.map(claimRule), unsureRule];
