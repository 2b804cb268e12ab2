/**
 * The kinds of claim regulators act on, each a test over a sentence's
 * structure (lib/compliance/claims/analyse.ts) and the concepts its words
 * carry. Every class names its source and what to write instead.
 *
 * Measured by `npm run compliance:eval` on tests/compliance/corpus/: the
 * lexicons were grown on the dev split only; the test split is held out.
 */
import { analyse, assertedMatch, concept, mentions, negatedMatch, occurrences, strongHedgeIn, type Analysis } from "./analyse";
import conditions from "./conditions.generated.json";

export type Jurisdiction = "US" | "UK";

export interface SitePractitioner {
  /** Every way a sentence may name them: "Amara Okafor", "Okafor", "Dr Okafor". */
  names: string[];
  /** jobTitle, credentials and registration, as their file gives them. */
  credentials: string;
}

export interface ClaimSite {
  jurisdictions: readonly Jurisdiction[];
  practitioners: readonly SitePractitioner[];
}

export interface ClaimClass {
  id: string;
  title: string;
  jurisdiction: Jurisdiction;
  /** Where the rule comes from, as the finding cites it. */
  source: string;
  /** What the class stops, for the marketing team. */
  explanation: string;
  /** A compliant way to say it. */
  rewrite: string;
  /** What in the sentence makes it this claim, or undefined when it is not one. */
  test(analysis: Analysis, site: ClaimSite): string | undefined;
}

const first = (analysis: Analysis, re: RegExp) => re.exec(analysis.lower)?.[0];

// ---------------------------------------------------------------- concepts

/** The body or the look changing for the better, or a problem going away. */
const IMPROVEMENT = concept(
  "denser",
  "glossier",
  "bouncy",
  "bouncier",
  "is history",
  "becomes? optional",
  "ironed out",
  "freshly rested",
  "restore them",
  "(?:gives?|give) you back",
  "skin of your (?:twenties|thirties|youth)",
  "(?:shedding|hair loss|thinning) stops",
  "stops? (?:shedding|thinning|hair loss)",
  "permanent (?:results?|fix|solution|cure|change)",
  "results? (?:are|is) permanent",
  "all anyone (?:ever )?needs",
  "look(?:s|ing)? (?:years|a decade) younger",
  "turn back the clock",
  "reverse (?:the )?(?:signs of )?ag",
  "wake up (?:to|with)",
  "no one will guess",
  "brand[- ]new",
  "flawless",
  "perfect skin",
  "sculpt",
  "contour",
  "banish",
  "erase",
  "wipe[sd]? away",
  "melt(?:s)? away",
  "guarantee",
  // A result, not a person seen or a form filled in: "you will see a physician at every consultation".
  "you(?:'ll| will) (?:see(?! (?:a|an|the|one of|our|your) (?:[\\w-]+ )?(?:physician|doctor|dermatologist|nurse|practitioner|clinician|team|consultant)s?\\b)|notice|love|get|have|look|walk out|leave)",
  "smoother",
  "smooths?\\b(?! and bald)",
  "smoothing",
  "smoothed",
  "smooth (?:skin|complexion|texture|away|out)",
  "thicker",
  "thickens?",
  "thickening",
  "fuller",
  "firmer",
  "firms? up",
  "tighter",
  "tightens?\\b",
  "tightening",
  "plump",
  "glow",
  "radian",
  "youthful",
  "younger",
  "brigh",
  "clear(?:er|s|ed)? (?:skin|complexion)",
  "clearer",
  "flawless",
  "even(?:er)? (?:tone|skin)",
  "narrow",
  "shrink",
  "fill(?:s|ed)? (?:back|in(?! (?:a|an|the|your|our|this|that) (?:[\\w-]+ )?(?:form|questionnaire|consent|details|survey|sheet)))",
  "grows? (?:back|thicker|faster|stronger|again)",
  "new growth",
  "regrow",
  "re-grow",
  "restores?\\b",
  "restored",
  "rebuil",
  "revers",
  "erase",
  "vanish",
  "disappear",
  "fade(?:s|d)? away",
  "(?:will be|are|is) gone for good",
  "(?:wrinkles|lines|scars|spots|patches|circles|bags|shadows|skin|crepiness|it|they)(?: [\\w-]+){0,4} (?:will be|are|is) gone",
  "thing of the past",
  "say goodbye",
  "goodbye to",
  "bye to",
  "(?:get|gets|getting|give[sn]?) .{0,30}\\bback\\b",
  "takes? (?:years|a decade|\\w+ years) off",
  "decade off",
  "years off",
  "look(?:s|ing)? (?:younger|better|great|amazing|fantastic|refreshed|rested)",
  "(?:younger|better) than",
  "transform",
  "stronger",
  "denser",
  "healthier",
  "new hair\\b(?! (?:patients?|clients?|consultations?|appointments?|bookings?))",
  "new strands",
  "hairline back",
  "confiden",
  "rejuvenat",
  // A lift that carries people is no face-lift: "reached by a lift from the entrance", "the lift is to the left".
  "(?<!(?:by|take|taking|use|using|via|in) (?:a|the) )lift(?:s|ed)? (?!(?:is|are) (?:on|to|at|by|next|beside|opposite|in|just|straight)\\b|to (?:the|your) (?:[\\w-]+ )?floor|to (?:suite|level|floor)\\b|or (?:the )?stairs|from (?:the )?(?:[\\w-]+ ){0,2}(?:entrance|lobby|street|car park|garage))",
  "renew",
  "refresh",
  "perfect",
  "noticeably",
  "visibly",
  "dramatic",
  "results? (?:you|that) (?:will|can) see",
  "stops? showing",
  "sit(?:s)? better",
  "comment on",
  "turn heads",
  "fill(?:s|ed|ing)? (?:[\\w-]+ )?(?:back|in|out)\\b(?! (?:a|an|the|your|our|this|that) (?:[\\w-]+ )?(?:form|questionnaire|consent|details|survey|sheet))",
  "softer",
  "baby-soft",
  "silky",
  "velvety",
  "bring(?:s|ing)? (?:[\\w-]+ ){0,3}back\\b",
  "(?:covered|full|thick|dense|filled|smooth|clear|even) again",
  "keep (?:every|all)(?: of)? (?:your |the )?hairs?\\b",
  "level(?:l?ed|s)? (?:out|off)",
  "even(?:ed|s)? out",
  "(?:is|are|will be|gets?) (?:[\\w-]+ed|[\\w-]+en|gone) (?:out |away |up )?(?:completely|permanently|for good|entirely|totally)",
  "for good\\b",
  "turns? (?:[\\w,-]+ ){0,4}into\\b",
  "(?:you're|you are|you're) going to (?:get|see|have|love|look|notice)",
  "(?:stop|stops) (?:reaching for|collecting|needing)",
);
/** Outcome promises phrased with a negation of the problem: "no more bald spots", "you won't need to hide it". */
const PROBLEM_GONE = concept(
  "no more (?:bald|thin|hiding|wrinkl|lines|scars|dark|bags|patch)",
  "(?:dark circles|circles|bags|acne (?:marks|scars)|scars|marks|fine lines|lines|wrinkles|bald (?:spots|patches)|thinning|hair loss|pigmentation|crow's feet|creases|hollows|patches)(?: [\\w-]+){0,3} (?:will|'ll|are going to|is going to) (?:be gone|disappear|vanish|fade|clear|melt|go away)",
  "\\? ?not (?:after|with|once you've had) (?:this|that|us|one|a)\\b",
  "no longer (?:need|have to|show|see|notice|worry|hide)",
  "never (?:need|have) to hide",
  "won't (?:need|have) to hide",
  "never again",
  "won't need to (?:hide|cover|wear)",
  "(?:won't|will not) be there",
  "not there any ?more",
  "say goodbye",
  "goodbye to",
  "thing of the past",
  "stops? showing",
  "won't recogni[sz]e",
  "(?:won't|will not|never) recede",
  "stop worrying about your",
  "(?:stops?|stopped|will stop) (?:to fall|falling)",
);

/** Something that can go wrong with a procedure. */
const RISK = concept(
  "hazard",
  "threat",
  "adverse event",
  "contaminat",
  "irritat",
  "hyperpigment",
  "pigment change",
  "discomfort",
  "downtime",
  "tenderness",
  "aftercare issues?",
  "trouble",
  "risk",
  "side[- ]?effect",
  "complication",
  "react",
  "reaction",
  "allerg",
  "harm",
  "hurt",
  "danger",
  "unsafe",
  "bruis",
  "swell",
  "swollen",
  "peel",
  "scar(?!ring alopecias?)",
  "infect",
  "pain",
  "sore",
  "go wrong",
  "goes wrong",
  "went wrong",
  "downside",
  "adverse",
  "problem",
  "concern",
  "worr",
  "lump",
  "mark\\b",
  "trace\\b",
  "damage",
  "injur",
  "harmful",
  "toxic",
  "bad reaction",
  "pigment(?:s|ed|ation)?\\b",
  "reject",
  "flare",
);
/** A risk denied after it is named: "complications just aren't a thing here", "infection is never something you think about". */
const RISK_DISMISSED =
  /\b(?:complications?|side[- ]?effects?|risks?|infections?|scarring|scars?|bruising|swelling|reactions?|problems?|downtime|pain)\b (?:[\w-]+ ){0,2}(?:just |simply )?(?:aren't|isn't|are not|is not|are never|is never|never) (?:really )?(?:a thing|an issue|a problem|a concern|something|an? (?:worry|factor|risk))\b/;
