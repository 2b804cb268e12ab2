/**
 * What a claim rule needs to know about one sentence, read with compromise
 * (a rule-based English tagger, no model download, about 0.2 ms a sentence):
 * whether a negation stands before a word, whether the sentence is hedged
 * (modal verbs, frequency adverbs, conditionals, questions), whether it
 * carries a citation, the people it names and the numbers it states.
 *
 * Rules test this structure together with concept lexicons (what a word
 * means: a risk, an improvement, a regulator), so "nobody reacts badly" and
 * "no treatment is free of risk" differ by what the negation applies to, not
 * by a list of phrasings.
 */
import { createRequire } from "node:module";
import type nlpType from "compromise";

// compromise's single-file CommonJS build: it loads in about half the time of the ES module
// sources its "import" export points to (hundreds of files), which content:check pays on every run.
const nlp = createRequire(import.meta.url)("compromise") as typeof nlpType;
import { readable } from "./readable";

export interface Analysis {
  text: string;
  /** Hedged by something stronger than "can" (may, might, usually, if…): "we can fix it" is a promise, not a hedge. */
  strongHedge: boolean;
  /** Lower case, curly quotes straightened, citation markers removed. */
  lower: string;
  hedged: boolean;
  cited: boolean;
  /** The clinic speaking about what it does not do or claim ("we do not claim", "we cannot promise"). */
  denial: boolean;
  /** Names of people, as compromise reads them (titles included: "Dr Okafor"). */
  people: string[];
  question: boolean;
  /** A question that asserts rather than asks ("Why settle for less?"): it hedges nothing. */
  rhetorical: boolean;
  /** No verb: a slogan or fragment ("A true authority in the field."), which speaks about the clinic itself. */
  fragment: boolean;
}

export const CITATION = /\[@[\w-]+\]|\[\^\w+\]/;

// Words that make a statement a possibility rather than a promise.
const HEDGE = new RegExp(
  [
    String.raw`\b(?:may|might|could|can|tends?|tended|usually|often|sometimes|typically|generally|occasionally|possibly|possible|perhaps|likely|unlikely|probably|rarely|uncommon|rare|some|many people|for some|in some|not everyone|vary|varies|depends?|depending|whether(?! you(?:'re| are))|modest|gradual|gradually|suggests?|appears?|seems?|expect|aim|aims|hope|hoping|help|helps|helping|a few (?:people|patients|clients)|certain (?:people|patients|clients)|others (?:don't|do not|won't|may|see|notice))\b`,
    // A condition on the treatment working hedges ("if it helps"); "if you suffer from X, it cures it" does not.
    String.raw`\bif (?:it|prp|the treatment|treatment|this|there is|there's|you respond)\b|\bif (?:\w+ ){0,3}(?:helps|works|responds|suits)\b`,
  ].join("|"),
);
const STRONG_HEDGE = new RegExp(HEDGE.source.replace("may|might|could|can|", "may|might|could|"));

/** Whether a stretch of a sentence is hedged by more than "can" ("may ease rosacea"), as `strongHedge` judges a whole one. */
export const strongHedgeIn = (lower: string) => STRONG_HEDGE.test(lower.replace(/\b(?:can't|cannot|could not|couldn't|can never)\b/g, " "));

// Idioms that contain a negation but assert something: "can't stop raving", "leave no doubt".
const POSITIVE_IDIOMS =
  /\b(?:can't|cannot|couldn't) (?:stop|get enough|believe|wait|recommend \w+ enough)\b|\bno doubt\b|\bno wonder\b|\bnot only\b|\bno-?brainer\b|\bnothing short of\b|\bnever (?:been|felt|looked) (?:so|this|more)\b|\bwhy not\b/g;

const NEGATOR =
  /^(?:no|not|never|none|nobody|nothing|neither|nor|without|cannot|can't|won't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't|hasn't|haven't|shouldn't|wouldn't|couldn't|zero|hardly|barely|free)$/;

/**
 * True when a negation stands within a few words before position `index` of
 * `lower`, in the same clause: "no side effects", "can never scar", "there is
 * simply no way for it to hurt you" — but not "nothing on the market comes
 * close to it for scarring", where the negation belongs to something else.
 */
