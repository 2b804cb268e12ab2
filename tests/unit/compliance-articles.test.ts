import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkContent } from "@/lib/content/check";
import { RULE_IDS } from "@/lib/compliance/ids";
import { NOW } from "../helpers/compliance";
import { doc, markdown, site, validTreatment } from "../helpers/documents";

const errorsByRule = (file: string, source: string) => {
  const { problems } = checkContent(site(doc(file, "Treatment", source)), NOW);
  const errors = problems.filter((p) => p.severity === "error" && p.file === file);
  return { errors, rules: new Set(errors.map((p) => p.field).filter((f) => (RULE_IDS as readonly string[]).includes(f))) };
};

// Articles written for these tests in the style of clinics' marketing pages.
const ARTICLES = path.join(import.meta.dirname, "../fixtures/articles");

const expected: Record<string, string[]> = {
  // "Our PRP hair therapy is different." is hype no class's own test places; the model stops it and,
  // sure enough of the kind by its calibrated margin, names its closest one (regulatory-status).
  "hair-hype.md": [
    "no-promises",
    "regulatory-wording",
    "efficacy-needs-source",
    "endorsements",
    "required-sections",
    "copy-hygiene",
    "regulatory-status",
  ],
  // The claim rules (by meaning) also stop sentences the phrase rules let through.
  "vampire-glow.md": ["no-promises", "regulatory-wording", "endorsements", "trademarks", "required-sections", "endorsement"],
  "needling-deal.md": [
    "no-promises",
    "regulatory-wording",
    "efficacy-needs-source",
    "freshness",
    "required-sections",
    "copy-hygiene",
    "patient-statistics",
  ],
};

describe("whole marketing articles written in the style of the seeds", () => {
  for (const [name, rules] of Object.entries(expected)) {
    test(`${name} fails with ${rules.join(", ")}`, () => {
      const { rules: fired } = errorsByRule(`content/treatments/${name}`, readFileSync(path.join(ARTICLES, name), "utf8"));
      expect([...fired].sort()).toEqual([...rules].sort());
    });
  }

  test("a missing or empty disclaimer is reported alongside the rule findings", () => {
    for (const name of ["hair-hype.md", "vampire-glow.md"]) {
      const { errors } = errorsByRule(`content/treatments/${name}`, readFileSync(path.join(ARTICLES, name), "utf8"));
      expect(errors.map((e) => e.field)).toContain("disclaimer");
    }
  });

  test("every fixture file has an expectation", () => {
    expect(readdirSync(ARTICLES).sort()).toEqual(Object.keys(expected).sort());
  });
});

// The real articles the site's subject matter came from: real copy of this kind fails too.
// They live beside the repository (../shared/seeds) in CI and on developer machines,
// and are not copied into it; SEEDS_DIR points elsewhere.
const SEEDS = process.env.SEEDS_DIR ?? path.resolve(import.meta.dirname, "../../../shared/seeds");
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith(".txt")) : [];
// On a developer's machine without them the tests are skipped with a warning; in CI a missing
// input is a failure, so CI cannot be green without these tests having run.
if (seeds.length === 0) console.warn(`No seed articles at ${SEEDS}: their tests are skipped (set SEEDS_DIR)`);

test.runIf(process.env.CI === "true")("in CI the seed articles are there to be tested", () => {
  expect(seeds.length, `no seed articles at ${SEEDS}`).toBeGreaterThan(0);
});

describe.skipIf(seeds.length === 0)(`the seed articles in ${SEEDS}, published as they are, would be refused`, () => {
  for (const seed of seeds) {
    test(`${seed}, pasted in with just a title, fails the contract and several rules`, () => {
      const text = readFileSync(path.join(SEEDS, seed), "utf8");
      const { errors, rules } = errorsByRule("content/treatments/seed.md", markdown({ title: "Pasted article" }, text));
      expect(errors.map((e) => e.field)).toContain("disclaimer");
      expect(rules.size, `rules fired: ${[...rules].join(", ")}`).toBeGreaterThanOrEqual(2);
    });

    test(`${seed}, given complete frontmatter, still fails on its copy`, () => {
      const text = readFileSync(path.join(SEEDS, seed), "utf8");
      const { rules } = errorsByRule("content/treatments/seed.md", markdown(validTreatment, text));
      expect(rules.size, `rules fired: ${[...rules].join(", ")}`).toBeGreaterThanOrEqual(1);
    });
  }
});