/** Statements of absolute safety that carry no negation of their own. */
const ABSOLUTE_SAFETY = concept(
  "ruled out",
  "side[- ]effects?[- ]free",
  "(?:body|immune system|skin) (?:will |would |can |could )?(?:never|won't|will not|can't|cannot|doesn't|does not) (?:ever )?(?:fight|reject|react|attack)",
  "(?:side[- ]?effects?|risks?|complications?|downtime)\\s*[:=–—-]\\s*(?:none|nil|zero|0)\\b",
  "the only (?:side[- ]?effects?|risks?|downside|complication) (?:is|are|you'll \\w+)",
  "none of (?:these|them|this|those|that) (?:can|will|could|ever) (?:\\w+ )?(?:happen|occur)",
  "simply do(?:es)? not happen",
  "never (?:experience|happen|occur|suffer)",
  "non-?existent",
  "one hundred percent safe",
  "100 ?% safe",
  "(?<!(?:saying no|say no|to decline|declining|to cancel|cancelling|canceling|changing your mind|to wait|waiting|to ask|asking)(?: [\\w-]+){0,6} (?:is|are|it's) )(?:completely|perfectly|totally|entirely) (?:safe|fine|free of|harmless)",
  "perfectly fine to",
  "incapable of causing",
  "poses? no (?:threat|risk|danger)",
  "is nil",
  "(?:chance|risk) (?:of \\w+ )?is (?:nil|zero)",
  "not one adverse",
  "free of (?:hazards|risks?|side)",
  "trouble-free",
  "risk-free",
  "without (?:a single )?(?:side effect|complication)",
  "whatsoever",
  "no (?:swelling|tenderness|bruising|redness|downtime|aftercare)",
  "harmless",
  "(?:perfectly|completely|totally|entirely|absolutely|100% |utterly )safe",
  "safe for (?:everyone|anyone|all|every)",
  "risk[- ]free",
  "eliminates? (?:every|all|any)",
  "removes? (?:every|all|any) (?:risk|chance)",
  "gentle enough",
  "heals? (?:cleanly|perfectly|without)",
  "close(?:s|d)? up cleanly",
  "impossible",
  "nothing to react",
  "can't go wrong",
  "cannot go wrong",
  "without (?:any |the slightest )?(?:concern|worry|risk|danger|problem)",
  "no (?:need to )?worry",
  "nothing to (?:worry|fear)",
  "zero (?:chance|risk|downtime)",
  "safe for (?:all|every|any)",
  "suits? (?:every|all) skin",
  "so safe",
  "safe enough (?:to|that|for)",
  "unharmed",
  "unscathed",
  "benign",
  "innocuous",
  "(?:carr(?:y|ies)|has|have|poses?|holds?) (?:none|zero|nil)\\b",
  "(?:every|all|any) (?:last )?(?:bit|trace|ounce|shred|hint) of (?:risk|danger)",
  "welcomes? rather than (?:fights|rejects)",
);
/** A negation aimed at the treatment or our claims rather than at the risk ("no treatment is free of risk"). */
const HONEST_RISK_NEGATION =
  /\b(?:no|not any|none of (?:the|our)) (?:treatment|procedure|injection|needle|medical)\w*\b|\bnot (?:risk[- ]free|free (?:of|from) (?:any )?(?:risks?|side[- ]?effects?|complications?)|without (?:risks?|side[- ]?effects?)|entirely safe|completely safe|harmless)\b|\bis not zero\b|\bbut not zero\b|\b(?:not|neither \w+|nor|never|isn't|aren't) (?:\w+ )?suitable\b|\bunsuitable\b|\bnot (?:for|advised for|offered to) (?:anyone|people|those|you)\b|\b(?:have|has|with) no (?:known )?(?:allerg|history)|\b(?:have|has) not had\b|\b(?:haven't|hasn't) had\b|\bnot allergic\b|\bunless\b|\b(?:doesn't|does not|don't|do not) mean\b|\b(?:doesn't|does not|won't|will not|can't|cannot) (?:make (?:it|prp|this|the \w+) |remove |eliminate |take away |rule out )(?:the |all |every )?(?:risks?|risk[- ]free|side[- ]?effects?)/;

/** Claims of being better than, or the best. */
const SUPERIORITY = concept(
  "a cut above",
  "(?:far |vastly |clearly )?inferior",
  "old-fashioned (?:technique|method|treatment|approach)",
  "(?:charge|charges) more and deliver less",
  "in a league of its own",
  "more effective (?:answer|option|treatment)",
  "sets? the (?:benchmark|standard)",
  "(?:is )?outdated",
  "left (?:it|them) (?:far )?behind",
  "number[- ]one",
  "smartest",
  "ultimate",
  "most precise",
  "rivals rely",
  "in the dust",
  "clear winner",
  "competitors",
  "nowhere near as",
  "head and shoulders",
  "streets ahead",
  "out of this world",
  "the one and only",
  "unlike (?:fillers|lasers|peels|creams|pills|shampoos|other)",
  "forget (?:chemical|fillers|lasers|creams|pills|about)",
  "(?:better|more) than (?:any|every|all|the rest)",
  "(?<!at )best\\b(?!-known| (?:thought|described|seen|understood|suited|avoided|left|done|discussed|kept|used|viewed|regarded|treated|placed)\\b)",
  "finest",
  "premier",
  "gold standard",
  "most (?:advanced|effective|experienced|trusted|popular|innovative|sophisticated|natural|powerful)",
  "leading",
  "number one",
  "no\\. ?1\\b",
  "#1",
  "top(?:-rated)? (?:clinic|choice|treatment|provider|destination)",
  "world[- ]class",
  "unrivall?ed",
  "unmatched",
  "unbeatable",
  "unparallel",
  "second to none",
  "beats? (?:every|all|any|other)",
  "outperform",
  "outclass",
  "surpass",
  "trumps?\\b",
  "superior",
  "better than",
  "more effective than",
  "works? better",
  "does (?:it|the job) better",
  "(?:purer|stronger|faster|safer|cheaper|superior|more potent|more powerful)(?: [\\w-]+){0,3} than",
  "nothing (?:on the market |else )?(?:comes close|compares|beats)",
  "why settle for (?:less|second[- ]best|anything less|ordinary|other|fillers|creams)",
  "cut corners",
  "yesterday's news",
  "upgrade\\b",
  "go-to (?:address|clinic|place|destination|spot|practice)",
  "hands down",
  "undisputed",
  "champion",
  "heavyweight",
  "(?:king|queen) of",
  "unlike (?:other|most|any other) (?:clinic|practice|provider)s?",
  "far more effective",
  "fraction of the cost",
  "favou?rite",
  "newest",
  "latest and",
  "state[- ]of[- ]the[- ]art",
  "cutting[- ]edge",
  "next[- ]generation",
  "only clinic",
  "(?:far|much|way|vastly|significantly|dramatically) better",
  "better results",
  "leaves? (?:[\\w-]+ ){0,3}far behind",
  "leaves? (?:the |other |ordinary |most )?(?:[\\w-]+ ){0,2}(?:treatments|clinics|competitors|rivals|spas|options|alternatives) (?:far )?behind",
  "^forget\\b",
  "this is where (?:serious|real|proper)",
  "(?:more|less) [\\w-]+ than (?:any|every|all|other|the rest|traditional|ordinary|regular|standard|conventional)",
  "the only (?:treatment|clinic|place|procedure|solution|option|thing) (?:that|which|to|in|you|for)",
  "like no other",
);

/** Superiority phrased with a negation: "no other clinic", "nothing comes close". */
const NONE_BETTER = concept(
  "(?:nobody|no one|no other [\\w-]+)(?: [\\w-]+){0,6} (?:does|do|did) (?:[\\w-]+ ){0,4}better\\b",
  "no other (?:clinic|practice|provider|treatment|centre|center|option|product)",
  "nothing (?:on the market |else )?(?:comes close|compares|beats|matches)",
  "nothing (?:else )?(?:[\\w-]+ ){0,5}(?:comes close|compares|beats|matches)",
  "none of (?:them|those|the others) (?:comes? close|compares?|beats?|matches)",
  "(?:won't|will not|can't|cannot|never) (?:find|get) (?:it |this |that |anything like it )?(?:anywhere )?else(?:where)?",
  "(?:you )?(?:won't|will not|can't|cannot) find (?:\\w+ )?(?:anywhere|elsewhere)",
  "hold a candle",
  "can't compete",
  "cannot compete",
  "can't match",
  "no one (?:else )?(?:does it|comes close|matches)",
  "none (?:better|finer)",
  "(?:nobody|no one|no-one) (?:else )?does (?:it|[\\w-]+(?: [\\w-]+)?) (?:better|like us|the way we do)",
  "no rival",
  "no equal",
  "(?:there is|there's|there are) no (?:better|finer|more effective|faster|safer)",
  "nothing (?:better|finer)",
  "no (?:[\\w-]+[ ,]+){0,6}(?:matches|compares|comes close|rivals|competes|can match|beats|outperforms)\\b",
);
/** "Worries are best taken to a family doctor", "far from the only clinic", "we'll do our best": advice and modesty, not a ranking. */
const BEST_AS_ADVICE =
  /\b(?:do|does|try|tries|doing|trying|did) (?:our|my|his|her|their|your) (?:very )?best\b|\b(?:is|are) best (?:taken|discussed|left|seen|asked|answered|checked|avoided|done|booked|planned|kept|treated|raised)\b|\b(?:far from|not|hardly|by no means|nowhere near) the (?:only|best|first|biggest|cheapest)\b/;
/** Comparisons with other clinics: "twice as concentrated as what most clinics use". */
const RIVALS =
  /\b(?:most|other|rival|many|typical|ordinary|average|standard|high-street|big|chain) (?:clinics|practices|providers|spas|salons|medspas|med spas)\b|\bthe (?:chains|competition)\b|\bdown the road\b/;

/** Appeals to science, research or the medical profession. */
const EVIDENCE = concept(
  "according to experts",
  "investigators",
  "evidence-based",
  "research-driven",
  "findings are clear",
  "the research is in",
  "double-blind",
  "experts agree",
  "grounded in (?:rigorous )?(?:science|scientific|research)",
  "scientific study",
  "rigorous",
  "documented",
  "peer-reviewed",
  "clinical (?:studies|trials|research|evidence|results)",
  "medical (?:consensus|evidence|community)",
  "science",
  "scientific",
  "research",
  "studies",
  "study\\b",
  "trial",
  "evidence",
  "(?:clinical|research|trial|scientific|hard|the) data (?:show|prove|confirm|leave|back|support|speak)",
  "clinical data",
  "published (?:data|research|studies|evidence|trials|literature|findings|papers)",
  "data (?:show|prove|confirm|demonstrat|back|support|speak)",
  "(?:doctors|dermatologists|physicians|scientists|researchers|specialists|experts) have (?:long )?known",
  "literature",
  "papers?\\b",
  "peer[- ]review",
  "clinically",
  "proven",
  "prove[sn]?\\b",
  "validated",
  "laboratory",
  "lab tests",
  "experts?\\b",
  "scientists",
  "researchers",
  "(?:leading|top|major|prestigious) universit",
  "universit(?:y|ies) (?:research|studies|scientists|trials)",
  "(?:doctors|dermatologists|physicians|surgeons|specialists|clinicians|medical professionals) (?:\\w+ ){0,3}(?:recommend|trust|agree|use|prefer|reach|choose|swear|regard|rely|endorse)",
  "(?:doctors|dermatologists|specialists|physicians) (?:across|around|everywhere|nationwide|worldwide)",
  "specialists recommend",
  "backed by (?:medicine|science|research)",
  "medically (?:recognised|recognized|proven|established)",
  "established (?:way|treatment|therapy)",
  "evidence base",
  "the verdict",
  "settled it",
  "verdict",
  "study after study",
  "lab\\b",
  "lab work",
  "backed by (?:hard |real |solid |the )?(?:data|numbers|facts|figures)",
  "(?:any|every|ask (?:any|a)) (?:[\\w-]+ )?(?:doctor|dermatologist|physician|expert|specialist|scientist)",
  "experts? (?:in|on) ",
  "(?:doctors|dermatologists|physicians|surgeons|specialists|clinicians|experts|scientists) (?:\\w+ ){0,2}(?:accept|embrace|call|consider|tell|say|back|support|agree|swear|vouch)",
);
/** What an appeal to evidence claims the evidence does. */
const EVIDENCE_VERB = concept(
  "passed",
  "flying colours",
  "flying colors",
  "clear",
  "is in\\b",
  "works",
  "grounded",
  "based",
  "driven",
  "documented",
  "reliably",
  "strengthen",
  "reduc",
  "brighten",
  "show",
  "prove",
  "proving",
  "proven",
  "confirm",
  "support",
  "back",
  "validat",
  "settle",
  "doubt",
  "solid",
  "overwhelming",
  "regard",
  "recommend",
  "trust",
  "establish",
  "behind",
  "found",
  "finds",
  "demonstrat",
  "(?:experts|doctors|dermatologists|scientists|researchers|specialists|physicians) agree",
  "reach",
  "endorse",
  "favou?r",
  "choose",
  "chose",
  "clinically",
  "scientifically",
  "stand",
  "verif",
  "conclusive",
  "certain",
  "definitive",
  "backed",
  "rely",
  "swear",
  "use it",
  "turn to",
  "prescribe",
  "consensus",
  "accepted",
  "recogni[sz]",
  "accept",
  "embrac",
  "adopt",
  "call",
  "unanimous",
  "pass(?:es|ing)?\\b",
  "not hype",
  "point(?:s|ing)? (?:the same way|to)",
  "turn(?:s|ing|ed)? to",
  "explains? why",
  "known",
  "according to",
  "says?\\b",
  "tell",
  "full stop",
  "vouch",
);
/** Wording that limits an evidence claim to what is known. */
const EVIDENCE_LIMIT = concept(
  "(?:limited|small|mixed|weak|early|few|modest|low-quality|poor-quality) (?:\\w+ )?(?:evidence|studies|trials?|data|research|number)",
  "(?:evidence|studies|trials|data|research|results?)(?: [\\w-]+){0,5} (?:is|are|was|were|remains?|has been|have been) (?:\\w+ )?(?:limited|small|mixed|weak|early|few|uncertain|unclear|modest)",
  "uncertain",
  "unclear",
  "not (?:yet )?(?:aware|known|proven|clear)",
  "still being",
  "more research",
  "larger",
  "no (?:good|reliable|strong|head-to-head)",
  "lack",
  "(?:says?|shows?|tells? us) (?:very )?little",
  "not much",
  "(?:don't|doesn't|do not|does not|can't|cannot) (?:yet )?(?:show|support|prove|tell)",
  "does and (?:doesn't|does not)",
  "(?:haven't|have not|hasn't|has not) (?:yet )?(?:found|shown|been shown)",
  "inconsistent",
  "(?:doesn't|does not|can't|cannot|won't) settle",
  "(?:is|are) still early",
  "(?:less|little|limited|thin(?:ner)?|weak(?:er)?) evidence",
  "where (?:published )?(?:research|evidence|studies) exists?",
  "(?:evidence|research|studies)(?: [\\w-]+){0,5} (?:is|are) (?:\\w+ )?(?:limited|thin|weak|thinner|sparse)",
);

/** What patients do, counted: "most clients book a second package", "nearly every client ends up choosing PRP". */
const PATIENT_CHOICE =
  /\b(?:book|books|booked|rebook\w*|choose|chooses|chose|choosing|opt|opts|end up|ends up|go on to|goes on to|recommend\w*|sign up|signs up)\b/;

/** Quantities that read as results or as how many patients. */
const STRONG_STAT_PARTS = [
  // "10% off the consultation fee" is a price, not a result.
  String.raw`\b\d+(?:[.,]\d+)?\s?(?:%|per ?cent|percent)(?!\s*(?:off|discount))`,
  String.raw`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nineteen)\s+(?:out\s+of|in|of)\s+(?:every\s+)?(?:\d+|ten|five|four|three|twenty|fifty|a hundred|hundred)\b`,
  String.raw`\b(?:half|a third|two-thirds|three-quarters|four-fifths|a quarter|two thirds|three quarters)\s+(?:of\s+)?(?:our|the|those|these|people|patients|clients|women|men|who|we)\b`,
  String.raw`\b(?:double(?!-blind)|doubles|doubled|triple|triples|tripled|quadruple[sd]?|halve|halves|halved|\d+x|tenfold|twofold|threefold)\b|\b(?:twice|three times|four times|five times|ten times)\s+(?:the|as|more|thicker|fuller|faster|better|stronger)\b(?!\s+(?:[\w-]+\s+)?(?:fee|price|cost|rate|amount|charge))|\b(?:by|in) half\b|\bhalf (?:the|as)\b`,
  String.raw`\b(?:average|averages|on average)\b`,
  String.raw`\b\d[\d,]*\+\s*(?:[\w-]+\s+){0,3}(?:patients|clients|people|treatments|procedures|sessions|transformations|faces|heads|customers|reviews|visits)\b`,
  String.raw`\b(?:the|a) (?:vast |large |great |overwhelming |clear )?majority of\b`,
  String.raw`\b(?:thousands|hundreds|dozens|millions|tens of thousands)\s+of\s+(?:\w+\s+){0,2}(?:patients|clients|people|treatments|procedures|sessions|customers|women|men|faces|heads|satisfied|happy|\w+ers|\w+ians)\b|\b(?:thousands|hundreds) (?:have|of (?:satisfied|happy))`,
  String.raw`(?<![$£€\d,])\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\s+(?:\w+\s+)?(?:patients|clients|treatments|procedures|sessions|people|customers|satisfied|happy)`,
  String.raw`\b\d+\s+out\s+of\s+\d+\b|\bsatisfaction\b|\bsuccess rate\b`,
  String.raw`\b(?:all|every one|each) of (?:our|the) (?:patients|clients)`,
  String.raw`\bonly a handful\b`,
  String.raw`\b(?:over|more than|upwards of)\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:patients|clients|people|customers|women|men|mothers|mums|moms|brides|grooms|athletes|students|retirees|members|visitors|faces|heads)\b`,
  String.raw`\b\d[\d,]*(?:st|nd|rd|th) (?:[\w-]+ ){0,2}(?:treatments?|patients?|clients?|sessions?|procedures?|customers?|facials?)\b`,
  // Numbers in words: "five hundred treatments", "ninety percent", "a quarter of a million hairs".
  String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:percent|per cent)\b`,
  String.raw`\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several) (?:hundred|thousand|million)\s+(?:[\w-]+\s+){0,2}(?:patients|clients|people|treatments|procedures|sessions|customers|women|men|hairs|faces|\w+ians|\w+ers)\b`,
  String.raw`\b(?:a|one) (?:quarter|third|half) of a (?:million|thousand)\b|\bby (?:roughly |about |around |nearly )?(?:a third|a quarter|half|two-thirds)\b|\bevery single (?:patient|client|person|one of)\b`,
  String.raw`\bby a measured\b|\b\d+(?:\.\d+)?\s?(?:mm|cm)\b(?= (?:after|in|within))|\brates? (?:\w+ ){0,3}(?:exceed|above|over|of)\b`,
];
/** A strong statistic: a percentage, ratio, fraction, multiple, average or count. */
const STRONG_STAT = new RegExp(STRONG_STAT_PARTS.join("|"));
/** A soft one: most, nearly all, the vast majority of our patients. */
const SOFT_STAT =
  /\b(?:most|(?:almost|nearly|practically|virtually) (?:all|every)|the (?:vast |overwhelming |great )?majority|majority)\s+(?:of\s+)?(?:our|the|those|these|people|patients?|clients?|wom[ae]n|m[ae]n|person|one|who|we)\b/;

/** A regulator, or the state as an authority. */
const REGULATOR = concept(
  "fda\\b",
  "food and drug administration",
  "federal",
  "government",
  "regulator",
  "medical board",
  "health canada",
  "mhra",
  "health authority",
  "state board",
  "ce[- ]mark",
  "nhs\\b",
  "department of health",
  "official(?:ly)?\\b",
  "authorities",
  "the state\\b",
  "state of (?:oregon|\\w+)",
  "state-(?:licensed|approved|sanctioned|certified|registered|backed)",
);
/** What a regulator does when it endorses something. */
const APPROVAL = concept(
  "approv",
  "clear(?:ed|ance|s)\\b",
  "authori[sz]",
  "sanction",
  "endors",
  "recommend",
  "signed off",
  "sign(?:s|ed)? off",
  "green light",
  "recogni[sz]",
  "licen[cs]ed? (?:for|as)\\b",
  "go-?ahead",
  "green-?lit",
  "says? yes",
  "seal of approval",
  "thumbs[- ]up",
  "nod\\b",
  "okay(?:ed)?\\b",
  "stamp of",
  "(?:licen[cs]ed|approved|authori[sz]ed|registered|certified|recogni[sz]ed) (?:[\\w-]+ ){0,5}as an? (?:[\\w-]+ ){0,2}(?:treatment|therapy|procedure|cure|medicine)",
  "holds? (?:a |an )?(?:official |state )?licen[cs]e",
  "licensed (?:treatment|therapy|procedure)",
  "listed",
  "passed",
  "certif",
  "blessing",
  "backed",
  "vetted",
);
/** An approval for a result or as a treatment, which no device clearance covers. */
const REGULATED_PURPOSE =
  /\b(?:cleared|approved|authori[sz]ed|licen[cs]ed|sanctioned) (?:[\w-]+ ){0,6}?(?:as an? (?:[\w-]+ ){0,2}(?:treatment|therapy|cure)|for (?:(?:treating|restoring|growing|regrowing|reversing|use (?:on|in)|the treatment of|prp|platelet-rich plasma) )?(?:hair|thinning|regrowth|growth|baldness|alopecia|wrinkles|rejuvenation|skin|dark circles|scars))\b/;
/** A device stated accurately: cleared as a device (510(k)), never approved for a result. */
const DEVICE_CLEARANCE =
  /\b510\s?\(k\)|\bas a device\b|\bdevice pathway\b|\bcleared device\b|\bthe device, not\b|\b(?:devices?|centrifuges?|equipment|machines?|systems?|kits?|tubes?|pens?)\b[^.;]*\bclear(?:ed|s|ance)\b|\bclear(?:ed|s|ance)\b[^.;]*\b(?:devices?|centrifuges?|equipment|machines?|systems?|kits?|tubes?|pens?)\b/;

/** People whose word sells: fame, followings, paid voices, review sites. */
const ENDORSER = concept(
  "singer",
  "musician",
  "rapper",
  "grammy",
  "oscar",
  "emmy",
  "nba",
  "nfl",
  "mls",
  "mlb",
  "nhl",
  "midfielder",
  "quarterback",
  "point guard",
  "striker",
  "editor",
  "vogue",
  "elle\\b",
  "magazine",
  "(?:her|his|their|\\d[\\d,.]*k?|million|thousands of) subscribers",
  "fans\\b",
  "thank-you cards",
  "thank you cards",
  "credits? (?:our|the|us)",
  "don't (?:just )?take our word",
  "hear from",
  "lives have (?:been )?changed",
  "told (?:her|his|their) (?:\\d[\\d,]* )?(?:followers|fans|subscribers|viewers|audience)",
  "celebrit",
  "celeb\\b",
  "star\\b",
  "stars\\b",
  "famous",
  "well-known",
  "influencer",
  "blogger",
  "vlogger",
  "youtuber",
  "(?:as seen|seen|featured|famous|viral|trending|blowing up|going viral) (?:\\w+ ){0,4}(?:on|across) (?:\\w+ ){0,3}(?:tiktok|instagram|youtube)",
  "tiktok (?:famous|sensation|star|trend)",
  "instagram (?:famous|sensation|star|trend)",
  "(?:her|his|their|\\d[\\d,.]*k?|millions? of|thousands of|million|thousands of) followers",
  "(?:tiktok|instagram|youtube|social[- ]media) (?:creators?|personalit(?:y|ies)|famous)",
  "(?:huge|big|large|loyal|massive|social[- ]media|online) followings?",
  "models?\\b",
  "actors?",
  "actress",
  "athlete",
  "players?\\b",
  "golfers",
  "footballers",
  "pro (?:athletes|golfers|football)",
  "olympi",
  "host\\b",
  "presenter",
  "royal",
  "a-list",
  "hollywood",
  "red[- ]carpet",
  "reality[- ]tv",
  "tv (?:star|personality)",
  "household name",
  "rave",
  "(?:clients|patients|customers|members|regulars|everyone) (?:\\w+ ){0,2}(?:love|adore)",
  "raving",
  "can't stop talking",
  "love (?:it|their|the results)",
  "delighted",
  "thrilled",
  "testimonial",
  "(?:our|their|glowing|great|rave|online|google|patient|client|customer|five-star|5-star) reviews",
  "reviews? (?:on|from)",
  "left (?:a|us) review",
  "reviewers",
  "yelp",
  // Google as a review site ("4.9 on Google"); a Google post is a channel.
  "(?:stars?|rated|rating|\\d(?:\\.\\d)?) on google",
  "trustpilot",
  "five[- ]star",
  "5[- ]star",
  "top[- ]rated",
  "top marks",
  "rated \\d",
  "voted",
  "award",
  "swear by",
  "our (?:happy|satisfied) (?:patients|clients)",
  "what our (?:patients|clients) say",
  "(?:our|one of our) (?:[\\w-]+ )?(?:patients|clients|members|customers|regulars) (?:say|said) (?:it|so)",
  "(?:grateful|happy|delighted|satisfied|thrilled|loyal|longtime|long-time) (?:[\\w-]+ )?(?:client|patient|customer|member)s? (?:wrote|writes|told|tells|said|says|emailed|posted)",
  "(?:client|patient|customer) (?:wrote|writes) in",
  "wrote in to say",
  // A quotation and who said it: "'Best decision I ever made,' writes Priya".
  '[a-z]+[,.!?]?["”],?\\s*(?:writes|wrote|says|said|tells us|told us|adds|added) (?:[\\w-]+|one of our|a (?:\\w+ )?(?:client|patient))',
  "have to say",
  "told us",
  "(?:says|said) (?:she|he)\\b",
  "swears? by",
  "swore by",
  "sworn by",
  "the talk of",
  "forums?\\b",
  "word of mouth",
  "buzz",
  "pageant",
  "beauty queen",
  "miss (?:oregon|usa|america|universe|world|teen)",
  "news (?:anchor|reader|presenter)",
  "anchor",
  "on air",
  "on (?:tv|television|the radio|(?:her|his|their) show)",
  "broadcaster",
  "journalist",
  "reporter",
  "(?:as (?:heard|featured|seen) on|guest on|host of|hosts? (?:of )?(?:the|a|her|his)) (?:\\w+ ){0,3}podcast",
  // "Podcast listeners, ..." addresses the audience; "our listeners love it" is their word.
  "listeners(?!,)",
  "viewers",
  "streamer",
  "content creator",
  "best-known",
  "recommends? (?:our|us|the clinic|this clinic)",
  "chef",
  "(?:clients|patients|customers|people) (?:keep |always |often )?(?:telling|tell|say|saying|texting) (?:us|me|their)",
  "texting (?:her|his|their) (?:sister|friends?|mum|mom|brother)",
  "recommended by (?:a|an)\\b",
  "best of (?:portland|oregon|the city|pdx|the west)",
  "readers'? (?:choice|poll)",
  "(?:chosen|voted|picked|nominated) by (?:our|the|local|readers|patients|clients|community)",
);
/** Fame itself, as opposed to praise. */
const FAME = concept(
  "celebrit",
  "celeb\\b",
  "famous",
  "influencer",
  "star\\b",
  "stars\\b",
  "a-list",
  "hollywood",
  "tv (?:star|personality)",
);
/** Praise or a report from a named person with an age: "Sarah, 41, …", a testimonial. */
const NAMED_WITH_AGE =
  /\b[A-Z][a-z]+, (?:aged )?\d{2}\b(?!\d|[,.]\d|%|\s*(?:percent|minutes|hours|days|weeks|months|years|sessions|mm|ml))/;
/** Professionals as a group: their say-so is an appeal to evidence (unsourced-evidence), not a personal endorsement. */
const PROFESSION =
  /\b(?:doctors|dermatologists|physicians|surgeons|specialists|experts|clinicians|scientists|researchers|skin doctors|medical professionals|the medical community|trichologists)\b/;
/** Copy that warns the reader off endorsements: "celebrity stories say very little", "reviews can't tell you". */
const SCEPTIC =
  /\b(?:(?:fame|celebrity|popularity|a following)(?: alone)? (?:isn't|is not|proves nothing|is no)\b|evidence is (?:thin|thinner|limited|weak)|thinner than the headlines|editorial (?:note|review)|checked (?:\w+ ){0,4}for accuracy|tells? you (?:nothing|little|very little)|says? (?:very )?little|can(?:'t|not) tell you|don't tell you|no guide to|nothing in return|(?:written|posted|left) independently|not whether (?:a|the|this|it|your) (?:[\w-]+ )?(?:will|would) work|(?:than|not) (?:on|by) who (?:has|have|had) (?:tried|had) it|judged? it on the evidence|not paid|we (?:do not|don't) pay|unpaid|individual experiences?|when we (?:reply|respond) to|(?:do not|don't|cannot|can't|won't) predict|your own (?:experience|results?) (?:may|might|could|will|can) (?:well )?(?:be )?differ\w*)\b/;

/** Vague bodily mechanisms with no basis: vitality, energy, toxins, cell reprogramming. */
const PSEUDO = concept(
  "back to life",
  "fertili[sz]",
  "spring clean",
  "pollutants",
  "impurities",
  "unleash",
  "youth hormones",
  "cascade",
  "flips? (?:resting|dormant|sleeping)",
  "restart(?:s|ing)? (?:the )?(?:whole )?(?:hair )?cycle",
  "(?:kick|jump)-?starts? (?:your |the )?(?:follicles|cells|roots|body|scalp|hair cycle)",
  "hibernat",
  "revives?",
  "sluggish",
  "microcirculation",
  "turbocharg",
  "self-healing system",
  "starved follicles",
  "nourishment",
  "life essence",
  "essence of your blood",
  "cells remember",
  "fountain of youth",
  "healing signals",
  "rejuvenates? the whole body",
  "cellular memory",
  "aura",
  "chi\\b",
  "qi\\b",
  "alkalis",
  "pH balance",
  "dead follicles",
  "reawaken",
  "awaken",
  "sleeping (?:follicle|cell)",
  "dormant",
  "wake(?:s)? up",
  "recharg",
  "re-?energi[sz]",
  "energi[sz]",
  "energy",
  "life force",
  "vital",
  "toxins?\\b(?! type)",
  "detox",
  "flush(?:es|ing)? (?:out|away|toxins)",
  "purif",
  "cleanses? (?:the|your) (?:body|blood|system|dermis|scalp|pores|skin) (?:of|from)",
  "internal cleans",
  "reprogram",
  "dna\\b",
  "genes?\\b",
  "reset",
  "biological clock",
  "age backwards",
  "ageing backwards",
  "aging backwards",
  "reboot",
  "intelligence",
  "knows (?:exactly )?where",
  "unlock",
  "hidden",
  "reserves",
  "oxygen",
  "natural balance",
  "rebalanc",
  "from within",
  "heal(?:s)? itself",
  "breathe",
  "stem[- ]?cell",
  "progenitor",
  "switch(?:es)? (?:\\w+ )?(?:back )?on",
  "turn(?:s)? (?:\\w+ )?back on",
  "rejuvenates? (?:your|the) cells",
  "regenerative (?:reserve|power|energy)",
  "young cells",
  "behave like young",
  "wake[- ]up (?:call|signal)",
  "innate",
  "self-renew",
  "self-repair",
  "(?:renewal|youth|healing|growth|regeneration|ageing|aging) switch",
  "re-?teach",
  "teach(?:es)? (?:[\\w-]+ ){0,2}(?:skin|cells|follicles|hair|scalp|body) (?:how )?to",
  "remember(?:s)? how",
  "how to be young",
  "blueprint",
  "youth (?:code|signal|memory)",
  "code of youth",
  "(?:healing|cellular|energy|energetic|resonant|natural|youth(?:ful)?|vital) (?:frequenc|vibration)",
  "frequencies (?:that|which)",
  "retun",
  "resonan",
  "vibrational",
  "(?:biological|cellular|skin|youth|muscle) memory",
  "memory of youth",
  "remember(?:s)? (?:it|youth|how|being)",
  "epigenetic",
  "software",
  "genetic code",
  "battery",
  "batteries",
  "jumper cables",
  "stagnant",
  "acidic",
  "alkalin",
  "residue",
  "internal clock",
  "body clock",
  "re-?sync",
  "growing season",
  "factory settings",
  "free radicals?",
  "neutrali[sz]",
  "inner (?:glow|youth|healer|power)",
  "charges? (?:your|the|them) (?:platelets|plasma|cells|blood)",
  "charged with (?:energy|healing|life)",
  "coax",
  "supercharg",
  "revitali[sz]",
  "nourish(?:es)? (?:the )?(?:follicle|root)",
  "root(?:s)? back",
);

/** A disease or medical condition, as opposed to an appearance. */
const DISEASE = concept(
  "trichotillomania",
  "menopaus",
  "hormonal hair loss",
  "actinic keratos",
  "precancer",
  "cancer",
  "anaemia",
  "anemia",
  "lichen planopilaris",
  "cystic",
  "breakouts?",
  "diabetic",
  "(?:chronic|diabetic|slow-healing|non-healing) wounds?",
  "xanthelasma",
  "hyperpigmentation",
  "scarring alopecia",
  "frontal fibrosing",
  "periorbital",
  "chronic",
  "lupus",
  "dandruff",
  "hirsutism",
  "cellulite",
  "alopecia",
  "telogen",
  "effluvium",
  "pattern (?:hair loss|baldness)",
  "male[- ]pattern",
  "female[- ]pattern",
  "rosacea",
  "acne\\b(?! scar)",
  "active acne",
  "eczema",
  "dermatitis",
  "psoriasis",
  "melasma",
  "vitiligo",
  "lupus",
  "thyroid",
  "polycystic",
  "pcos",
  "chemotherapy",
  "allerg",
  "keloid",
  "seborrh",
  "lichen",
  "folliculitis",
  "hyperhidrosis",
  "disease",
  "disorder",
  "condition",
  "infection",
  "baldness",
  "autoimmune",
  "hidradenitis",
);
/** Condition names from WordNet (scripts/lexicons/wordnet-conditions.ts), one to four words long. */
const CONDITION_NAMES = new Set(conditions.names);
/**
 * The first disease or condition named in the sentence, by WordNet: any one to
 * four words that name a condition ("tinea capitis", "cold sores"), unless what
 * follows makes it an appearance ("acne scars").
 */
function conditionIn(lower: string): string | undefined {
  const words = lower.split(/[^a-z'-]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++)
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(" ");
      const name = [phrase, phrase.replace(/(?:e?s)$/, ""), phrase.replace(/s$/, "")].find((p) => CONDITION_NAMES.has(p));
      if (name && !/^(?:scar|mark|pit|spot)/.test(words[i + n] ?? "")) return phrase;
    }
  return undefined;
}

/** The disease or condition a sentence names, by the lexicon or by WordNet's names. */
const namedDisease = (a: Analysis) => first(a, DISEASE) ?? conditionIn(a.lower);
/** A cure the sentence asserts (not negated); the disease class and the safety class both ask. */
const assertedCure = (a: Analysis) => occurrences(a, CURE).find((o) => !o.negated);

/** What a cure claim does to a disease. */
const CURE = concept(
  "wipe[sd]? out",
  "brings? (?:[\\w-]+ ){0,3}back\\b",
  "fades? (?:it |them )?(?:away|for good|completely)",
  "corrected",
  "halts?",
  "conquer",
  "no longer permanent",
  "the answer to",
  "cured",
  "reversed",
  "grow back",
  "healed",
  "(?:is|are) (?:a|an|the) (?:[\\w-]+ )?(?:treatment|solution|cure|answer) for",
  "takes care of",
  "solves?",
  "sorted",
  "gone for good",
  "cleared",
  "stopped",
  "fixed",
  "cure",
  "treats?\\b",
  "treating",
  "heal(?:s|ed|ing)?\\b",
  "fix",
  "resolve",
  "revers",
  "clear(?:s|ed)? up",
  "clears?\\b",
  "end to",
  "ends?\\b",
  "remedy",
  "therapy for",
  "restor",
  "disappear",
  "fade(?:s|d)? away",
  "calm(?:s|ed)? down",
  "respond(?:s)? beautifully",
  "eliminat",
  "eradicat",
  "beat(?:s)?\\b",
  "banish",
  "stop(?:s|ped)?\\b",
  "reverses?",
  "mend",
  "repair",
  "for good",
  "gets? rid",
  "turn(?:s|ed)? around",
  "correct(?:s|ed|ing)?\\b",
  "goodbye",
  "thing of the past",
  "tackles?",
  "settl(?:e|es|ing) (?:the )?inflammation",
  "under control",
  "indicated for",
  "the treatment of",
  "erase",
  "respond",
  "(?:stop|stops|stopped) (?:coming back|recurring|returning|spreading)",
  "(?:a|an|the) (?:[\\w-]+ )?(?:treatment|solution|cure|answer|fix|remedy) for",
);

/** Words that claim a standing: certification, awards, authority. */
const CREDENTIAL = concept(
  "phd",
  "laureates?",
  "(?:literally |quite literally )?wrote the (?:text)?book\\b",
  "(?:former |past |current )?(?:president|chair) of (?:the )?(?:american|national|international|british|oregon)",
  "(?:most )?famous (?:[\\w-]+ ){0,2}(?:experts?|doctors?|dermatologists?|physicians?|surgeons?|injectors?|specialists?)\\b",
  "named (?:among|one of|in|as one of) (?:[\\w'-]+ ){0,3}(?:finest|best|top|leading|foremost)",
  "(?:number[- ]one|no\\. ?1|#1|top-rated|best) (?:[\\w-]+ ){0,2}(?:doctor|physician|injector|dermatologist|surgeon|specialist|expert|nurse)s?\\b",
  "doctorate",
  "key opinion leader",
  "opinion leaders?",
  "authored",
  "published (?:more than|over|\\d+|dozens)",
  "member of the",
  "professor",
  "faculty",
  "fellowship-trained",
  "harvard",
  "yale",
  "stanford",
  "oxford",
  "cambridge",
  "ivy league",
  "specialist-led",
  "winner of",
  "award",
  "prize[- ]winning",
  "recipient of",
  "recogni[sz]ed (?:as|by)",
  "top doctor",
  "best doctor",
  "gold medal",
  "keynote",
  "advisory board",
  "trainer for",
  "trains other",
  "\\bfaad\\b",
  "board[- ]certified",
  "double board",
  "certified",
  "certification",
  "accredit",
  "fellowship",
  "fellow\\b",
  "faad",
  "facs",
  "award",
  "decorated",
  "authority",
  "expert",
  "specialist",
  "renowned",
  "world[- ]class",
  "world-renowned",
  "top (?:injector|doctor|surgeon|dermatologist)",
  "leading (?:expert|injector|doctor)",
  "trained (?:at|by)",
  "master[- ]level",
  "master injector",
  "diploma",
  "years of experience",
  "decades of experience",
  "have seen it all",
  "lectures",
  "pioneer",
  "inventor",
  "celebrated",
  "distinguished",
  "elite",
  "(?:leading|top|foremost|pre-?eminent|greatest|most (?:respected|sought-after|qualified|experienced|skilled|trusted|accomplished)|highly (?:qualified|regarded|respected|acclaimed|skilled|trained)|(?:widely|nationally|internationally|world|globally) (?:regarded|recogni[sz]ed|acclaimed|respected|known|famous)|acclaimed|esteemed) (?:[\\w-]+ ){0,2}(?:trichologists?|dermatologists?|injectors?|practitioners?|specialists?|physicians?|doctors?|surgeons?|clinicians?|authorit(?:y|ies)|experts?|nurses?|team|staff)",
  "highest (?:credentials|qualifications|level of training|standards? of training)",
  "dual board",
  "top doc\\b",
  "(?:voted|named|chosen) (?:a |the |as )?(?:top|best)",
  "teach(?:es)? (?:[\\w-]+ ){0,4}(?:to )?other (?:physicians|doctors|clinicians|practitioners|injectors|nurses)",
  "(?:national|international) conferences?",
  "speaks? at",
);

/** Prescription-only medicines used around aesthetics, by substance and brand (CAP Code 12.12). */
const PRESCRIPTION_MEDICINE = concept(
  "mupirocin",
  "bactroban",
  "fucidin",
  "fusidic",
  "bupivacaine",
  "marcaine",
  "epiduo",
  "differin",
  "loniten",
  "diazepam",
  "valium",
  "lorazepam",
  "temazepam",
  "tranexamic acid tablet",
  "tranexamic",
  "cyklokapron",
  "valaciclovir",
  "valacyclovir",
  "valtrex",
  "aciclovir tablet",
  "acyclovir",
  "famciclovir",
  "prednisolone",
  "prednisone",
  "dexamethasone",
  "hydrocortisone (?:injection|tablet)",
  "antibiotic tablets?",
  "isotretinoin",
  "trimethoprim",
  "co-cyprindiol",
  "dianette",
  "flutamide",
  "ketoconazole tablet",
  "oral contraceptive",
  "the pill\\b",
  "rogaine foam",
  "regaine for men extra strength",
  "topical finasteride",
  "clascoterone",
  "winlevi",
  "tacrolimus",
  "protopic",
  "pimecrolimus",
  "elidel",
  "sarecycline",
  "oxytetracycline",
  "erythromycin",
  "benzodiazepine",
  "sedative",
  "numbing injection",
  "local anaesthetic injection",
  "anaesthetic injection",
  "anesthetic injection",
  "filler dissolv",
  "botox",
  "botulinum",
  "dysport",
  "azzalure",
  "bocouture",
  "xeomin",
  "letybo",
  "relfydess",
  "jeuveau",
  "daxxify",
  "neurotoxin",
  "anti-wrinkle toxin",
  "minoxidil tablet",
  "oral minoxidil",
  "finasteride",
  "propecia",
  "dutasteride",
  "avodart",
  "spironolactone",
  "aldactone",
  "bicalutamide",
  "cyproterone",
  "tretinoin",
  "retin-a",
  "isotretinoin",
  "roaccutane",
  "accutane",
  "adapalene",
  "tazarotene",
  "trifarotene",
  "hydroquinone",
  "tri-luma",
  "azelaic acid",
  "bimatoprost",
  "latisse",
  "lumigan",
  "hyaluronidase",
  "hyalase",
  "lidocaine injection",
  "lignocaine",
  "articaine",
  "prilocaine",
  "mepivacaine",
  "semaglutide",
  "ozempic",
  "wegovy",
  "tirzepatide",
  "mounjaro",
  "liraglutide",
  "saxenda",
  "metformin",
  "doxycycline",
  "lymecycline",
  "minocycline",
  "clindamycin",
  "ivermectin",
  "methotrexate",
  "ciclosporin",
  "baricitinib",
  "olumiant",
  "ritlecitinib",
  "litfulo",
  "tofacitinib",
  "deoxycholic",
  "kybella",
  "belkyra",
  "polynucleotide injection",
  "profhilo prescription",
  "clobetasol",
  "betamethasone",
  "triamcinolone",
  "kenalog",
  "vistabel",
  "dermovate",
  "betnovate",
  "elocon",
  "mometasone",
  "fluocinolone",
  "synalar",
  "diprosone",
  "etrivex",
  "daivobet",
  "dovobet",
  "aldara",
  "imiquimod",
  "efudix",
  "fluorouracil",
  "soolantra",
  "mirvaso",
  "brimonidine",
  "rozex",
  "metronidazole",
  "finacea",
  "duac",
  "zineryt",
  "treclin",
  "isotrexin",
  "aknemycin",
  "epiduo",
  "altargo",
  "retapamulin",
  "dalacin",
  "lidocaine (?:injection|jab)",
  "(?:lidocaine|lignocaine) (?:nerve )?block",
  "nerve block",
  "emla prescription",
  "regaine tablets",
  "xeomin",
  "alluzience",
  "nuceiva",
  "relatox",
  "neuronox",
  "botulinum toxin",
  "toxin (?:injection|jab)s?",
);

/** Pressure to buy now: deadlines, scarcity, rewards, prizes, finance pushes (ASA guidance on cosmetic interventions). */
const PRESSURE = concept(
  "for the price of one",
  "(?:valentine's|christmas|summer|spring|easter|mother's day|new year|holiday|seasonal) (?:special|offer|deal|sale|package|discount)",
  "until \\d+ (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
  "waive",
  "on the house",
  "throw in",
  "thrown in",
  "demand is (?:soaring|high)",
  "waiting list is growing",
  "secure your place",
  "early[- ]bird",
  "closes on",
  "clinic credit",
  "for every friend",
  "(?:earn|get|receive) \\$?\\d+",
  "from just \\$",
  "a month, with",
  "pay monthly",
  "no interest",
  "approval in minutes",
  "spaces are left",
  "(?:just|only) \\w+ (?:[\\w-]+ )?(?:spaces|slots|places|appointments)",
  "launch[- ]week",
  "vanish fast",
  "go fast",
  "don't wait",
  "expires? (?:after|on|in)",
  "decide soon",
  "book (?:today|tonight|before)",
  "(?:book|buy|pay|sign up|offer|price|discount|deal)[^.]*before you leave",
  "before you leave[^.]*(?:book|buy|pay|offer|price|discount|deal)",
  "loyalty points",
  "points? (?:for|per) every",
  "bundle",
  "package price",
  "save \\$?\\d+",
  "save up to",
  "% discount",
  "reduced price",
  "price drop",
  "limited offer",
  "\\d+% off",
  "per ?cent off",
  "half (?:off|price)",
  "discount",
  "(?:black friday|special|package|bundle|limited|today's|weekend|launch|flash|exclusive) deals?",
  "deal:",
  "sale\\b",
  "offer ends",
  "launch offer",
  "special offer",
  "limited[- ]time",
  "today only",
  "this week only",
  "\\d+ hours only",
  "hours only",
  "ends (?:at|on|tonight|soon|sunday|friday|midnight)",
  "before (?:it|the weekend|midnight|friday|sunday) (?:ends|runs out|is gone)",
  "(?:book|order|sign up|register|call|reserve|claim|offer|deal|ends?|pay|deposit)[^.]{0,30}\\bby (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|midnight)",
  "by (?:midnight|the end of (?:the|this) (?:week|month|day|weekend|year))",
  "midnight",
  "deadline",
  "last chance",
  "hurry",
  "don't miss",
  "act now",
  "book now",
  "grab yours",
  "while (?:stocks|spaces|slots) last",
  "only (?:\\w+ )?(?:slots|spaces|places|appointments) (?:left|remain)",
  "slots remain",
  "spaces remain",
  "(?:slots|spaces|places|appointments|offers?|seats) remaining",
  "remaining (?:slots|spaces|places|appointments|seats)",
  "few (?:slots|spaces|places) left",
  "selling fast",
  "running out",
  "gone tomorrow",
  "(?:tomorrow|then|after that|soon) it's gone",
  "(?:price|offer|deal|discount|rate)s? (?:disappears?|vanish|goes up)",
  "prices rise",
  "(?:valid|available|runs?|on|lasts?) (?:only )?(?:until|till|through) (?:this |next )?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|midnight|the end of|\\w+day\\b)",
  "prices? (?:will |is going to |are going to )?(?:go(?:es)? up|rises?|increases?|jumps?)",
  "(?:is|are) capped\\b(?! (?:at \\d+ )?(?:for|because of) (?:fire|safety|space|room))",
  "once (?:it's|they're|it is|they are|they've|it has) gone",
  "filling (?:up )?fast",
  "(?:won't|will not) (?:release|open|add) (?:any )?more (?:dates|slots|appointments|spaces|places)",
  "lock in",
  "secure the discount",
  "refer a friend",
  // A reward for bringing someone, not company at your consultation.
  "bring a friend(?! or| (?:into|to|along to|with you to) (?:your|the) (?:consultation|appointment))",
  "introduce a friend",
  "referral (?:reward|scheme|bonus|code|credit|discount|programme|program|offer|fee)",
  "recommend a friend",
  "both get",
  "complimentary",
  "(?<![\\w-])free (?:treatment|session|facial|course|consultation upgrade)",
  "get the (?:third|second) free",
  "(?<![\\w-])(?<!(?:consultations?|consults?|chats?|calls?|parking|wi-?fi|advice|assessments?|tea|water|coffee|evenings?|events?|talks?|seminars?|webinars?|q&a|nights?) (?:is|are) (?:\\w+ )?)free\\b(?! of\\b| from\\b| to\\b| radicals?\\b| (?:\\w+ )?(?:consultations?|consults?|chats?|calls?|phone calls?|parking|wi-?fi|assessments?|advice|(?:information|info|open) (?:evenings?|sessions?|nights?|events?)|talks?|seminars?|webinars?|guides?|leaflets?|brochures?|q&a)\\b)",
  "bogof",
  "buy (?:one|two|\\d)",
  // A prize a person won is an award (a credential), not a prize draw.
  "(?<!(?:recipient|laureates?|winners?) of (?:the |an? )?(?:[\\w-]+ ){0,6})prize(?![- ]winn|s? in (?:[\\w-]+ )?(?:medicine|dermatology|surgery|aesthetics?))",
  "(?:to|and|could) win\\b",
  "win a\\b",
  "winners? (?:will|gets?|announced)",
  "giveaway",
  "(?:enter|our|the) (?:\\w+ )?competition",
  "raffle",
  "chance to win",
  "(?:prize|lucky|free|monthly|spring|summer|winter|autumn|christmas) draw",
  "draw to win",
  "like and share",
  "klarna",
  "clearpay",
  "afterpay",
  "pay later",
  "pay nothing until",
  "spread the cost",
  "interest[- ]free",
  "0% finance",
  "finance (?:available|plan)",
  // A voucher as a reward or a discount; a gift voucher on its own is a way to pay.
  "(?:win|won|claim|grab|free|bonus|discount|money-off|\\$\\d+|£\\d+|\\d+%) (?:[\\w-]+ )?vouchers?",
  "vouchers? (?:worth|off|for \\d+%|code)",
  "giv(?:e|es|ing) away",
  "countdown",
  "(?:offer|price|deal|discount|rate|code)s? (?:that )?(?:disappears?|vanish\\w*|expires?|ends?) (?:in|at|on|after|by|when|tonight|tomorrow)",
  "(?:use|enter|quote|apply) (?:the )?(?:promo |discount |offer |voucher )?code",
  "(?:are|is) gone,? (?:they're|it's|they are|it is) gone",
  "flash sale",
  "black friday",
  "cyber monday",
  "early bird",
  "deposit (?:paid|today)",
  "limited (?:number|availability|spaces)",
  "before the end of (?:the|this) (?:week|month|day|weekend|year|season)",
  "on us\\b",
  "why wait",
  "(?:tell|refer|bring|introduce|invite) (?:[\\w-]+ )?friends?(?! or| (?:into|to|along to|with you to) (?:your|the) (?:consultation|appointment))",
  "earn (?:credit|points|rewards|a reward|\\$)",
  "(?:the )?first (?:\\d+|\\w+) (?:callers|bookings|clients|patients|people|customers|visitors)",
  "exclusive (?:rate|price|offer)",
  "reserved for the first",
  "act (?:fast|quickly|now)",
  "promotion",
  "promo\\b",
  "capped at",
  "sezzle",
  "affirm\\b",
  "carecredit",
  "care credit",
  "paypal credit",
  "zip pay",
  "laybuy",
  "pay in (?:three|3|four|4)",
  "in \\d instal(?:l)?ments",
  "monthly payments",
  "(?<![\\w-])wins?\\b",
);
/** Finance and urgency pushes that read as negations: "no deposit", "no reason to wait", "costs nothing today". */
const FINANCE = /\b(?:pay(?:ments?)?|monthly|financ\w*|instal\w*|credit|loan)\b/;
const PRESSURE_NEGATIVE =
  /\bnothing (?:up ?front|today|to pay (?:today|now))\b|\bcosts? nothing (?:today|now|upfront)\b|\bno reason to wait\b|\bzero[- ](?:interest|deposit|down)\b|\$0 down\b|\bdon't miss\b|\bnot for long\b|\bwon't last\b/;

/** Copy aimed at under-18s. */
const MINORS = concept(
  // The SAT exam, not "sat in the chair".
  "sats\\b",
  "sat (?:exams?|prep|scores?|results|tests?)\\b",
  "(?:the|your|her|his|their) sat\\b",
  "act\\b(?= (?:exam|test|prep))",
  "test-prep",
  "a-level",
  "results day",
  "bar (?:and|or) bat mitzvah",
  "bat mitzvah",
  "bar mitzvah",
  "seventeenth",
  "fifteenth",
  "fourteenth",
  "thirteenth",
  "cheer squad",
  "school (?:cheer|sports|team|id|bell|trip|holidays|term)",
  "school (?:kids|girls|boys|children|students|leavers|holidays|disco|dance)",
  "sixth-form",
  "leavers' ball",
  "leavers",
  "winter formal",
  "spring formal",
  "under 18",
  "youth (?:rate|discount|package)",
  "junior (?:rate|discount|package)",
  "tween",
  "graduation from high",
  "freshman",
  "sophomore",
  "parents and guardians",
  "guardian",
  "minors\\b",
  "year 7",
  "year 8",
  "teen",
  "prom\\b",
  "homecoming",
  "high[- ]school",
  "middle[- ]school",
  "secondary school",
  "schoolers",
  "school leavers",
  "\\w+th grade",
  "grade \\d",
  "year (?:9|10|11|12|13)\\b",
  "gcse",
  "a-levels",
  "sixth form",
  "sixteenth",
  "sweet[- ]sixteen",
  "sweet 16\\b",
  "homeroom",
  "(?:junior|sophomore|freshman|senior)[- ]year (?:picture|photo|dance|formal|prom|trip)",
  "picture day",
  "(?:high|middle) school",
  "sweet 16",
  "quincea",
  "aged 1[0-7]",
  "(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]year[- ]olds?",
  "from (?:the )?age (?:of )?(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)",
  "under[- ]18s",
  "your (?:daughter|son|child|kids)",
  "children",
  "kids",
  "juniors",
  "adolescen",
  "back[- ]to[- ]school",
  "school (?:photo|dance|formal|year)",
  "still at school",
  "pupils",
  "students? (?:rate|discount)",
  "learner's permit",
  "permit photo",
  "grades? \\d",
  "student athletes?",
  "kid\\b",
  "at school",
  "driver's ed",
  "\\w+th[- ]grade",
  "(?:turning|turns|aged?) (?:thirteen|fourteen|fifteen|sixteen|seventeen|1[3-7])\\b",
  "junior high",
  "eighth-grade",
);
/** Statements that exclude under-18s, which make a teen word harmless. */
const ADULTS_ONLY =
  /\bunder[ -](?:18|eighteen)s? (?:are|is) not (?:treated|seen|offered|booked)\b|\bunder (?:18|eighteen)\b[^.]*\b(?:turned (?:away|down)|refused|declined|not (?:treated|offered|seen))\b|\b(?:nobody|no one|none|not|never|refuse|decline|turn (?:down|away)|do not|don't)\b[^.]*\b(?:under|below (?:the age of )?)[ -]?(?:18|eighteen)\b|\bwe refer (?:under[ -]18s|children|teenagers|teens|minors|young people)\b|\b(?:while|when) (?:the|your) kids are\b|\b(?:18|eighteen) (?:and|or) (?:over|older|above)\b|\bover (?:18|eighteen)\b|\badults? only\b|\bunder (?:18|eighteen)\b.*\b(?:not|no|never)\b|\b(?:not|never|do not|don't) treat (?:anyone|people|patients) under\b|\bfamily doctor\b|\bonly treat adults\b|\btreat adults only\b|\badults only\b/;

/** Framing that makes a medical procedure sound trivial. */
const TRIVIAL = concept(
  "simpler than",
  "easier than",
  "as routine as",
  "roots touched up",
  "girls' day",
  "brunch",
  "(?:over|with|and|sip(?:ping)?|drinks? and) (?:\\w+ )?cocktails",
  "in no time",
  "less fuss than",
  "leg wax",
  "ears pierced",
  "teeth cleaning",
  "on a whim",
  "just a (?:grown-up|fancy|glorified)",
  "basically a facial",
  "a little something extra",
  "alongside your nails",
  "nails and lashes",
  "while you wait",
  "no appointment needed",
  "nothing to it",
  "over before",
  "playlist",
  "tanning session",
  "face mask",
  "self-care",
  "so easy",
  "on the way to",
  "walk-ins? (?:are )?welcome",
  "whenever you're passing",
  "swing by",
  "speedy",
  "an hour to kill",
  "that's all it takes",
  "easy peasy",
  "a breeze",
  "effortless",
  "no fuss",
  "zero fuss",
  "hassle-free",
  "quick and simple",
  "super quick",
  "lunch ?(?:break|time|hour)",
  "pop in",
  "pop by",
  "drop by",
  "drop in",
  "in and out",
  "between errands",
  "on your way",
  "squeeze (?:it |in|a)",
  "fit (?:it )?into any",
  "quick (?:and easy|fix|tweak|pick-me-up|top-up|scalp|session|treatment|refresh)",
  "pick-me-up",
  "glow-up",
  "just a (?:bit|little|quick|simple|few)",
  "nothing more than",
  "no big deal",
  "(?:as )?big a deal",
  "like getting your",
  "as easy as",
  "as simple as",
  "the way you'd treat yourself",
  "treat yourself",
  "manicure",
  "pedicure",
  "nails done",
  "eyebrows",
  "hairdresser",
  "blow-?dry",
  "spa day",
  "pampering",
  "pamper",
  "beauty treat",
  "little treat",
  "latte",
  "sit back",
  "simple tweak",
  "little tweak",
  "overthink",
  "before anyone notices",
  "no one will (?:know|notice)",
  "nobody will (?:know|notice)",
  "school run",
  "shopping trip",
  "yoga class",
  "weekend treat",
  "lunch[- ]?(?:break|time|hour)",
  "girls' (?:day|night)",
  "night out",
  "date night",
  "hen (?:party|do)",
  "bachelorette",
  "casual",
  "forget you (?:even )?had",
  "little (?:refresher|top-up|something|treat|tweak|boost|pick)",
  // Likened to a salon visit; "unlike salon treatments" and "why choose a salon package" set it apart instead.
  "(?<!(?:unlike|than|not|isn't|rather than|instead of|over|choose|choosing) (?:an? |the |your )?(?:[\\w-]+ ){0,3})(?<!partner )salon(?!s? (?:partners?|owners?|staff))",
  "spare (?:minutes|moment|half-hour|hour)",
  "you have time for",
  "(?:that's|that is|was) all (?:it|she|he|they|you|her|his|their|your) (?:[\\w-]+ ){0,4}(?:takes?|took|needs?|needed)\\b",
  "like you'd",
  "conditioning treatment",
  "as serious as",
  "flu (?:jab|shot)",
  "over (?:just )?as fast",
  "(?:about|no more|not much more|hardly more|barely more) (?:as )?(?:serious|painful|complicated|involved|invasive) (?:as|than)",
  "coffee",
  "treat it like",
  "done before your next",
  "quick,? easy",
  "while your car",
  "car wash",
  "the new (?:lash|brow|manicure|[\\w-]+ tint|blow-dry|facial)",
  "lash tint",
  "in,? out,? and",
  "in, out",
  "spa (?:day|weekend|break|trip|afternoon|morning|evening|visit)",
  "(?:total|a|such a|absolute) breeze",
  "quicker than",
  "slip out",
  "back before",
  "sandwich",
  "out of the office",
  "as (?:fussy|painful|big|dramatic|complicated|involved) as",
  "brows? threaded",
  "threading",
  "blink",
  // "And it's done", not "when it's done in our clinic".
  "(?<!(?:when|if|once|after|unless|until|because|how) )it's done\\b",
  "in-and-out",
  "quick[- ]fix",
  "grab a (?:quick )?(?:[\\w-]+ )?(?:session|treatment|facial|microneedling|prp)",
  "barely notice you(?:'ve| have) had",
  "quick (?:[\\w-]+ )?job",
  "nothing serious",
  "like (?:a |getting a )?(?:quick )?(?:massage|facial mask|sheet mask)",
  "done in (?:a flash|minutes|no time|a jiffy)",
  "low-key",
  "scroll (?:instagram|tiktok|your phone|through)",
  "(?:less|no) hassle",
  "highlights",
  "(?:zero|no) planning",
  "treated by the afternoon",
  "same[- ]day (?:treatment|appointment|booking|session)",
  "treated the same day",
  "haircut",
  "trim\\b",
);

/** Words that stand for our own staff as a group. */
const OWN_STAFF =
  /\b(?:our|both of our|all of our|the clinic's) (?:team|staff|injectors?|nurses?|doctors?|physicians?|practitioners?|clinicians?|specialists?|surgeons?|dermatologists?)\b|\bevery member of our\b|\bour (?:nurse|doctor)s?\b/;

// ---------------------------------------------------------------- classes

// "approved for thinning hair or skin rejuvenation": the result named as a purpose; "expecting a dramatic change": a hope, not a promise.
const PURPOSE_BEFORE = /\bfor\s+(?:[\w-]+\s+){0,4}$|\bexpect(?:s|ed|ing)?\s+(?:a |an |the )?(?:[\w-]+\s+)?$/;
/** "Any dramatic before-and-after claim": the word describes someone's claims, not a result. */
const ABOUT_CLAIMS = /^[\w-]*(?:\s+[\w-]+){0,2}\s+(?:claims?|promises?|headlines?|marketing|adverts?|ads)\b/;
/** Saying a prescription-only medicine is not on offer: "we don't offer Botox", "Lumen doesn't stock finasteride". */
const NOT_OFFERED =
  /\b(?:is|are) not something (?:we|our clinic|lumen|the clinic) (?:offer|provide|sell|supply|stock|use|prescribe)\b|\bwe neither (?:supply|offer|sell|stock|prescribe|provide)\b|\bis a prescription(?:-only)? (?:medicine|drug)\b[^.]*\b(?:your own|your|a) (?:doctor|gp|prescriber)\b|\b(?:we|lumen|the clinic|our clinic|our team)\s+(?:do not|don't|does not|doesn't|never|won't|will not)\s+(?:offer|provide|sell|supply|stock|inject|prescribe|use)\b/;

// Soft quantities ("most of our clients") are a statistic only when they count an outcome.
// What a counted outcome looks like: an improvement, satisfaction, or noticing a change.
const OUTCOME_VERB = concept(
  "keeps? (?:their|the|his|her) (?:results|hair|gains)",
  "never need",
  "(?:don't|doesn't|do not|does not) need (?:a |any )?(?:more|further|top)",
  "improv",
  "benefit",
  "love",
  "satisf",
  "come back for",
  "recommend",
  "happy",
  "delighted",
  "(?:notice|see|saw|report|get|got) (?:a |an |real |visible |clear )?(?:difference|change|result|improvement|benefit)",
  "end up with",
  "gain",
  "achiev",
  "success",
);

/** Credential claims about someone: our staff, a named person, or "is a/are" before the credential. */
// One of ours: a singular practitioner noun, or a group placed here ("physicians, all under one roof"); "top dermatologists" are other people.
const STAFF_ANYWHERE =
  /\b(?:nurse|doctor|injector|clinician|practitioner|physician|surgeon|dermatologist|trainer|trichologist)\b|\bon staff\b|\bunder one roof\b|\bin-house\b|\b\w+s here\b/;
const STAFF_NOUN =
  /^[\w-]*\s+(?:\w+\s+)?(?:clinicians?|doctors?|injectors?|team|staff|nurses?|practitioners?|surgeons?|physicians?|dermatologists?|experts?|specialists?)\b/;

export const CLAIM_CLASSES: ClaimClass[] = [
  {
    id: "uk-prescription-medicine",
    title: "Prescription-only medicines named",
    jurisdiction: "UK",
    source: "CAP Code 12.12: prescription-only medicines may not be advertised to the public (Human Medicines Regulations 2012)",
    explanation:
      "In the UK, marketing may not name a prescription-only medicine, by brand (Botox, Propecia) or by substance (botulinum toxin, finasteride, tretinoin), even to say it is available.",
    rewrite: 'Describe the service without the medicine: "Ask about other options for hair loss at your consultation."',
    // "We don't offer Botox" names it only to say it is not on offer.
    test: (a) => (NOT_OFFERED.test(a.lower) ? undefined : first(a, PRESCRIPTION_MEDICINE)),
  },
  {
    id: "uk-under-18",
    title: "Copy aimed at under-18s",
    jurisdiction: "UK",
    source: "CAP Code 12.25 and ASA guidance: cosmetic interventions may not be marketed to under-18s",
    explanation:
      "Proms, school, sixteenth birthdays, teens and parents treating their children: copy that speaks to or about under-18s markets a procedure to them.",
    rewrite: 'Say who you treat: "We treat adults aged 18 and over."',
    test: (a) => (ADULTS_ONLY.test(a.lower) || a.denial ? undefined : assertedMatch(a, MINORS)),
  },
  {
    id: "uk-pressure-selling",
    title: "Offers, deadlines and prizes for cosmetic procedures",
    jurisdiction: "UK",
    source:
      "ASA guidance on marketing cosmetic interventions (2021): no time-limited offers, urgency, scarcity, referral rewards, giveaways or finance pushes",
    explanation:
      "A cosmetic procedure is a medical decision. Deadlines, limited slots, discounts that expire, refer-a-friend rewards, prize draws, free treatments and buy-now-pay-later pushes pressure people to decide quickly.",
    rewrite: 'State prices plainly and give time to decide: "Each session costs $650; take as long as you need."',
    test: (a) => {
      // "Whether you book today or in six months, the price is the same" takes the pressure away.
      if (
        a.denial ||
        /\bconsultation fee only\b|\bdoes(?: not|n't) apply to (?:treatment|procedure)s?\b|\bwhether you\b[^.]*\bor\b|\b(?:the )?(?:same|one) price\b|\bprice is the same\b|\bnot (?:be )?(?:pressured|rushed|hurried)\b|\bno pressure\b/.test(
          a.lower,
        )
      )
        return undefined;
      const financed = FINANCE.test(a.lower) ? /\bno (?:deposit|interest|upfront|money down)\b/.exec(a.lower)?.[0] : undefined;
      return financed ?? PRESSURE_NEGATIVE.exec(a.lower)?.[0] ?? assertedMatch(a, PRESSURE);
    },
  },
  {
    id: "uk-trivialising",
    title: "Making a procedure sound trivial",
    jurisdiction: "UK",
    source: "ASA guidance on marketing cosmetic interventions: marketing must not trivialise the decision to have a procedure",
    explanation:
      "A lunchtime tweak, like a manicure, a spa day, pop in on your way: comparisons with beauty treats and errands make a medical procedure with needles and a blood draw sound like nothing.",
    rewrite:
      'Describe the visit as it is: "Allow about 90 minutes, including the blood draw; it is a medical procedure with a consultation first."',
    // An influencer's word is the sentence's claim (an endorsement) even where it also makes light of the visit.
    test: (a) => (a.denial || (mentions(a, FAME) && assertedMatch(a, ENDORSER)) ? undefined : assertedMatch(a, TRIVIAL)),
  },
  {
    id: "regulatory-status",
    title: "Claims of approval by a regulator",
    jurisdiction: "US",
    source: "FDA: PRP preparation devices are 510(k)-cleared, not approved; using PRP on the scalp or face is off-label (21 CFR 807.97)",
    explanation:
      "No regulator has approved PRP or microneedling for hair growth or skin rejuvenation. Saying the FDA, the government, a medical board or any authority approved, cleared, authorised, endorsed or recommended the treatment misleads patients. The accurate statement is that the device is 510(k)-cleared and the use is off-label.",
    rewrite: 'Write "PRP is prepared with an FDA 510(k)-cleared device; its use for hair loss is off-label".',
    test: (a) => {
      if (a.denial || !mentions(a, REGULATOR)) return undefined;
      const yes = /\b(?:fda|regulators?|government|the state|medical board)\b (?:\w+ )?says? yes\b/.exec(a.lower)?.[0];
      if (yes) return yes;
      if ((a.question && !a.rhetorical) || /\bwhether\b|^ask\b/.test(a.lower)) return undefined;
      const forAResult = occurrences(a, REGULATED_PURPOSE, 9).find((o) => !o.negated);
      if (forAResult) return forAResult.text;
      // "The device is 510(k)-cleared" is the accurate statement; only an approval asserted alongside it is a claim.
      if (DEVICE_CLEARANCE.test(a.lower) && !occurrences(a, /\bapprov\w*/, 9).some((o) => !o.negated)) return undefined;
      return occurrences(a, APPROVAL, 9).find((o) => !o.negated)?.text;
    },
  },
  {
    id: "credential-claim",
    title: "Credentials the practitioner's file does not back",
    jurisdiction: "US",
    source: "Oregon Medical Board (OAR 847-010-0073, ORS 677.190): no false or misleading claims of qualification; FTC Act section 5",
    explanation:
      "Board certification, fellowships, awards, 'expert' and 'authority' are claims about a person's standing. They may appear only when they are true and on record: a sentence naming a practitioner may state a credential only if that practitioner's file (jobTitle, credentials, registration) holds it, and credentials of the team as a whole need a file per person.",
    rewrite:
      'State the credential exactly as the practitioner\'s file gives it ("Dr Okafor is a board-certified dermatologist (MD, FAAD)"), or add it to their file first.',
    test: (a, site) => {
      if (a.denial) return undefined;
      const named = site.practitioners.filter((p) => p.names.some((n) => new RegExp(`\\b${n.toLowerCase()}\\b`).test(a.lower)));
      const staff = named.length > 0 || OWN_STAFF.test(a.lower) || STAFF_ANYWHERE.test(a.lower);
      // A clinic's award from its readers or patients is an endorsement; the same about a practitioner is a credential.
      if (!staff && /\b(?:voted|chosen|picked) by\b|\breaders'? choice\b|\bbest of \w+/.test(a.lower)) return undefined;
      // A named outsider ("a James Beard award-winning chef") is an endorser, not our staff.
      if (named.length === 0 && a.people.some((person) => !isPractitioner(person, site))) return undefined;
      const claim = assertedMatch(a, CREDENTIAL);
      if (!claim) return undefined;
      // "A world-class facial": the standing of a service, a superiority claim, not a person's credential.
      const at = a.lower.indexOf(claim);
      const after = a.lower.slice(at + claim.length);
      if (
        /world[- ]class|elite|celebrated|distinguished|pioneer/.test(claim) &&
        /^\s*(?:facials?|treatments?|results?|technology|care|services?|clinic|procedures?|devices?|methods?|protocols?|equipment)\b/.test(
          after,
        )
      )
        return undefined;
      // "Experts in regenerative medicine say…": other people's standing, an appeal to evidence, unless they are ours.
      if (
        /^(?:experts|specialists|authorities)$/.test(claim + (after.startsWith("s") ? "s" : "")) &&
        named.length === 0 &&
        !OWN_STAFF.test(a.lower) &&
        !/\bour (?:[\w-]+ )?(?:experts|specialists|authorities)\b|\bwe(?:'re| are)\b/.test(a.lower)
      )
        return undefined;
      const aboutSomeone =
        staff ||
        a.fragment ||
        /\b(?:we|we're|our|i|i'm)\b/.test(a.lower) ||
        /\b(?:is|are|was|were|as|by|from)\s+(?:a|an|the|one of the)?\s*(?:[\w-]+\s+){0,3}$/.test(a.lower.slice(0, at)) ||
        STAFF_NOUN.test(after) ||
        /^\s*(?:trained|with over|with more than)/.test(a.lower) ||
        /^\s*(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}$/.test(a.lower.slice(0, at));
      if (!aboutSomeone) return undefined;
      const words = credentialWords(a.lower, claim);
      if (named.length === 0) {
        // "Led by a board-certified dermatologist": one unnamed person, true when one of our files holds all of it.
        // The team as a whole ("our doctors are board-certified") needs a file per person, so it fails.
        const one = /\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}$/.test(a.lower.slice(0, at)) && !TEAM_WIDE.test(a.lower);
        return one && words.length > 0 && site.practitioners.some((p) => words.every((w) => backs(p.credentials, w))) ? undefined : claim;
      }
      // The credential belongs to the practitioner named nearest before it ("Dr Okafor, a board-certified dermatologist"),
      // or the first one named after it; every credential word near the claim must be in that practitioner's file.
      const position = (p: ClaimSite["practitioners"][number]) =>
        Math.max(...p.names.map((n) => a.lower.search(new RegExp(`\\b${n.toLowerCase()}\\b`))));
      const before = named.filter((p) => position(p) <= at).sort((x, y) => position(y) - position(x));
      const owner = before[0] ?? named[0];
      return owner && words.every((w) => backs(owner.credentials, w)) ? undefined : claim;
    },
  },
  {
    id: "endorsement",
    title: "Endorsements and testimonials in the text",
    jurisdiction: "US",
    source: "FTC Endorsement Guides (16 CFR 255): typical results and any connection must be disclosed; 16 CFR 465 (consumer reviews)",
    explanation:
      "Celebrities, influencers, athletes, named patients, praise from clients and review-site ratings are endorsements. They must reflect typical results and disclose any payment or relationship, which text on a page cannot do; on this site they come only through a treatment's testimonials field. A person named in copy who is not one of our practitioners is treated as an endorser.",
    rewrite:
      "Remove it from the text; if a genuine patient agreed to share their experience, add it to testimonials with typicalResults and relationship filled in.",
    test: (a, site) => {
      if (a.denial) return undefined;
      if (SCEPTIC.test(a.lower)) return undefined;
      const outsider = a.people.find((person) => !isPractitioner(person, site));
      if (outsider && !/^(?:you|we|our)$/i.test(outsider)) return outsider;
      const aged = NAMED_WITH_AGE.exec(a.text)?.[0];
      if (aged && !isPractitioner(aged.split(",")[0] ?? aged, site)) return aged;
      if (a.cited) return undefined;
      const endorser = assertedMatch(a, ENDORSER);
      // "Ninety-two out of a hundred clients would recommend us" is a statistic about patients.
      const cues = occurrences(a, ENDORSER).filter((o) => !o.negated);
      if (endorser && cues.every((o) => /recommend/.test(o.text)) && STRONG_STAT.test(a.lower) && !mentions(a, FAME)) return undefined;
      // "Eight in ten patients say their skin looks younger": a number about patients, not one person's endorsement.
      if (
        endorser &&
        cues.every((o) => /\b(?:says?|said|tell|told|report\w*|recommend\w*)\b/.test(o.text)) &&
        STRONG_STAT.test(a.lower) &&
        a.people.length === 0 &&
        !mentions(a, FAME)
      )
        return undefined;
      // "Top dermatologists swear by it" is an appeal to the profession: unsourced evidence, not a personal endorsement.
      return endorser && PROFESSION.test(a.lower) && a.people.length === 0 && !mentions(a, FAME) ? undefined : endorser;
    },
  },
  {
    id: "safety-claim",
    title: "Absolute safety claims",
    jurisdiction: "US",
    source:
      "FTC Health Products Compliance Guidance (2022): safety claims need competent and reliable evidence; ASA guidance on cosmetic interventions",
    explanation:
      "Every procedure with needles and a blood draw carries risks. Saying nobody reacts, nothing can go wrong, it cannot scar, it is harmless or it has no side effects, because the plasma is your own or for any other reason, denies those risks.",
    rewrite:
      'List the common side effects and how often serious ones happen: "Redness and bruising are common; infection is uncommon but possible."',
    test: (a) => {
      if (a.denial || a.cited || HONEST_RISK_NEGATION.test(a.lower) || first(a, NONE_BETTER)) return undefined;
      // "Healing the eczema, many months without problem": the claim is the cure (disease-claim), unless safety is named.
      if (namedDisease(a) && assertedCure(a) && !/\bsafe|\brisk|side[- ]?effect|complication/.test(a.lower)) return undefined;
      const absolute = assertedMatch(a, ABSOLUTE_SAFETY);
      if (absolute) return absolute;
      // "What hazards could there possibly be?" and "Bruising? Not with our technique." deny the risk as surely as "no risk".
      const risk = first(a, RISK);
      const dismissed = RISK_DISMISSED.exec(a.lower)?.[0];
      if (dismissed) return dismissed;
      if (
        risk &&
        ((a.rhetorical && !STRONG_STAT.test(a.lower)) ||
          /\?\s*(?:a\s*:\s*)?(?:not|never|no|nope|none|nothing|zero)\b/.test(a.lower.slice(a.lower.indexOf(risk))))
      )
        return risk;
      if (a.strongHedge && !/\bnever\b|\bnothing\b|\bno way\b|\bnobody\b|\bnot a single\b/.test(a.lower)) return undefined;
      // "Please don't schedule PRP before a big event, as bruising can last a week": the negation is an instruction.
      const instruction =
        /^(?:please )?(?:don't|do not|never|avoid) (?:schedule|book|plan|take|wash|exercise|apply|wear|touch|use|drink|smoke|rub|pick|swim|shave|drive|fly|arrange)\b/;
      return instruction.test(a.lower) ? undefined : negatedMatch(a, RISK, 12, false);
    },
  },
  {
    id: "patient-statistics",
    title: "Numbers about patients or results without a source",
    jurisdiction: "US",
    source: "FTC Health Products Compliance Guidance (2022), competent and reliable evidence for any number; CAP Code 3.7",
    explanation:
      "A percentage, a ratio, an average, a multiple (twice the hair) or a count of patients or treatments reads as a measured fact. Without a published source the reader cannot check it, and regulators treat it as unsubstantiated.",
    rewrite:
      'Cite the study the number comes from ("In a trial of 40 people, density rose by about 20% [@source]"), or describe the range plainly without a number.',
    test: (a) => {
      if (a.cited || a.denial || RIVALS.test(a.lower)) return undefined;
      // "No treatment suits every single person": a universal denied is no count of patients.
      const strong = occurrences(a, STRONG_STAT).find((o) => !(o.negated && /^(?:every|all|each)\b/.test(o.text)))?.text;
      // Half an hour or half a day is a duration, not a result.
      if (strong && !(strong.trim() === "half" && /\bhalf (?:an? )?(?:hour|day|session)\b/.test(a.lower))) return strong;
      const soft = first(a, SOFT_STAT);
      if (soft && (assertedMatch(a, OUTCOME_VERB) || assertedMatch(a, IMPROVEMENT) || PATIENT_CHOICE.test(a.lower)) && !a.strongHedge)
        return soft;
      return undefined;
    },
  },
  {
    id: "disease-claim",
    title: "Claims to treat or cure a disease",
    jurisdiction: "US",
    source:
      "FTC Health Products Compliance Guidance (2022), disease claims need competent and reliable scientific evidence; CAP Code 12.1-12.2",
    explanation:
      "Saying a cosmetic treatment cures, treats, reverses or fixes a disease or medical condition (alopecia, rosacea, eczema, melasma) is a medical claim that needs strong scientific evidence and, for a drug, approval. PRP is used off-label and the evidence is limited.",
    rewrite:
      'Say what the treatment is used for and what evidence exists, with a citation, e.g. "PRP is used off-label for androgenetic alopecia; small trials found modest gains [@source]".',
    test: (a) => {
      if (a.cited || a.denial) return undefined;
      const disease = namedDisease(a);
      if (!disease) return undefined;
      // "Whether it comes from stress or genetics" names alternatives; it hedges nothing.
      const lower = a.lower.replace(/\bwhether\b[^;.]*?\bor\b[^,;]*/g, " ");
      const cure = assertedCure(a);
      if (!cure) {
        // "If alopecia areata has left patchy spots, PRP will fill them back in": a result promised for a disease.
        const promised = first(a, PROBLEM_GONE) ?? occurrences(a, IMPROVEMENT).find((o) => !o.negated)?.text;
        return promised && !a.hedged && !a.question && /\b(?:will|'ll|is going to|guarantee\w*)\b/.test(a.lower) ? disease : undefined;
      }
      // A hedge counts where it governs the cure ("may ease rosacea"), not in a clause of its own ("the eczema that often drives it").
      const at = lower.indexOf(cure.text);
      const clauseEnd = at < 0 ? -1 : lower.slice(at).search(/,|;| that | which | who | because /);
      return strongHedgeIn(lower.slice(0, clauseEnd < 0 ? undefined : at + clauseEnd)) ? undefined : disease;
    },
  },
  {
    id: "pseudo-science",
    title: "Pseudo-scientific mechanisms",
    jurisdiction: "US",
    source: "FTC Health Products Compliance Guidance (2022): claims about how a product works need scientific substantiation",
    explanation:
      "Detox, energy, life force, reawakened or dormant follicles, reprogrammed DNA, stem cells and resetting the biological clock describe mechanisms no evidence supports. They mislead patients about what the treatment does.",
    rewrite: 'Describe the mechanism plainly: "Platelets carry growth factors, proteins involved in ordinary wound healing."',
    test: (a) => (a.denial || negatedMatch(a, PSEUDO, 10) ? undefined : assertedMatch(a, PSEUDO)),
  },
  {
    id: "unsourced-evidence",
    title: "Appeals to science without a source",
    jurisdiction: "US",
    source: "FTC Health Products Compliance Guidance (2022): establishment claims need the level of evidence they claim",
    explanation:
      "Scientifically validated, research has proven, studies show, doctors recommend: an appeal to science or to the profession claims a level of evidence. Each such sentence must cite the source (a [@source-id] marker), and say honestly how strong the evidence is.",
    rewrite:
      'Cite the study and say what it found and how large it was: "A small randomised trial found more hair in treated areas [@source]."',
    test: (a) => {
      if (a.cited || a.denial || mentions(a, EVIDENCE_LIMIT)) return undefined;
      const claim = assertedMatch(a, EVIDENCE);
      if (!claim || OWN_STAFF.test(a.lower)) return undefined;
      return mentions(a, EVIDENCE_VERB) ? claim : undefined;
    },
  },
  {
    id: "superiority",
    title: "Unsubstantiated superiority",
    jurisdiction: "US",
    source:
      "FTC Act section 5 and Health Products Compliance Guidance (2022): comparative claims need head-to-head evidence; CAP Code 3.33",
    explanation:
      "Best, leading, premier, gold standard, better than pills or fillers, beats every alternative: comparisons with other treatments or clinics are claims that need head-to-head evidence, which does not exist for these treatments.",
    rewrite:
      'Say what the treatment does and who it may suit; if it is compared, say what the evidence shows: "No head-to-head trial has compared PRP with mesotherapy."',
    test: (a) => {
      if (a.denial || a.cited || BEST_AS_ADVICE.test(a.lower)) return undefined;
      const none = first(a, NONE_BETTER);
      if (none) return none;
      const rivals = RIVALS.exec(a.lower)?.[0];
      if (rivals && /\b(?:than|as [\w-]+ as|twice|double|triple|better|stronger|purer|more|less)\b/.test(a.lower) && !a.strongHedge)
        return rivals;
      if (
        a.strongHedge ||
        /\bwhether\b|\bnot enough (?:[\w-]+ ){0,2}evidence\b/.test(a.lower) ||
        (/\b(?:more|less) likely\b/.test(a.lower) && !/\bbetter than\b/.test(a.lower))
      )
        return undefined;
      const claim = assertedMatch(a, SUPERIORITY);
      // A question asks only in its own clause: "Oregon's favourite facial is back, so will we see you there?" still ranks.
      if (
        claim &&
        a.question &&
        !a.rhetorical &&
        (!a.lower.trim().endsWith("?") || clauseAround(a.lower, a.lower.indexOf(claim)).includes("?"))
      )
        return undefined;
      return claim;
    },
  },
  {
    id: "outcome-promise",
    title: "Promised outcomes",
    jurisdiction: "US",
    source:
      "FTC Health Products Compliance Guidance (2022): an outcome stated as fact needs competent and reliable evidence, and results vary",
    explanation:
      "Telling a reader they will get a result (smoother skin, a fuller hairline, looking younger) states an outcome as fact. Results of these treatments vary and some people see no change; an unhedged promise misleads.",
    rewrite: 'Say what may happen and that results vary: "Some people notice smoother skin after a course; others see little change."',
    test: (a) => {
      if (a.cited || a.denial || (a.question && !a.rhetorical)) return undefined;
      // "Bruises you might get, and your dark circles will be gone": a hedge in another clause does not soften the promise.
      const gone = first(a, PROBLEM_GONE);
      if (gone && !strongHedgeIn(clauseAround(a.lower, a.lower.indexOf(gone)))) return gone;
      if (a.hedged) return undefined;
      // "approved for facial rejuvenation", "used for hair restoration": the result named as a purpose, not promised.
      const promised = occurrences(a, IMPROVEMENT).find(
        (o) =>
          !o.negated &&
          !PURPOSE_BEFORE.test(a.lower.slice(0, a.lower.indexOf(o.text))) &&
          !ABOUT_CLAIMS.test(a.lower.slice(a.lower.indexOf(o.text))),
      );
      return first(a, PROBLEM_GONE) ?? promised?.text;
    },
  },
];

/** The clause of `lower` around `index`: between commas, semicolons, colons and the conjunctions that join clauses. */
function clauseAround(lower: string, index: number): string {
  const boundary = /[,;:]|\s(?:and|but|while|whereas|though|although|so)\s/g;
  let start = 0;
  let end = lower.length;
  for (const m of lower.matchAll(boundary)) {
    if (m.index < index) start = m.index + m[0].length;
    else if (m.index > index) {
      end = m.index;
      break;
    }
  }
  return lower.slice(start, end);
}

function isPractitioner(person: string, site: ClaimSite): boolean {
  const name = person.toLowerCase().replace(/^(?:dr|mr|mrs|ms|prof)\.?\s+/, "");
  return site.practitioners.some((p) => p.names.some((n) => n.toLowerCase().includes(name) || name.includes(n.toLowerCase())));
}

// Words of a credential claim worth checking against a file: the claim and the words after it, up to the end of its phrase.
/** Copy about the whole team or every practitioner, which no single file can back. */
const TEAM_WIDE =
  /\b(?:all|every|each) (?:of )?(?:our )?(?:doctors|physicians|practitioners|injectors|nurses|clinicians|staff|team)\b|\bour (?:doctors|physicians|practitioners|injectors|nurses|clinicians|staff|team) (?:are|is|have)\b/;

function credentialWords(lower: string, claim: string): string[] {
  const at = lower.indexOf(claim);
  // The claim and the words after it, up to the end of its phrase ("board-certified dermatologist", "fellow of the American Academy…").
  // Up to 40 characters past the claim, ending on a whole word.
  const phrase =
    lower
      .slice(at, at + claim.length + 40)
      .replace(/[a-z'-]+$/, (w) => (/[a-z]/.test(lower[at + claim.length + 40] ?? "") ? "" : w))
      .split(/[,.;:()?]| who | with | and | at | after | about | whether | for | to /)[0] ?? claim;
  const stop = new Set([
    "a",
    "an",
    "the",
    "is",
    "of",
    "our",
    "are",
    "dr",
    "his",
    "her",
    "their",
    "at",
    "by",
    "as",
    "to",
    "for",
    "on",
    "in",
    "that",
    "this",
    "specialty",
    "speciality",
    "field",
    "name",
    "stands",
    "after",
    "qualification",
    "qualifications",
    "holds",
    "hold",
    "in",
  ]);
  return phrase
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z-]/g, ""))
    .map((w) => w.replace(/'s$/, ""))
    .filter((w) => w.length > 1 && !stop.has(w) && !/^(?:okafor|reyes|amara|daniel)$/.test(w))
    .slice(0, 5);
}

const FELLOWSHIP = /fellow|american academy of dermatology/;
function backs(file: string, word: string): boolean {
  const f = file.toLowerCase();
  if (FELLOWSHIP.test(word)) return /\bfaad\b|\bfacs\b|fellow/.test(f);
  if (/^(?:american|academy|dermatology)$/.test(word)) return /\bfaad\b/.test(f) || f.includes(word);
  // "certification" is backed by "certified", "fellowship" by "fellow".
  return f.includes(word) || (word.length > 7 && f.includes(word.slice(0, 7)));
}

export interface ClaimFinding {
  classId: string;
  /** The words that make it this claim. */
  evidence: string;
}

/**
 * The claim a sentence makes, for the jurisdictions the clinic declares: the
 * first class in CLAIM_CLASSES whose test it meets (the list runs from the
 * most specific kind of claim to the broadest, so "the FDA has cleared it to
 * regrow hair" is a regulatory claim, not an outcome promise).
 */
export const classifySentence = (sentence: string, site: ClaimSite): ClaimFinding[] => classifyAnalysis(analyse(sentence), site);

export function classifyAnalysis(analysis: Analysis, site: ClaimSite): ClaimFinding[] {
  for (const c of CLAIM_CLASSES) {
    if (!site.jurisdictions.includes(c.jurisdiction)) continue;
    const evidence = c.test(analysis, site);
    if (evidence) return [{ classId: c.id, evidence }];
  }
  return [];
}
