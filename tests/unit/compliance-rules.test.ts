import { describe, expect, test } from "vitest";
import { checkCompliance, rules } from "@/lib/compliance";
import { RULE_IDS } from "@/lib/compliance/ids";
import { formatProblem } from "@/lib/content/report";
import { body, findings, NOW, rulesFor } from "../helpers/compliance";
import { doc, markdown, validTreatment } from "../helpers/documents";

const failsWith = (rule: string, sentences: string[], frontmatter: Record<string, unknown> = {}) => {
  for (const sentence of sentences) {
    test(`fails: ${sentence}`, () => {
      expect(rulesFor(sentence, frontmatter)).toContain(rule);
    });
  }
};

const passes = (sentences: string[], frontmatter: Record<string, unknown> = {}) => {
  for (const sentence of sentences) {
    test(`passes: ${sentence}`, () => {
      expect(rulesFor(sentence, frontmatter)).toEqual([]);
    });
  }
};

test("the clean page used by these tests has no findings", () => {
  expect(findings("").problems).toEqual([]);
});

test("every rule has a stable id, a title, an explanation and a fix", () => {
  expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
  for (const rule of rules) {
    expect(rule.title.length).toBeGreaterThan(5);
    expect(rule.explanation.length).toBeGreaterThan(120);
    expect(rule.fix.length).toBeGreaterThan(20);
  }
});

describe("no-promises", () => {
  failsWith("no-promises", [
    "We guarantee you will love the result.",
    "Results are Guaranteed or your money back.",
    "Thicker hair, guaranteed!",
    "PRP cures thinning hair for good.",
    "This is the cure you have been waiting for.",
    "Enjoy permanent results after one course.",
    "The results are completely permanent.",
    "It permanently restores lost hair.",
    "There are no side effects at all.",
    "Patients report zero side-effects.",
    "A treatment free from risks and downtime.",
    "The procedure is risk-free.",
    "It is a Risk Free way to look younger.",
    "It is 100% safe for everyone.",
    "A 100 percent natural approach.",
    "A miracle for thinning hair.",
    "The results are miraculous.",
    "See instant results in the mirror.",
    "Your skin glows instantly.",
    "Immediate results you can see.",
    "The treatment is painless.",
    "A pain-free procedure.",
    "Get amazing results with PRP.",
    "The results are truly incredible.",
    "Dramatic improvements in just weeks.",
    "The only treatment you will ever need.",
    "This is the only hair treatment you'll ever need.",
    "A revolutionary breakthrough in skin care.",
    "PRP activates your stem cells.",
    "The best anti-aging treatment money can buy.",
    "We are the number one PRP clinic in Oregon.",
    "It works for practically everybody.",
    "Just about everyone is a good candidate.",
    "Say goodbye to thinning hair forever.",
  ]);
  passes([
    "We cannot guarantee results; they vary from person to person.",
    "No one can guarantee how your skin will respond.",
    "There is no cure for pattern hair loss, but some treatments may slow it.",
    "PRP does not cure hair loss.",
    "The results are not permanent and most people need maintenance sessions.",
    "No treatment is risk-free.",
    "Like every procedure, it is not free of side effects.",
    "Results are not instant: changes show over two to three months.",
    "Numbing cream is applied first; most people feel pressure rather than pain.",
    "PRP does not contain stem cells.",
    "Some people notice a modest improvement in texture.",
    "It is not the best option for everyone, and a consultation decides.",
    "PRP does not work for everyone.",
  ]);
});

describe("regulatory-wording", () => {
  failsWith("regulatory-wording", [
    "PRP is FDA approved for hair loss.",
    "Our FDA-approved PRP system is safe.",
    "Microneedling has been approved by the FDA.",
    "The procedure was approved by the U.S. Food and Drug Administration.",
    "The FDA has approved this treatment.",
  ]);
  passes([
    "PRP is not FDA approved for hair loss; the preparation devices are FDA 510(k)-cleared.",
    "Using PRP on the scalp is off-label.",
  ]);

  test("a page about PRP without offLabel: true fails on the offLabel field", () => {
    const result = findings("PRP is prepared in a centrifuge.", { offLabel: false });
    expect(result.problems.map(formatProblem)).toEqual([
      "content/treatments/example.md:7:1  regulatory-wording  this page is about PRP, whose use on the scalp or face is off-label; add offLabel: true so the page shows the off-label notice",
    ]);
  });

  test("a page about PRP with offLabel: true passes", () => {
    expect(rulesFor("PRP is prepared in a centrifuge.", { offLabel: true })).toEqual([]);
  });
});

