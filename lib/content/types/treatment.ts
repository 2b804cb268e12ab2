import { z } from "zod";
import { RULE_IDS } from "../../compliance/ids";
import { isoDate, requiredText, slugRef, ui } from "../fields";
import { sectionText } from "../../markdown/sections";
import { eachItem, type DocumentType } from "./document-type";

/** A treatment page: content/treatments/<slug>.md, served at /treatments/<slug>. */

const IMAGE_PATH = /^\/images\/[\w./-]+\.(?:jpe?g|png|webp|avif)$/;

export const sourceSchema = z
  .strictObject({
    id: ui(
      slugRef("sources[].id", "short citation key").describe("citation key used as [@id] in the body"),
      "Citation key",
      "Short key used as [@key] in the body, e.g. gentile-2015",
    ),
    title: ui(requiredText("sources[].title", "the title of the article or guideline"), "Title"),
    publisher: ui(
      requiredText("sources[].publisher", "the journal or organisation that published it"),
      "Publisher",
      "The journal or organisation",
    ),
    year: ui(
      z
        .number({ error: "sources[].year must be a four-digit year such as 2021" })
        .int()
        .min(1900, { error: "sources[].year must be a four-digit year such as 2021" })
        .max(new Date().getFullYear(), { error: "sources[].year is in the future; write the year it was published" }),
      "Year",
    ),
    url: ui(
      z.url({ protocol: /^https$/, error: "sources[].url must be a full https:// address" }).optional(),
      "URL",
      "A full https:// address. Give a URL or a DOI (or both).",
    ),
    doi: ui(
      z
        .string()
        .regex(/^10\.\d{4,9}\/\S+$/, { error: 'sources[].doi must look like "10.1000/xyz123" (without https://doi.org/)' })
        .optional(),
      "DOI",
      "Without https://doi.org/, e.g. 10.1000/xyz123. Give a URL or a DOI (or both).",
    ),
  })
  .refine((s) => s.url !== undefined || s.doi !== undefined, {
    error: "each source needs a url or a doi so readers can find it; add one",
  });

export const faqSchema = z.strictObject({
  question: ui(requiredText("faqs[].question", "the question as a patient would ask it"), "Question", "As a patient would ask it"),
  answer: ui(
    requiredText("faqs[].answer", "a plain-language answer"),
    "Answer",
    "Plain language; no claims that need a citation (those belong in the body)",
    {
      multiline: true,
    },
  ),
});

export const comparisonSchema = z.strictObject({
  left: ui(requiredText("comparison.left", "the name of the first option, e.g. PRP"), "Left option", "The first option, e.g. PRP"),
  right: ui(requiredText("comparison.right", "the name of the second option"), "Right option", "The second option, e.g. Mesotherapy"),
  rows: ui(
    z
      .array(
        z.strictObject({
          aspect: ui(
            requiredText("comparison.rows[].aspect", "what is being compared, e.g. What is injected"),
            "Aspect",
            "What is compared, e.g. What is injected",
          ),
          left: ui(requiredText("comparison.rows[].left", "the first option's answer"), "Left", undefined, { multiline: true }),
          right: ui(requiredText("comparison.rows[].right", "the second option's answer"), "Right", undefined, { multiline: true }),
        }),
        { error: "comparison.rows must be a list of rows with aspect, left and right" },
      )
      .min(2, { error: "comparison.rows needs at least two rows; a table of one row is not a comparison" }),
    "Rows",
  ),
});

