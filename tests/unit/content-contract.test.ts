import { describe, expect, test } from "vitest";
import { formatProblem } from "@/lib/content/report";
import { validateContent } from "@/lib/content/validate";
import { doc, markdown, site, treatment, validTreatment } from "../helpers/documents";

const lines = (...docs: Parameters<typeof site>) => validateContent(site(...docs)).map(formatProblem);
const without = (key: string) => Object.fromEntries(Object.entries(validTreatment).filter(([k]) => k !== key));

describe("the content contract", () => {
  test("a complete treatment has no problems", () => {
    expect(lines(treatment(validTreatment))).toEqual([]);
  });

  test("a practitioner's photo must be a file under public/, named in one line with the fix", () => {
    const practitioner = (photo: string) =>
      doc(
        "content/practitioners/sam-roe.md",
        "Practitioner",
        markdown({ name: "Sam Roe", jobTitle: "Nurse", credentials: "RN", photo }, "Bio."),
      );
    expect(lines(practitioner("/images/practitioners/amara-okafor.svg"))).toEqual([]);
    expect(lines(practitioner("/images/practitioners/nobody.jpg"))).toEqual([
      "content/practitioners/sam-roe.md:5:1  photo  there is no file public/images/practitioners/nobody.jpg; add the photo there or correct the path",
    ]);
    expect(lines(practitioner("https://example.com/me.jpg"))[0]).toMatch(
      /photo {2}photo must be a path such as \/images\/practitioners\/jane-doe\.jpg/,
    );
  });

  test("the site does not build without the medical review policy that every review line links to", () => {
    const docs = site(treatment(validTreatment)).filter((d) => d.slug !== "medical-review-policy");
    expect(validateContent(docs).map(formatProblem)).toEqual([
      'content/legal/medical-review-policy.md:1:1  file  the medical review policy is missing; every "Medically reviewed by" line links to /legal/medical-review-policy, so add the file',
    ]);
  });

  test("a missing disclaimer names the file, the line and the fix", () => {
    expect(lines(treatment(without("disclaimer")))).toEqual([
      "content/treatments/example.md:2:1  disclaimer  disclaimer is missing; add the compliance disclaimer shown on the page (see docs/content.md, Disclaimers)",
    ]);
  });

  test("an empty disclaimer fails", () => {
    expect(lines(treatment({ ...validTreatment, disclaimer: "" }))).toEqual([
      "content/treatments/example.md:4:1  disclaimer  disclaimer is empty; write the compliance disclaimer shown on the page (see docs/content.md, Disclaimers)",
    ]);
  });

  test("a disclaimer of only spaces fails", () => {
    expect(lines(treatment({ ...validTreatment, disclaimer: "   " }))).toEqual([
      "content/treatments/example.md:4:1  disclaimer  disclaimer is empty; write the compliance disclaimer shown on the page (see docs/content.md, Disclaimers)",
    ]);
  });

  test("a YAML null disclaimer (the key with nothing after it) fails", () => {
    const source = markdown(validTreatment).replace(/^disclaimer: .*$/m, "disclaimer:");
    expect(lines(doc("content/treatments/example.md", "Treatment", source))).toEqual([
      "content/treatments/example.md:4:1  disclaimer  disclaimer is empty; write the compliance disclaimer shown on the page (see docs/content.md, Disclaimers)",
    ]);
  });

  test("a misspelt key is reported with the field it was meant to be", () => {
    const source = markdown(validTreatment).replace(/^disclaimer:/m, "disclamer:");
    expect(lines(doc("content/treatments/example.md", "Treatment", source))).toEqual([
      "content/treatments/example.md:2:1  disclaimer  disclaimer is missing; add the compliance disclaimer shown on the page (see docs/content.md, Disclaimers)",
      'content/treatments/example.md:4:1  disclamer  "disclamer" is not a treatment field; did you mean "disclaimer"? Rename it',
    ]);
  });

  test("an unknown key with no near match lists the allowed fields", () => {
    const [line] = lines(treatment({ ...validTreatment, price: 300 }));
    expect(line).toMatch(
      /^content\/treatments\/example\.md:\d+:1 {2}price {2}"price" is not a treatment field; remove it or use one of: title, summary, disclaimer/,
    );
  });

  test("a wrong type says what to write", () => {
    expect(lines(treatment({ ...validTreatment, faqs: "Ask us anything" }))).toEqual([
      "content/treatments/example.md:16:1  faqs  faqs must be a list of question/answer pairs",
    ]);
  });

  test("a year written as text is a wrong type inside a list", () => {
    const sources = [{ ...validTreatment.sources[0], year: "2020" }];
    expect(lines(treatment({ ...validTreatment, sources }))).toEqual([
      "content/treatments/example.md:14:5  sources[0].year  sources[].year must be a four-digit year such as 2021",
    ]);
  });

  test("a date that does not exist fails", () => {
    expect(lines(treatment({ ...validTreatment, lastReviewed: "2026-02-30" }))).toEqual([
      'content/treatments/example.md:5:1  lastReviewed  lastReviewed "2026-02-30" is not a real date; write it as YYYY-MM-DD, e.g. 2026-03-31',
    ]);
  });

  test("a date in words fails", () => {
    expect(lines(treatment({ ...validTreatment, lastReviewed: "last week" }))).toEqual([
      'content/treatments/example.md:5:1  lastReviewed  lastReviewed "last week" is not a real date; write it as YYYY-MM-DD, e.g. 2026-03-31',
    ]);
  });

  test("a review date in the future fails", () => {
    expect(lines(treatment({ ...validTreatment, lastReviewed: "2999-01-01" }))).toEqual([
      "content/treatments/example.md:5:1  lastReviewed  lastReviewed 2999-01-01 is in the future; write the date the review actually happened",
    ]);
  });

  test("a reviewer who does not exist fails and lists who does", () => {
    expect(lines(treatment({ ...validTreatment, reviewedBy: "dr-nobody" }))).toEqual([
      'content/treatments/example.md:6:1  reviewedBy  no practitioner "dr-nobody" exists; write one of: jane-doe',
    ]);
  });

  test("two documents with the same slug both fail", () => {
    const md = treatment(validTreatment);
    const mdx = doc("content/treatments/example.mdx", "Treatment", markdown(validTreatment));
    expect(lines(md, mdx)).toEqual([
      'content/treatments/example.md:1:1  slug  two documents would both be published at "example" (also content/treatments/example.mdx); rename or delete one of them',
      'content/treatments/example.mdx:1:1  slug  two documents would both be published at "example" (also content/treatments/example.md); rename or delete one of them',
    ]);
  });

  test("a summary over 160 characters fails with its length", () => {
    expect(lines(treatment({ ...validTreatment, summary: "x".repeat(161) }))).toEqual([
      "content/treatments/example.md:3:1  summary  summary is 161 characters; search engines cut it at 160, shorten it",
    ]);
  });

  test("a treatment without sources fails", () => {
    expect(lines(treatment({ ...validTreatment, sources: [] }))).toEqual([
      "content/treatments/example.md:10:1  sources  sources is empty; add at least one source (title, publisher, year, url or doi)",
    ]);
  });

  test("a source with neither url nor doi fails", () => {
    const { doi, ...source } = validTreatment.sources[0]!;
    expect(doi).toBeDefined();
    expect(lines(treatment({ ...validTreatment, sources: [source] }))).toEqual([
      "content/treatments/example.md:11:5  sources[0]  each source needs a url or a doi so readers can find it; add one",
    ]);
  });

  test("a file without frontmatter fails", () => {
    expect(lines(doc("content/treatments/example.md", "Treatment", "## Just a body\n"))).toEqual([
      "content/treatments/example.md:1:1  frontmatter  the file has no frontmatter; start it with a line '---', the fields, then another '---'",
    ]);
  });

  test("frontmatter that is not YAML points at the broken line", () => {
    const source = "---\ntitle: ok\nsummary: [unclosed\ndisclaimer: x\n---\n";
    expect(lines(doc("content/treatments/example.md", "Treatment", source))).toEqual([
      "content/treatments/example.md:4:1  frontmatter  the frontmatter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); check quotes, colons and indentation on this line",
    ]);
  });

  test("a file outside the known folders would be silently dropped, so it fails", () => {
    expect(lines(doc("content/blog/hello.md", undefined, markdown(validTreatment)))).toEqual([
      "content/blog/hello.md:1:1  file  this file is not a known document and would not be published; move it into content/treatments/, content/practitioners/, content/legal/ as a .md file, or delete it",
    ]);
  });

  test("a file name that cannot be a web address fails", () => {
    expect(lines(treatment(validTreatment, "PRP Facial"))).toEqual([
      'content/treatments/PRP Facial.md:1:1  file name  "PRP Facial" cannot be a web address; rename the file in lower case with hyphens, e.g. prp-facial.md',
    ]);
  });

  test("a missing clinic document fails", () => {
    const docs = site(treatment(validTreatment)).filter((d) => d.kind !== "Clinic");
    expect(validateContent(docs).map(formatProblem)).toEqual([
      "content/clinic.md:1:1  file  the clinic document is missing; create it with the clinic's name, address, phone, email, geo and openingHours",
    ]);
  });

  test("a site whose legal pages carry no consent wording fails, since the consultation form needs it", () => {
    const docs = site(treatment(validTreatment)).filter((d) => d.kind !== "LegalPage");
    expect(validateContent(docs).map(formatProblem)).toEqual([
      "content/legal/privacy.md:1:1  consentText  no legal page has consentText, so the consultation form has no consent wording; add consentText to the privacy notice",
    ]);
  });

  test("every problem in every file is reported in one run", () => {
    const a = treatment({ ...validTreatment, disclaimer: "" }, "a");
    const b = treatment({ ...validTreatment, reviewedBy: "nobody", summary: "y".repeat(200) }, "b");
    expect(lines(a, b).map((l) => l.split("  ").slice(0, 2).join(" "))).toEqual([
      "content/treatments/a.md:4:1 disclaimer",
      "content/treatments/b.md:3:1 summary",
      "content/treatments/b.md:6:1 reviewedBy",
    ]);
  });
});
