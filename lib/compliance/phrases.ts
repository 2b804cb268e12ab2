import { isNegated, plain, type Sentence } from "./text";
import type { Finding } from "./types";

export interface Phrase {
  pattern: RegExp;
  /** What is wrong with it, and what to write instead. */
  message: (match: string) => string;
  /** A negated use ("we cannot guarantee results") is honest, not a claim. */
  negatable?: boolean;
  /** The claim's subject comes first ("results are not permanent"), so a negation can sit inside the match. */
  negatedInside?: boolean;
}

export function findingAt(sentence: Sentence, index: number, message: string, severity?: Finding["severity"]): Finding {
  const { line, column } = sentence.passage.position(sentence.start + index);
  return { line, column, message, sentence: plain(sentence.text), ...(severity ? { severity } : {}) };
}

// Each phrase's pattern as a global one, compiled once (matchAll needs the g flag and copies it anyway).
const globalPatterns = new WeakMap<RegExp, RegExp>();
function globalPattern(pattern: RegExp): RegExp {
  let global = globalPatterns.get(pattern);
  if (!global)
    globalPatterns.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`)));
  return global;
}

/** Every match of every phrase in every sentence, negated uses excepted where allowed. */
export function matchPhrases(sentences: Sentence[], phrases: Phrase[]): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of sentences) {
    for (const phrase of phrases) {
      for (const match of sentence.text.matchAll(globalPattern(phrase.pattern))) {
        const negated = isNegated(sentence.text, match.index) || (phrase.negatedInside === true && isNegated(match[0], match[0].length));
        if (phrase.negatable && negated) continue;
        findings.push(findingAt(sentence, match.index, phrase.message(match[0].replace(/\s+/g, " "))));
      }
    }
  }
  return findings;
}