export const testimonialSchema = z
  .strictObject({
    quote: ui(
      requiredText("testimonials[].quote", "the patient's words, as they gave them"),
      "Quote",
      "The patient's words, as they gave them",
      {
        multiline: true,
      },
    ),
    attribution: ui(
      requiredText("testimonials[].attribution", 'who said it, e.g. "Patient, 52, Portland"'),
      "Attribution",
      'Who said it, e.g. "Patient, 52, Portland"',
    ),
    typicalResults: ui(
      requiredText(
        "testimonials[].typicalResults",
        'what people can generally expect, e.g. "Most people see modest changes; results vary"',
      ),
      "Typical results",
      "What people can generally expect",
      { multiline: true },
    ),
    relationship: ui(
      requiredText("testimonials[].relationship", 'any payment, free treatment or relationship, or "None: not paid and no free treatment"'),
      "Relationship",
      'Any payment, free treatment or relationship, or "None: not paid and no free treatment"',
    ),
    beforeImage: ui(
      z.string().regex(IMAGE_PATH, { error: "testimonials[].beforeImage must be a path such as /images/patient-1-before.jpg" }).optional(),
      "Before image",
      "A path such as /images/patient-1-before.jpg (a file under public/images/). Give both pictures or neither.",
    ),
    afterImage: ui(
      z.string().regex(IMAGE_PATH, { error: "testimonials[].afterImage must be a path such as /images/patient-1-after.jpg" }).optional(),
      "After image",
      "A path such as /images/patient-1-after.jpg",
    ),
    imageAlt: ui(
      z.string().trim().min(1).optional(),
      "Image description",
      "Required with pictures: what they show, for people who cannot see them",
    ),
  })
  .refine((t) => (t.beforeImage === undefined) === (t.afterImage === undefined), {
    error: "before/after pictures come in pairs; give both beforeImage and afterImage, or neither",
  })
  .refine((t) => t.beforeImage === undefined || (t.imageAlt?.length ?? 0) > 0, {
    error: "before/after pictures need imageAlt: describe what they show for people who cannot see them",
  });

export const complianceExceptionSchema = z.strictObject({
  rule: ui(z.enum(RULE_IDS, { error: `complianceExceptions[].rule must be one of: ${RULE_IDS.join(", ")}` }), "Rule"),
  sentence: ui(
    requiredText("complianceExceptions[].sentence", "the exact sentence the rule flags"),
    "Sentence",
    "The exact sentence the rule flags",
    {
      multiline: true,
    },
  ),
  reason: ui(
    requiredText("complianceExceptions[].reason", "why this sentence is justified, and who approved it").min(20, {
      error: "complianceExceptions[].reason is too short; say why the sentence is justified and who approved it",
    }),
    "Reason",
    "Why the sentence is justified, and who approved it (at least 20 characters)",
  ),
});

export const PROCEDURE_TYPES = ["NoninvasiveProcedure", "PercutaneousProcedure", "SurgicalProcedure"] as const;

type Item<K extends string> = Record<K, string>;