describe("efficacy-needs-source", () => {
  failsWith("efficacy-needs-source", [
    "Hair density rose by 30% in treated areas.",
    "Over 85 percent of patients were satisfied.",
    "Studies show that PRP thickens hair.",
    "Research shows a clear benefit.",
    "Recent clinical trials have demonstrated strong effects.",
    "Our method is clinically proven.",
    "PRP is proven to regrow hair.",
    "According to a recent study, most people respond.",
    "Nine out of ten patients saw thicker hair.",
    "Small trials reported a benefit [@nobody-2020].",
  ]);
  passes([
    "Hair density rose by 30% in treated areas in one small trial [@smith-2020].",
    "Studies show a modest benefit [@smith-2020].",
    "Evidence is limited, so we talk it through at the consultation.",
    "Most people have 3 sessions.",
  ]);

  test("an efficacy claim in an FAQ answer fails because it cannot be cited there", () => {
    const faqs = [{ question: "Does it work?", answer: "Studies show it works for most people." }];
    expect(findings("", { faqs }).problems.map(formatProblem)).toEqual([
      'content/treatments/example.md:18:5  efficacy-needs-source  "Studies show" is an efficacy claim in faqs[0].answer, where it cannot be cited; move it into the body with a [@source-id] citation, or remove it',
    ]);
  });

  test("the message points at the claim's line and column in the body", () => {
    const [problem] = findings("Some text here. Research shows a clear benefit.").problems;
    expect(problem && formatProblem(problem)).toBe(
      'content/treatments/example.md:25:17  efficacy-needs-source  "Research shows" is an efficacy claim without a source; end the sentence with [@source-id] (one of: smith-2020) or remove the claim',
    );
  });
});

describe("endorsements", () => {
  failsWith("endorsements", [
    "A favourite of celebrities and models.",
    "Hollywood stars swear by it.",
    "Instagram-famous influencers love this facial.",
    '"It changed my life, I look ten years younger!" — Sarah K.',
    "Read our testimonials to see what patients say.",
    "Our patients rave about the results.",
    "Five-star reviews from hundreds of clients.",
    "See our before-and-after photos below.",
    "![Before and after PRP](/images/before-after.jpg)",
    "![Patient result](/images/patient-3.jpg)",
  ]);
  passes(["We do not use celebrity endorsements.", "A diagram of the hair follicle is shown at consultation."]);

  test("a testimonial with its disclosures in the testimonials field passes", () => {
    const testimonials = [
      {
        quote: "The team explained every step and the side effects.",
        attribution: "Patient, 48",
        typicalResults: "Most people see modest changes over several months; results vary.",
        relationship: "None: not paid and no free treatment.",
      },
    ];
    expect(rulesFor("", { testimonials })).toEqual([]);
  });

  test("a testimonial quote still may not make promises", () => {
    const testimonials = [
      { quote: "Amazing results, totally painless!", attribution: "A patient", typicalResults: "Results vary.", relationship: "None." },
    ];
    expect(rulesFor("", { testimonials })).toEqual(["no-promises", "no-promises"]);
  });
});

describe("trademarks", () => {
  failsWith("trademarks", ["Book a Vampire Facial today.", "Our vampire-facial is popular.", "The vampire facial uses your own blood."]);
  failsWith("trademarks", ["A treatment."], { title: "Vampire Facial" });
  failsWith("trademarks", ["A treatment."], { summary: "Our take on the Vampire Facelift, explained." });
  passes([
    'Some people call it the "Vampire Facial®", a registered trademark of its owner; we do not offer a treatment under that name.',
    "It is sometimes called a vampire facial, which is a trademark of its owner.",
  ]);
  passes(["Book a Vampire Facial today."], { licensedTrademarks: ["Vampire Facial"] });
});

describe("freshness", () => {
  test("a review over 12 months old fails", () => {
    expect(findings("", { lastReviewed: "2025-11-01" }).problems.map(formatProblem)).toEqual([
      "content/treatments/example.md:5:1  freshness  lastReviewed 2025-11-01 is over 12 months old; have the page reviewed again and update the date",
    ]);
  });

  test("a review over 10 months old warns but does not fail", () => {
    const { problems } = findings("", { lastReviewed: "2026-01-10" });
    expect(problems.map(formatProblem)).toEqual([
      "content/treatments/example.md:5:1  warning freshness  lastReviewed 2026-01-10 is over 10 months old; the build will fail at 12 months, so book the next review",
    ]);
    expect(problems[0]?.severity).toBe("warning");
  });

  test("a review 9 months old passes", () => {
    expect(rulesFor("", { lastReviewed: "2026-02-27" })).toEqual([]);
  });
});

