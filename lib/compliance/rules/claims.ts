/**
 * One rule per kind of claim (lib/compliance/claims/classes.ts). A sentence is
 * classified once per check, by meaning, and the rule of its class reports it
 * with the class's source and a compliant rewrite.
 */
import { CLAIM_CLASSES, classifySentence, type ClaimClass, type ClaimFinding } from "../claims/classes";
import { findingAt } from "../phrases";
import type { ComplianceRule, RuleContext } from "../types";
import type { Sentence } from "../text";

// A practitioner's own record (name, job title, credentials) is the reference credential claims are checked against.
const RECORD_FIELDS = new Set(["name", "jobTitle", "credentials", "registration", "title"]);

// Each sentence of a document is classified once per check, whichever of the fourteen rules asks.
const classifiedIn = new WeakMap<RuleContext, Map<Sentence, ClaimFinding[]>>();

function classified(context: RuleContext, sentence: Sentence): ClaimFinding[] {
  let sentences = classifiedIn.get(context);
  if (!sentences) classifiedIn.set(context, (sentences = new Map()));
  let found = sentences.get(sentence);
  if (!found) sentences.set(sentence, (found = classifySentence(prose(sentence.text), context.site)));
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

export const claimRules: ComplianceRule[] = CLAIM_CLASSES.map(claimRule);