export const treatmentSchema = z.strictObject({
  title: ui(
    requiredText("title", "the treatment's name as the page heading"),
    "Title",
    "The treatment's name, shown as the page heading.",
    {
      widget: { kind: "title" },
    },
  ),
  summary: ui(
    requiredText("summary", "one or two sentences for search results").max(160, {
      error: (issue) =>
        `summary is ${String((issue.input as string | undefined)?.length ?? "too many")} characters; search engines cut it at 160, shorten it`,
    }),
    "Summary",
    "One or two sentences, at most 160 characters: search engines show it under the title.",
    { multiline: true },
  ),
  disclaimer: ui(
    requiredText("disclaimer", "the compliance disclaimer shown on the page (see docs/content.md, Disclaimers)"),
    "Disclaimer",
    "Required. Shown near the top of the page: general information, not medical advice; results vary; suitability is decided at a consultation.",
    { multiline: true },
  ),
  lastReviewed: ui(
    isoDate("lastReviewed", { notInFuture: true }),
    "Last reviewed",
    "The date a practitioner last reviewed the page; not in the future.",
  ),
  reviewedBy: ui(slugRef("reviewedBy", "practitioner"), "Reviewed by", "The practitioner who reviewed the page.", {
    widget: { kind: "relationship", collection: "practitioners" },
  }),
  offLabel: ui(
    z.boolean({ error: "offLabel must be true or false" }).default(false),
    "Off-label",
    "Tick for any PRP treatment: the page then shows the off-label notice.",
  ),
  procedureType: ui(
    z.enum(PROCEDURE_TYPES, { error: `procedureType must be one of ${PROCEDURE_TYPES.join(", ")}` }).default("PercutaneousProcedure"),
    "Procedure type",
    undefined,
    {
      optionLabels: {
        PercutaneousProcedure: "Percutaneous (needles)",
        NoninvasiveProcedure: "Non-invasive",
        SurgicalProcedure: "Surgical",
      } satisfies Record<(typeof PROCEDURE_TYPES)[number], string>,
    },
  ),
  sessions: ui(
    requiredText("sessions", "how many sessions a typical course has, e.g. 3 sessions, 4 weeks apart"),
    "Sessions",
    "A typical course, e.g. 3 sessions about 4 weeks apart",
  ),
  downtime: ui(
    requiredText("downtime", "what recovery looks like, e.g. redness for 24 to 48 hours"),
    "Downtime",
    "What recovery looks like, e.g. Redness for 1 to 2 days",
  ),
  preparation: ui(
    z.string().trim().min(1, { error: "preparation is empty; describe how to prepare, or remove the key" }).optional(),
    "Preparation",
    "Optional: how to prepare, in a sentence or two. Left empty, it is not written.",
    { multiline: true },
  ),
  order: ui(
    z.number({ error: "order must be a number (its position in the treatments list)" }).int().default(100),
    "Order",
    "Position in treatment lists (lower first).",
  ),
  draft: ui(
    z.boolean({ error: "draft must be true or false" }).default(false),
    "Draft",
    "Tick to keep the page out of the site, lists and sitemap entirely.",
  ),
  comparison: ui(
    comparisonSchema.optional(),
    "Comparison",
    "Only for comparison pages: the two options and at least two rows. Leave it all empty on other pages.",
    { widget: { kind: "comparison" } },
  ),
  sources: ui(
    z
      .array(sourceSchema, { error: "sources must be a list; add at least one source (title, publisher, year, url or doi)" })
      .min(1, { error: "sources is empty; add at least one source (title, publisher, year, url or doi)" }),
    "Sources",
    "At least one. Each needs a URL or a DOI.",
    { itemLabel: (s: Item<"id">) => s.id || "New source" },
  ),
  faqs: ui(
    z
      .array(faqSchema, { error: "faqs must be a list of question/answer pairs" })
      .min(1, { error: "faqs is empty; add at least one question and answer" }),
    "FAQs",
    "At least one question and answer.",
    { itemLabel: (f: Item<"question">) => f.question || "New question" },
  ),
  testimonials: ui(
    z.array(testimonialSchema, { error: "testimonials must be a list" }).default([]),
    "Testimonials",
    "Only with typical results and any relationship disclosed (see docs/content.md, Compliance rules).",
    { itemLabel: (t: Item<"attribution">) => t.attribution || "New testimonial" },
  ),
  licensedTrademarks: ui(
    z
      .array(ui(requiredText("licensedTrademarks[]", "the mark, e.g. Vampire Facial"), "Trademark", "The mark, e.g. Vampire Facial"), {
        error: "licensedTrademarks must be a list of marks",
      })
      .default([]),
    "Licensed trademarks",
    undefined,
    { itemLabel: (mark: string) => mark || "New trademark" },
  ),
  complianceExceptions: ui(
    z.array(complianceExceptionSchema, { error: "complianceExceptions must be a list of rule, sentence and reason" }).default([]),
    "Compliance exceptions",
    "A flagged sentence that is right for this page, with the reason and who approved it.",
    { itemLabel: (e: Item<"rule" | "sentence">) => `${e.rule}: ${e.sentence || "new exception"}` },
  ),
});

export type TreatmentFrontmatter = z.infer<typeof treatmentSchema>;

export const treatmentType = {
  kind: "Treatment",
  place: { folder: "treatments" },
  label: "treatment",
  schema: treatmentSchema,
  readFields: (data) => [
    ["title"],
    ["summary"],
    ["disclaimer"],
    ["sessions"],
    ["downtime"],
    ...eachItem(data, "faqs", ["question", "answer"]),
    ...eachItem(data, "testimonials", ["quote", "typicalResults"]),
    ["comparison", "left"],
    ["comparison", "right"],
    ...((data.comparison as { rows?: unknown[] } | undefined)?.rows ?? []).flatMap((_, i) =>
      ["aspect", "left", "right"].map((f) => ["comparison", "rows", i, f]),
    ),
  ],
  cms: {
    key: "treatments",
    label: "Treatments",
    group: "Pages",
    preview: true,
    body: {
      label: "Body",
      description:
        "## sections: What it is, Who it may suit, Who it is not for, How it goes, step by step, Sessions and downtime, Risks and side effects. Cite sources with [@key].",
    },
  },
  url: (slug) => `/treatments/${slug}`,
  derived: {
    howPerformed: {
      description: 'Plain text of the "How it goes" section, for structured data',
      // The page's structured data says how the treatment is performed in the page's own steps.
      of: (markdown) => sectionText(markdown, /^how it goes/i) ?? "",
    },
  },
} as const satisfies DocumentType;
