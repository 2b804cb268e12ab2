import { describe, expect, test } from "vitest";
import { checkCompliance, rules } from "@/lib/compliance";
import { CLAIM_CLASSES, classifySentence, type ClaimSite } from "@/lib/compliance/claims/classes";
import { checkSentence } from "@/lib/compliance/claims/check";
import { evaluate, HONEST, loadCorpus } from "@/lib/compliance/claims/corpus";
import conditions from "@/lib/compliance/claims/conditions.generated.json";
import { claimSite, claimSiteFromContent } from "@/lib/compliance/claims/site";
import { conditionNames } from "@/scripts/lexicons/wordnet-conditions";
import { trainFromCorpus } from "@/scripts/compliance-train";
import model from "@/lib/compliance/claims/model.generated.json";
import { MIN_WORDS } from "@/lib/compliance/claims/model";
import { checkContent } from "@/lib/content/check";
import { loadContent } from "@/lib/content/load";
import { body, NOW } from "../helpers/compliance";
import { doc, markdown, site as testSite, validClinic, validTreatment } from "../helpers/documents";

// The clinic as content/ describes it (Dr Amara Okafor, MD, FAAD; Dr Daniel Reyes, MD), in the US and the UK.
const shipped = claimSiteFromContent();
const everywhere: ClaimSite = { ...shipped, jurisdictions: ["US", "UK"] };

const classOf = (sentence: string, site: ClaimSite = everywhere) => classifySentence(sentence, site).map((f) => f.classId);

/** The rule ids the whole check reports for a sentence in an otherwise clean treatment page. */
const rulesFor = (sentence: string, site: ClaimSite = everywhere) =>
  checkCompliance(doc("content/treatments/example.md", "Treatment", markdown(validTreatment, body(sentence))), NOW, site).problems.map(
    (p) => p.field,
  );

