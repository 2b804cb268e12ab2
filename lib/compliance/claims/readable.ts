/**
 * Text the claim checker can read as written. Characters that change how a
 * word looks to a reader but not to a pattern (a zero-width space inside
 * "b​est", a Cyrillic "е" in "bеst", full-width or mathematical letters,
 * bidirectional overrides) would let any claim past every rule. The checker
 * reads a normalised copy, and the unreadable-text rule fails the original,
 * so nothing hidden this way reaches the site.
 */

/** Invisible format characters: soft hyphen, zero-width space/joiners, bidi marks and overrides, word joiner, BOM. */
export const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const FIRST_INVISIBLE = new RegExp(INVISIBLE.source);

// Letters of other scripts that look like Latin ones, as Unicode's confusables table lists them.
const LOOKALIKES: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  һ: "h",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
  І: "I",
  Ј: "J",
  Ѕ: "S",
  α: "a",
  ο: "o",
  ν: "v",
  ι: "i",
  κ: "k",
  τ: "t",
  ρ: "p",
  υ: "u",
  χ: "x",
  ε: "e",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "g");

/** What the rules read: compatibility forms folded (NFKC), invisible characters dropped, lookalike letters made Latin. */
export function readable(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c);
}

export interface Unreadable {
  /** Where in the text. */
  index: number;
  /** What a person should be told about it. */
  what: string;
}

const MIXED_WORD = /[\p{L}\p{M}]+/gu;
const NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

/** The first thing in `text` that hides words from the checker, or undefined when it reads as written. */
export function unreadableIn(text: string): Unreadable | undefined {
  const invisible = FIRST_INVISIBLE.exec(text);
  if (invisible)
    return {
      index: invisible.index,
      what: `an invisible character (U+${(invisible[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")})`,
    };
  for (const word of text.matchAll(MIXED_WORD)) {
    if (/\p{Script=Latin}/u.test(word[0]) && NON_LATIN.test(word[0]))
      return { index: word.index, what: `letters from another alphabet inside "${word[0]}"` };
  }
  // Most copy has nothing to normalise: one pass over the whole text before the letter-by-letter search.
  if (text.normalize("NFKC") === text) return undefined;
  for (const { 0: c, index } of text.matchAll(/\p{L}/gu)) {
    if (c.normalize("NFKC") !== c) return { index, what: `a styled letter "${c}" (write it as "${c.normalize("NFKC")}")` };
  }
  return undefined;
}