export function negatedAt(lower: string, index: number, window = 6, contrastNegates = true): boolean {
  // "a device pathway rather than drug approval" denies the approval; "pressure rather than pain" states no risk claim.
  const contrast = contrastNegates ? " not " : " ";
  const before = lower
    .slice(0, index)
    .replace(POSITIVE_IDIOMS, " ")
    .replace(/\b(?:rather than|instead of)\b/g, contrast);
  // A comma ends the clause only when a new subject follows it ("no downtime, and you will…"), not in a list ("does not approve, rank or recommend").
  const clause =
    before
      .split(
        /[;:—–.!?]|,\s*(?:and|but|so|yet)\s|,\s*(?=(?:you|we|it|they|i|he|she|your|our|this|that|there)\b)|\bbut\b|\bwhile\b|\bbecause\b|\balthough\b/,
      )
      .at(-1) ?? "";
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(-window);
  return words.some((w) => NEGATOR.test(w.replace(/[^a-z']/g, "")) || /n't$/.test(w));
}

/** Every place `concept` matches, and whether each is negated where it stands. */
export function occurrences(
  analysis: Analysis,
  concept: RegExp,
  window?: number,
  contrastNegates = true,
): { text: string; negated: boolean }[] {
  const global = new RegExp(concept.source, concept.flags.includes("g") ? concept.flags : `${concept.flags}g`);
  return [...analysis.lower.matchAll(global)].map((m) => ({
    text: m[0],
    // "Gift vouchers aren't available": the negation can follow what it denies.
    negated:
      negatedAt(analysis.lower, m.index, window, contrastNegates) ||
      /^[\w-]*\s+(?:[\w-]+\s+){0,4}(?:are|is)(?: not|n't) (?:available|offered|something|part of|on offer)\b/.test(
        analysis.lower.slice(m.index + m[0].length),
      ),
  }));
}

/** The first place `concept` matches that no negation stands before. */
export const assertedMatch = (analysis: Analysis, concept: RegExp) => occurrences(analysis, concept).find((o) => !o.negated)?.text;

/** The first place `concept` matches with a negation standing before it. */
export const negatedMatch = (analysis: Analysis, concept: RegExp, window?: number, contrastNegates = true) =>
  occurrences(analysis, concept, window, contrastNegates).find((o) => o.negated)?.text;

// The clinic talking about what it will not say, claim or do.
const DENIAL =
  /\b(?:we|i)\s+(?:do not|don't|does not|will not|won't|cannot|can't|never|would never|are not able to|refuse to|avoid)\s+(?:\w+\s+){0,2}(?:claim|promise|say|describe|tell|guarantee|publish|offer|treat|pay|run|use|call|advertise|sell|supply|stock|accept|inject|perform|give|rank|recommend|word|suggest|pretend|imply|quote|provide)\w*\b|\b(?:words|terms|phrases|claims) like\b|\bwhen we say\b|\bplease don't (?:think|treat|see)\b|\bno such thing as\b|\bwe (?:are not aware|make no claim)\b|\bnor do we\b|\b(?:no (?:one|clinic|treatment|procedure|injection|doctor|clinician)|nobody) can\b|\byou (?:won't|will not) (?:find|see|read)\b(?![^.]*\b(?:elsewhere|anywhere else|any other)\b)|\b(?:a description|a claim|claims?|descriptions?|titles?) (?:that |like [\w ]+)?we (?:don't|do not) (?:think|believe|accept|make|use|hand out)\b|\bwe (?:don't|do not) (?:think|believe|hand out)\b|\b(?:it|that) isn't\.$|\b\w+ it (?:isn't|is not)\b|\bnone of (?:our|the|these) (?:[\w-]+ )?(?:treatments|procedures|options|sessions|courses)\b|\bwe(?:'re| are) not going to (?:tell|say|claim|promise|pretend|call)\b|\b(?:those|these|such) (?:phrases|words|claims|terms|descriptions) are (?:\w+ )?(?:marketing|hype|not medical)\b|\bwe (?:won't|will not|don't|do not) (?:ever )?write\b|\bare (?:just |only |simply )?marketing (?:phrases|terms|words|language|claims|speak)\b|\bwe ask (?:them|our partners|partners|\w+ partners) not to\b|:\s*there (?:isn't|is no) (?:one|such (?:thing|offer|discount))\b/;
/**
 * A claim put as a question and answered no: "Is PRP a cure for baldness? No, …", "Heard that it is
 * board-endorsed? It isn't." Not an answer that is itself the claim ("Any risks? No, none at all.").
 */
const ANSWERED_NO =
  /^(?:is|are|has|have|does|do|can|will|was|were|did|heard|think|thought|told)\b[^?]*\?\s*(?:(?:honestly|frankly|truthfully),?\s+)?(?:no|nope|neither|nobody knows|we don't know|not (?:at all|really|yet)|it (?:isn't|is not|doesn't|does not|hasn't|has not|wasn't)|they (?:aren't|are not|don't|do not|haven't))\b(?![,.;:!]?\s*(?:nothing|none|never|no one|nobody|not a|not one|zero|no risk|no side)\b)/;

// Questions that assert: "Why settle?", "Did you know…?", "What could possibly go wrong?"
const RHETORICAL =
  /^\s*(?:why|did you know|who (?:wouldn't|doesn't|needs)|isn't it|wouldn't you|what are you waiting|is there (?:a|any) (?:better|more|faster|safer))|\b(?:could|can) (?:there )?(?:\w+ )?possibly\b/;

const SENTENCE_START_NAME =
  /^[A-Z][a-z]+,? (?:\d{2},? )?(?:came|comes|wrote|writes|says|said|told|tells|swears|swore|loves|loved|booked|books|had|has|was|is|left|sent|noticed|finally|never|always|now|just|started|tried|calls|called|raves|raved|recommends|credits)\b/;

/**
 * A channel label pasted in front of copy ("Instagram caption:", "Google ad:", "FAQ:") says where the
 * words go, not what they claim: it is read past, and the words after it are judged as copy.
 */
const CHANNEL_LABEL =
  /^\s*(?:instagram|facebook|tiktok|twitter|linkedin|pinterest|youtube|google|e-?mail|newsletter|blog|faq|leaflet|brochure|flyer|radio|video|podcast|press release|ad|advert|banner|caption|subject line|sms|text message|website|homepage|landing page|social)(?: (?:caption|post|ad|advert|story|reel|script|spot|line|copy|headline|subject|teaser|intro|blurb|snippet|answer|body|hero|banner|business|update|profile)){0,2}\s*:\s+(?=\S)/i;

/**
 * "Myth: PRP is FDA-approved; fact: it isn't." The myth is stated only to be denied: the copy's
 * claim is what it gives as the fact, so the sentence is judged on that part.
 */
const MYTH_THEN_FACT =
  /^\s*(?:myth|misconception|rumou?r)\s*[:\-–—]\s*[^]*?[;.,!?]?\s*(?:fact|truth|reality|the facts?)\s*[:\-–—]\s*(?=\S)/i;

/** A question put in a statement: "Is PRP better than mesotherapy, you ask, and the honest answer is…". */
const REPORTED_QUESTION =
  /^(?:is|are|does|do|can|will|should|could|would|has|have)\b[^,.;]*,\s*(?:you|people|patients|many|some) (?:might |may |often |sometimes )?(?:ask|wonder)\b/;

/** A greeting that opens a reply: "Hi Tom," addresses the reader. */
const GREETED = /^(?:hi|hello|hey|dear|thanks|thank you),?\s+([a-z]+)\b/;

/** Headline case ("Fuller Hair In Three Visits"): compromise takes capitalised words for names, so it names no one. */
const headlineCase = (text: string) => {
  const words = text.split(/\s+/).filter((w) => /^[a-z]/i.test(w));
  return words.length >= 4 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.7;
};

/**
 * "Can PRP help with dermatitis? Yes, it clears it completely." A question answered yes is a claim in the answer's
 * words: the sentence is judged on the answer, so the question's own hedges ("can", "help") soften nothing.
 */
const ANSWERED_YES = /^\s*(?:q\s*:\s*)?[^?]+\?\s*(?:a\s*:\s*)?(?:yes|yep|absolutely|definitely|of course|certainly)\b[,.!:;—–-]*\s*(?=\S)/i;

/**
 * The people a sentence names, as written: capitalised words ("Jenna", "Dr Mark Ellison"). Parsed
 * (by `parsedNames`, compromise) only when a capital stands inside the sentence, or a name opens
 * it and a verb follows ("Priya came in nervous"); compromise also reads "page" or "fuller" as surnames.
 */
function namesIn(text: string, lower: string, parsedNames: () => string[]): string[] {
  if (!(/.\b[A-Z][a-z]/.test(text) || SENTENCE_START_NAME.test(text)) || headlineCase(text)) return [];
  const greeted = GREETED.exec(lower)?.[1];
  return (
    parsedNames()
      .map((p) =>
        p
          .replace(/[,.;:!?'’]+$/, "")
          .replace(/'s$/, "")
          .trim(),
      )
      .filter((p) => p.length > 1 && p.split(/\s+/).every((w) => /^[A-Z][a-zA-Z.'-]*$/.test(w)) && text.includes(p))
      .filter((p) => !/^(?:PRP|FDA|Botox|Portland|Oregon|Klarna|Google|Yelp|Instagram|TikTok)$/.test(p))
      // "Booking for June opens on 1 May": a month, not a person.
      .filter((p) => !/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(p))
      // "Hi Tom, thanks for your email": the reader, greeted, is not someone the copy names.
      .filter((p) => p.toLowerCase() !== greeted)
  );
}

export function analyse(sentence: string): Analysis {
  // What a reader sees, not how it is encoded: "b\u200Best" and "bеst" (Cyrillic е) read as "best".
  const text = readable(sentence).trim().replace(CHANNEL_LABEL, "").replace(MYTH_THEN_FACT, "").replace(ANSWERED_YES, "");
  const cited = CITATION.test(text);
  const lower = text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(new RegExp(CITATION.source, "g"), "").toLowerCase();
  // compromise parses only when a rule asks for names or a verb (most sentences never need it).
  let parsed: ReturnType<typeof nlp> | undefined;
  const doc = () => (parsed ??= nlp(text.replace(new RegExp(CITATION.source, "g"), "")));
  let people: string[] | undefined;
  const rhetorical = lower.includes("?") && RHETORICAL.test(lower);
  // "Expect fuller hair" as an order promises; "what to expect" and "you can expect redness" do not.
  const unhedgeable = rhetorical
    ? ""
    : lower
        .replace(/\b(?:can't|cannot|could not|couldn't|can never)\b/g, " ")
        .replace(/^\s*expect\b/, " ")
        // "A reviewer asked whether it would help; we replied that it will": the question hedges nothing.
        .replace(/\b(?:asked|asks|wondered|wonders)(?: us)? whether\b[^,;]*/g, " ")
        // "What to expect afterwards:" is a heading, not a hedge.
        .replace(/\bwhat to expect\b/g, " ")
        // "Density you can see in the mirror": seeing, not a possibility.
        .replace(/\b(?:you|you'll|anyone) can (?=see|feel|notice|spot|touch)\b/g, " ");
  return {
    text,
    strongHedge: STRONG_HEDGE.test(unhedgeable),
    lower,
    // A real question hedges ("Could PRP help you?"); a rhetorical one ("Why settle for fillers?") asserts.
    hedged: HEDGE.test(unhedgeable) || ((lower.trim().endsWith("?") || REPORTED_QUESTION.test(lower)) && !rhetorical),
    cited,
    denial: DENIAL.test(lower) || ANSWERED_NO.test(lower),
    get people() {
      people ??= namesIn(text, lower, () => doc().people().out("array") as string[]);
      return people;
    },
    question: lower.trim().endsWith("?") || REPORTED_QUESTION.test(lower),
    rhetorical,
    get fragment() {
      return !doc().has("#Verb");
    },
  };
}

export const mentions = (analysis: Analysis, concept: RegExp) => concept.test(analysis.lower);

/** A lexicon of word stems as one regular expression: each entry matches at a word start, any ending. */
export function concept(...stems: string[]): RegExp {
  return new RegExp(`\\b(?:${stems.join("|")})`, "i");
}