describe("claims by meaning", () => {
  test("every claim class is a rule with its source, an explanation and a rewrite", () => {
    for (const claim of CLAIM_CLASSES) {
      const rule = rules.find((r) => r.id === claim.id);
      expect(rule?.source, claim.id).toMatch(/\S{10,}/);
      expect(rule?.explanation.length, claim.id).toBeGreaterThan(80);
      expect(rule?.fix.length, claim.id).toBeGreaterThan(20);
    }
  });

  test("a finding names the rule, quotes the sentence, cites the source and says what to write instead", () => {
    const [problem] = checkCompliance(
      doc("content/treatments/example.md", "Treatment", markdown(validTreatment, body("Nobody reacts badly to it."))),
      NOW,
      everywhere,
    ).problems;
    expect(problem?.field).toBe("safety-claim");
    expect(problem?.message).toContain('"Nobody reacts badly to it."');
    expect(problem?.message).toContain("Source: FTC Health Products Compliance Guidance (2022)");
    expect(problem?.message).toContain("Write instead:");
    expect(problem?.line).toBeGreaterThan(1);
  });

  // The examples of copy that passed the phrase lists, one class each.
  test.each([
    ["you'll leave with smoother skin", "outcome-promise"],
    ["Bald spots become a thing of the past.", "outcome-promise"],
    ["Nobody reacts badly to it.", "safety-claim"],
    ["Made from your own body, so complications are impossible.", "safety-claim"],
    ["The city's favourite clinic.", "superiority"],
    ["It works better than pills.", "superiority"],
    ["Research has proven it.", "unsourced-evidence"],
    ["Thousands of treatments performed.", "patient-statistics"],
    ["The FDA has signed off on it for thinning hair.", "regulatory-status"],
    ["Endorsed by the state medical board.", "regulatory-status"],
    ["Pro golfers rely on it.", "endorsement"],
    ["Our clients rave about it.", "endorsement"],
    ["Purifies the skin from within.", "pseudo-science"],
    ["It fixes male-pattern baldness.", "disease-claim"],
    ["Our injectors are board-certified.", "credential-claim"],
  ])("%s is a %s, and the page does not build", (sentence, expected) => {
    expect(classOf(sentence)).toEqual([expected]);
    // Either this class's rule reports it, or a phrase rule of the same kind already did (one line per sentence).
    expect(rulesFor(sentence).length).toBeGreaterThan(0);
  });

  // Attacks on the checker itself: a claim disguised so that a reader sees it and a pattern does not.
  test.each([
    ["a zero-width space inside a word", "We are the b\u200Best clinic in Portland."],
    ["a soft hyphen inside a word", "It works bet\u00ADter than pills."],
    ["a Cyrillic e in Latin letters", "We are the b\u0435st clinic in Portland."],
    ["a Greek omicron in Latin letters", "N\u03BF side effects at all."],
    ["full-width letters", "We are the \uFF42\uFF45\uFF53\uFF54 clinic in Portland."],
    ["mathematical bold letters", "We are the \u{1D41B}\u{1D41E}\u{1D42C}\u{1D42D} clinic in Portland."],
    ["a right-to-left override", "We are the \u202Etseb\u202C clinic in Portland."],
  ])("a claim hidden with %s still fails the build", (_how, sentence) => {
    const found = rulesFor(sentence);
    expect(found).toContain("unreadable-text");
  });

  test("the condition names are exactly what WordNet gives (npm run lexicons), and they reach conditions no example named", () => {
    expect(conditions.names).toEqual(conditionNames());
    expect(conditions.names.length).toBeGreaterThan(1000);
    // None of these appears in the corpus or in a hand-written list.
    expect(classOf("Our plasma course clears impetigo for good.")).toEqual(["disease-claim"]);
    expect(classOf("Shingles is halted within days by our platelet injections.")).toEqual(["disease-claim"]);
    expect(classOf("Acne scars may soften a little after three sessions.")).toEqual([]);
  });

  test("the claim rules read disguised letters as a reader does", () => {
    expect(classOf("We are the b\u200Best clinic in Portland.")).toEqual(["superiority"]);
    expect(classOf("We are the b\u0435st clinic in Portland.")).toEqual(["superiority"]);
    expect(classOf("N\u03BF side effects at all.")).toEqual(["safety-claim"]);
    expect(classOf("We are the \uFF42\uFF45\uFF53\uFF54 clinic in Portland.")).toEqual(["superiority"]);
  });

  test("a sentence too long to read with confidence fails, and plain punctuation and accents do not", () => {
    const long = `${Array.from({ length: 61 }, (_, i) => (i % 2 ? "session" : "the")).join(" ")}.`;
    expect(rulesFor(long)).toContain("unreadable-text");
    expect(rulesFor("Our café’s “PRP facial” costs $650 — about 90 minutes… and you may notice redness.")).not.toContain("unreadable-text");
  });

  test("hedged, negated and cited versions of the same claims pass", () => {
    for (const sentence of [
      "Some people notice smoother skin after a course; others see little change.",
      "No treatment on this page is free of risk.",
      "We do not claim to be the best clinic in Portland.",
      "PRP is not FDA-approved for hair loss.",
      "It tends to help most while follicles are still present.",
      "Our nurses hold Oregon nursing licences.",
      "Each PRP scalp session costs $650.",
      "In a small randomised trial, hair density rose more in areas treated with PRP [@smith-2020].",
    ]) {
      expect(rulesFor(sentence), sentence).toEqual([]);
    }
  });

  test("a person named in the copy is checked against the practitioners in content/, not a list of celebrities", () => {
    expect(classOf("Dr Amara Okafor reviewed this page in November.")).toEqual([]);
    expect(classOf("Dr Mark Ellison calls our technique the future of hair care.")).toEqual(["endorsement"]);
    // The same sentence, for a clinic whose file lists Dr Ellison, is fine.
    const withEllison: ClaimSite = {
      ...everywhere,
      practitioners: [...everywhere.practitioners, { names: ["Mark Ellison", "Ellison", "Dr Ellison"], credentials: "MD" }],
    };
    expect(classOf("Dr Mark Ellison reviewed this page in November.", withEllison)).toEqual([]);
  });

  test("a capitalised word is a person only when it names one: months, headline capitals and 'sat in our chair' are not", () => {
    expect(classOf("Booking for June opens on 1 May, with no waiting-list fee.")).toEqual([]);
    // Headline capitals name no one, so the promise is judged as the promise it is.
    expect(classOf("Fuller Hair In Three Visits, Lumen PRP Delivers.")).toEqual(["outcome-promise"]);
    // A patient sitting in a chair is no SAT exam; the same patient named in praise is a testimonial.
    expect(classOf("When Tom first sat in our chair he was nervous, but now he calls us his favourite people.")).toEqual(["endorsement"]);
    expect(classOf("Book your under-eye PRP after the SATs, when the revision nights are over.")).toEqual(["uk-under-18"]);
    // A quotation with its author is a testimonial, whoever the tagger takes for a person.
    expect(classOf("\u201cBest decision I ever made,\u201d writes Priya after her under-eye PRP.")).toEqual(["endorsement"]);
  });

  test("an FAQ's answer is the claim: a question answered yes or none is judged on its answer, and a question alone asks", () => {
    expect(classOf("FAQ: Can PRP help with periorbital dermatitis? Yes, it clears the dermatitis completely.")).toEqual(["disease-claim"]);
    expect(classOf("Q: Are there side effects from PRP for hair? A: None whatsoever.")).toEqual(["safety-claim"]);
    expect(classOf("Can PRP help with periorbital dermatitis?")).toEqual([]);
    // A table cell quoted in prose is still the claim it makes; a channel named in passing endorses nothing.
    expect(classOf("In our comparison, the PRP column reads 'side effects: none'.")).toEqual(["safety-claim"]);
    expect(classOf("Google Business update: we now open at 9:00 on Saturdays.")).toEqual([]);
  });

  test("a credential passes only when the named practitioner's file holds it", () => {
    expect(classOf("Dr Amara Okafor is a board-certified dermatologist.")).toEqual([]);
    expect(classOf("Dr Daniel Reyes is a board-certified dermatologist.")).toEqual(["credential-claim"]);
    expect(classOf("Dr Reyes holds a fellowship of the American Academy of Dermatology.")).toEqual(["credential-claim"]);
    expect(classOf("A true authority in the field.")).toEqual(["credential-claim"]);
    // Standing other than a certificate is a credential too, and her file backs neither.
    expect(classOf("Dr Amara Okafor, a former president of the American Academy of Dermatology, leads the service.")).toEqual([
      "credential-claim",
    ]);
    expect(classOf("Book with Dr Okafor, who literally wrote the textbook on PRP.")).toEqual(["credential-claim"]);
    // An unnamed practitioner one file backs, however the question around it is worded.
    expect(classOf("Want a straight answer from a board-certified dermatologist about whether it's worth trying?")).toEqual([]);
  });

  test("the UK rules apply only to a clinic that lists UK in its jurisdictions", () => {
    const us: ClaimSite = { ...shipped, jurisdictions: ["US"] };
    for (const [sentence, rule] of [
      ["Top up your facial with a few units of Botox.", "uk-prescription-medicine"],
      ["Book by Sunday and take 25% off your first session.", "uk-pressure-selling"],
      ["Get prom-ready skin before the big night.", "uk-under-18"],
      ["Pop in on your lunch break.", "uk-trivialising"],
    ] as const) {
      expect(rulesFor(sentence, everywhere), sentence).toContain(rule);
      expect(rulesFor(sentence, us), sentence).not.toContain(rule);
    }
  });

  test("jurisdictions come from content/clinic.md, [US] by default", () => {
    const clinic = (jurisdictions?: string[]) =>
      doc("content/clinic.md", "Clinic", markdown(jurisdictions ? { ...validClinic, jurisdictions } : validClinic, ""));
    expect(claimSite([clinic()]).jurisdictions).toEqual(["US"]);
    expect(claimSite([clinic(["US", "UK"])]).jurisdictions).toEqual(["US", "UK"]);
    const bad = checkContent(
      testSite().map((d) => (d.kind === "Clinic" ? clinic(["EU"]) : d)),
      NOW,
    ).problems;
    expect(bad.map((p) => p.message)).toContainEqual(expect.stringMatching(/jurisdictions\[\] must be one of: US, UK/));
  });

  test("a complianceExceptions entry with a reason is the only way past a claim rule", () => {
    const sentence = "Pro golfers rely on it.";
    const page = (exceptions: unknown[]) =>
      checkCompliance(
        doc(
          "content/treatments/example.md",
          "Treatment",
          markdown({ ...validTreatment, complianceExceptions: exceptions }, body(sentence)),
        ),
        NOW,
        everywhere,
      );
    expect(page([]).problems.map((p) => p.field)).toEqual(["endorsement"]);
    const excepted = page([{ rule: "endorsement", sentence, reason: "A quoted survey result with its disclosure, approved by Dr Doe." }]);
    expect(excepted.problems).toEqual([]);
    expect(excepted.exceptions.map((e) => e.rule)).toEqual(["endorsement"]);
  });

  test("the unsure-claim model is what compliance:train makes from the dev split, and it has seen no test sentence", () => {
    expect(model).toEqual(trainFromCorpus());
    expect(model.sentences.reduce((a, b) => a + b, 0)).toBe(loadCorpus().filter((s) => s.split === "dev").length);
  });

  test("a claim in words no class knows fails as unsure, and only a reasoned exception lets it through", () => {
    const sentence = "Clients walk out feeling like a whole new person.";
    expect(classOf(sentence)).toEqual([]);
    const page = (exceptions: unknown[]) =>
      checkCompliance(
        doc(
          "content/treatments/example.md",
          "Treatment",
          markdown({ ...validTreatment, complianceExceptions: exceptions }, body(sentence)),
        ),
        NOW,
        everywhere,
      );
    const [problem] = page([]).problems;
    expect(problem?.field).toBe("unsure-claim");
    expect(problem?.message).toContain("closest kind:");
    expect(
      page([{ rule: "unsure-claim", sentence, reason: "Reviewed by Dr Okafor: a quoted patient feeling, shown with its disclosure." }])
        .problems,
    ).toEqual([]);
  });

  test("a claim no class's test places, but whose kind the model is sure of, fails under that kind's rule with the words that gave it away", () => {
    const sentence = "Melasma that has shrugged off every cream can finally be lifted with a course of microneedling and PRP.";
    expect(classOf(sentence)).toEqual([]);
    const [verdict] = checkSentence(sentence, everywhere);
    expect(verdict).toMatchObject({ classId: "disease-claim", byModel: true });
    const [problem] = checkCompliance(
      doc("content/treatments/example.md", "Treatment", markdown(validTreatment, body(sentence))),
      NOW,
      everywhere,
    ).problems;
    expect(problem?.field).toBe("disease-claim");
    expect(problem?.message).toContain("reads like one:");
    expect(problem?.message).toContain("melasma");
  });

  test(`headings and table cells under ${MIN_WORDS} words are left to the classes, and plain copy passes`, () => {
    for (const sentence of [
      "PRP facial.",
      "Regulatory status.",
      "The clinic is closed on Sundays and public holidays.",
      "Parking is on the street, with a loading bay at the door.",
    ])
      expect(rulesFor(sentence), sentence).toEqual([]);
  });

  test("the shipped content passes every rule with no exception at all", () => {
    const docs = loadContent();
    expect(docs.flatMap((d) => (d.data as { complianceExceptions?: unknown[] } | undefined)?.complianceExceptions ?? [])).toEqual([]);
    const { problems, exceptions } = checkContent(docs);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(exceptions).toEqual([]);
  });
});

