/**
 * Fail closed on text the claim checker cannot vouch for: hidden or
 * disguised characters (which would carry any claim past every rule), and
 * sentences so long that what a negation or a hedge belongs to is unclear.
 */
import { unreadableIn } from "../claims/readable";
import { findingAt } from "../phrases";
import type { ComplianceRule } from "../types";

/** Past this many words the checker is unsure which words a "not" or a "may" governs. */
export const MAX_SENTENCE_WORDS = 60;

export const unreadableText: ComplianceRule = {
  id: "unreadable-text",
  title: "Text the checker cannot read",
  explanation: `Invisible characters (zero-width spaces, soft hyphens, direction overrides), letters from another alphabet that look Latin, and styled letters (full-width or mathematical bold) make a word look one way to a reader and another to the checks, so a claim could hide in them. A sentence longer than ${MAX_SENTENCE_WORDS} words is also refused: the checks cannot tell which words its negations and hedges govern. When the checker is unsure, the sentence fails.`,
  fix: `Retype the word in plain letters (paste as plain text), or split the sentence into shorter ones.`,
  source: "Fail closed: a rule the checker cannot apply with confidence must not let the sentence through",
  check({ sentences }) {
    return sentences.flatMap((sentence) => {
      const hidden = unreadableIn(sentence.text);
      if (hidden)
        return [
          findingAt(
            sentence,
            hidden.index,
            `${hidden.what}: the checks cannot read this sentence as a reader sees it; retype it in plain letters`,
          ),
        ];
      const words = sentence.text.trim().split(/\s+/).length;
      if (words > MAX_SENTENCE_WORDS)
        return [
          findingAt(
            sentence,
            0,
            `this sentence has ${words} words (at most ${MAX_SENTENCE_WORDS}); the checks cannot tell what its negations and hedges apply to, so split it`,
          ),
        ];
      return [];
    });
  },
};
