/**
 * One rule per kind of claim (lib/compliance/claims/classes.ts). A sentence is
 * classified once per check, by meaning, and the rule of its class reports it
 * with the class's source and a compliant rewrite.
 */
import { CLAIM_CLASSES, classifySentence, type ClaimClass, type ClaimFinding, type ClaimSite } from "../claims/classes";
import { findingAt } from "../phrases";
import type { ComplianceRule, RuleContext } from "../types";
import type { Sentence } from "../text";

// A practitioner's own record (name, job title, credentials) is the reference credential claims are checked against.
const RECORD_FIELDS = new Set(["name", "jobTitle", "credentials", "registration", "title"]);

// The same sentence is classified once however many rules ask, across documents too (a build
// checks many documents that share sentences, the draft preview checks one file again and again).
const cache = new Map<string, ClaimFinding[]>();
const CACHE_LIMIT = 20_000;

function classified(sentence: Sentence, site: ClaimSite): ClaimFinding[] {
  const key = `${site.jurisdictions.join(",")}|${site.practitioners.map((p) => p.names[0] ?? "").join(",")}|${sentence.text}`;
  let found = cache.get(key);
  if (!found) {
    found = classifySentence(prose(sentence.text), site);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, found);
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
        classified(sentence, context.site)
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