describe("the labelled corpus", () => {
  const corpus = loadCorpus();

  test("has at least 400 sentences, 15 per class, at least 40% honest and at least 30% held out for testing", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    const labels = new Set(corpus.map((s) => s.label));
    expect([...labels].sort()).toEqual([...CLAIM_CLASSES.map((c) => c.id), HONEST].sort());
    for (const label of labels) expect(corpus.filter((s) => s.label === label).length, label).toBeGreaterThanOrEqual(15);
    expect(corpus.filter((s) => s.label === HONEST).length / corpus.length).toBeGreaterThanOrEqual(0.4);
    expect(corpus.filter((s) => s.split === "test").length / corpus.length).toBeGreaterThanOrEqual(0.3);
    for (const label of labels) {
      const all = corpus.filter((s) => s.label === label);
      expect(all.filter((s) => s.split === "test").length, label).toBeGreaterThanOrEqual(15);
    }
    expect(new Set(corpus.map((s) => s.text)).size).toBe(corpus.length);
  });

  // A floor under the dev split, so a change that breaks what the rules already know fails here;
  // the held-out test split is reported by `npm run compliance:eval` and the bench, not asserted.
  test("on the dev split the checker stops at least 95% of violations and flags at most 5% of honest copy wrongly", () => {
    const { splits } = evaluate(
      corpus.filter((s) => s.split === "dev"),
      (text) => checkSentence(text, everywhere).map((f) => f.classId),
    );
    const dev = splits.find((s) => s.split === "dev");
    expect(dev?.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(dev?.overall.precision).toBeGreaterThanOrEqual(0.95);
  });
});