describe("required-sections", () => {
  const page = (text: string) =>
    checkCompliance(doc("content/treatments/example.md", "Treatment", markdown(validTreatment, text)), NOW).problems.map(formatProblem);

  test("a body without a risks section fails", () => {
    expect(page("## What it is\n\nText.\n\n## Who it is not for\n\nPeople on blood thinners.\n")).toEqual([
      'content/treatments/example.md:20:1  required-sections  the body has no "## Risks and side effects" section; add it with the information a patient needs',
    ]);
  });

  test("a body without a who-it-is-not-for section fails", () => {
    expect(page("## Risks and side effects\n\nBruising.\n")).toEqual([
      'content/treatments/example.md:20:1  required-sections  the body has no "## Who it is not for" section; add it with the information a patient needs',
    ]);
  });

  test("an empty section fails at its heading", () => {
    expect(page("## Risks and side effects\n\n## Who it is not for\n\nPregnant people.\n")).toEqual([
      'content/treatments/example.md:21:1  required-sections  the "Risks and side effects" section is empty; write what the reader needs to know under it',
    ]);
  });

  test("'Risks & side-effects' and 'Who this is not for' count", () => {
    expect(page("## Risks & side-effects\n\nBruising.\n\n## Who this is not for\n\nPregnant people.\n")).toEqual([]);
  });
});

describe("copy-hygiene", () => {
  failsWith("copy-hygiene", [
    "error: Content is protected !!",
    "Right click disabled.",
    "Lorem ipsum dolor sit amet.",
    "To book, click here.",
    "Read more »",
    "Learn more...",
    "TODO write this section.",
    "Share on Facebook",
  ]);
  passes(["To book, [call the clinic](/clinic).", "[Read more about our clinic](/clinic)"]);

  test("a paragraph that appears twice fails on the second copy", () => {
    const repeated = "The plasma is drawn and spun in a centrifuge to separate it.";
    expect(findings(`${repeated}\n\n${repeated}`).problems.map(formatProblem)).toEqual([
      "content/treatments/example.md:27:1  copy-hygiene  this paragraph repeats the one on line 25; delete one of them",
    ]);
  });
});

describe("complianceExceptions", () => {
  const sentence = "Hair density rose by 30% in treated areas.";

  test("an exception naming the rule and the exact sentence lets the page build and is listed", () => {
    const result = findings(sentence, {
      complianceExceptions: [
        { rule: "efficacy-needs-source", sentence, reason: "Quoted from the device label, approved by Dr Doe on 2026-11-01." },
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.exceptions).toEqual([
      {
        file: "content/treatments/example.md",
        line: 29,
        rule: "efficacy-needs-source",
        sentence,
        reason: "Quoted from the device label, approved by Dr Doe on 2026-11-01.",
      },
    ]);
  });

  test("an exception for another rule does not silence this one", () => {
    const result = findings(sentence, {
      complianceExceptions: [{ rule: "no-promises", sentence, reason: "A reason long enough to be accepted here." }],
    });
    expect(result.problems.map((p) => p.field).sort()).toEqual(["complianceExceptions", "efficacy-needs-source"]);
  });

  test("an exception that matches nothing fails, so stale ones cannot pile up", () => {
    const result = findings("", {
      complianceExceptions: [{ rule: "no-promises", sentence: "Gone.", reason: "A reason long enough to be accepted here." }],
    });
    expect(result.problems.map(formatProblem)).toEqual([
      "content/treatments/example.md:20:5  complianceExceptions  the exception for no-promises matches no sentence that rule flags; remove it, or copy the sentence exactly",
    ]);
  });
});

test("the fixture body is real markdown with sections", () => {
  expect(body("x")).toContain("## Risks and side effects");
});

test("the content guide's compliance rules section is exactly what the rule definitions generate", async () => {
  const { readFileSync } = await import("node:fs");
  const { RULES_DOC_FILE, withRulesDoc } = await import("@/lib/compliance/docs");
  const guide = readFileSync(RULES_DOC_FILE, "utf8");
  expect(guide, "run npm run rules:doc").toBe(withRulesDoc(guide));
  for (const rule of rules) expect(guide).toContain(`### \`${rule.id}\``);
});
