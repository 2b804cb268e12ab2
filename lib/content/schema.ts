import { z } from "zod";
import { RULE_IDS } from "../compliance/ids";

/**
 * The content contract. Every document in content/ is parsed with these
 * schemas (by the content check before the build, and again when the app
 * loads the generated documents), so a field that Contentlayer lets through
 * (an empty string, a YAML null) still stops the build.
 *
 * Messages are written for the marketing team: what is wrong and what to write.
 */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const requiredText = (field: string, hint: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${field} is missing; add ${hint}`
          : issue.input === null
            ? `${field} is empty; write ${hint}`
            : `${field} must be text; write ${hint}`,
    })
    .trim()
    .min(1, { error: `${field} is empty; write ${hint}` });

/** Dates made by isoDate: Contentlayer reads them as dates (lib/content/contentlayer-fields.ts). */
const dateFields = new WeakSet<z.core.$ZodType>();
export const isDateField = (schema: z.core.$ZodType) => dateFields.has(schema);

/** A calendar date written as YYYY-MM-DD (YAML may hand us a Date object). */
export const isoDate = (field: string, opts: { notInFuture?: boolean } = {}) => {
  const schema = z
    .preprocess(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
      z.string({
        error: (issue) =>
          issue.input === undefined || issue.input === null
            ? `${field} is missing; add a date written as YYYY-MM-DD`
            : `${field} must be a date written as YYYY-MM-DD`,
      }),
    )
    .superRefine((value, ctx) => {
      const parsed = new Date(`${value}T00:00:00Z`);
      if (!ISO_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: `${field} "${value}" is not a real date; write it as YYYY-MM-DD, e.g. 2026-03-31` });
        return;
      }
      if (opts.notInFuture && value > new Date().toISOString().slice(0, 10)) {
        ctx.addIssue({ code: "custom", message: `${field} ${value} is in the future; write the date the review actually happened` });
      }
    });
  dateFields.add(schema);
  return schema;
};

const slugRef = (field: string, kind: string) =>
  requiredText(field, `the file name (without .md) of a ${kind} document`).regex(SLUG, {
    error: `${field} must be a ${kind} file name such as "jane-doe" (lower case, hyphens)`,
  });

export const sourceSchema = z
  .strictObject({
    id: slugRef("sources[].id", "short citation key").describe("citation key used as [@id] in the body"),
    title: requiredText("sources[].title", "the title of the article or guideline"),
    publisher: requiredText("sources[].publisher", "the journal or organisation that published it"),
    year: z
      .number({ error: "sources[].year must be a four-digit year such as 2021" })
      .int()
      .min(1900, { error: "sources[].year must be a four-digit year such as 2021" })
      .max(new Date().getFullYear(), { error: "sources[].year is in the future; write the year it was published" }),
    url: z.url({ protocol: /^https$/, error: "sources[].url must be a full https:// address" }).optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'sources[].doi must look like "10.1000/xyz123" (without https://doi.org/)' })
      .optional(),
  })
  .refine((s) => s.url !== undefined || s.doi !== undefined, {
    error: "each source needs a url or a doi so readers can find it; add one",
  });

export const faqSchema = z.strictObject({
  question: requiredText("faqs[].question", "the question as a patient would ask it"),
  answer: requiredText("faqs[].answer", "a plain-language answer"),
});

export const comparisonSchema = z.strictObject({
  left: requiredText("comparison.left", "the name of the first option, e.g. PRP"),
  right: requiredText("comparison.right", "the name of the second option"),
  rows: z
    .array(
      z.strictObject({
        aspect: requiredText("comparison.rows[].aspect", "what is being compared, e.g. What is injected"),
        left: requiredText("comparison.rows[].left", "the first option's answer"),
        right: requiredText("comparison.rows[].right", "the second option's answer"),
      }),
      { error: "comparison.rows must be a list of rows with aspect, left and right" },
    )
    .min(2, { error: "comparison.rows needs at least two rows; a table of one row is not a comparison" }),
});

export const testimonialSchema = z
  .strictObject({
    quote: requiredText("testimonials[].quote", "the patient's words, as they gave them"),
    attribution: requiredText("testimonials[].attribution", 'who said it, e.g. "Patient, 52, Portland"'),
    typicalResults: requiredText(
      "testimonials[].typicalResults",
      'what people can generally expect, e.g. "Most people see modest changes; results vary"',
    ),
    relationship: requiredText(
      "testimonials[].relationship",
      'any payment, free treatment or relationship, or "None: not paid and no free treatment"',
    ),
    beforeImage: z
      .string()
      .regex(/^\/images\/[\w./-]+\.(?:jpe?g|png|webp|avif)$/, {
        error: "testimonials[].beforeImage must be a path such as /images/patient-1-before.jpg",
      })
      .optional(),
    afterImage: z
      .string()
      .regex(/^\/images\/[\w./-]+\.(?:jpe?g|png|webp|avif)$/, {
        error: "testimonials[].afterImage must be a path such as /images/patient-1-after.jpg",
      })
      .optional(),
    imageAlt: z.string().trim().min(1).optional(),
  })
  .refine((t) => (t.beforeImage === undefined) === (t.afterImage === undefined), {
    error: "before/after pictures come in pairs; give both beforeImage and afterImage, or neither",
  })
  .refine((t) => t.beforeImage === undefined || (t.imageAlt?.length ?? 0) > 0, {
    error: "before/after pictures need imageAlt: describe what they show for people who cannot see them",
  });

export const complianceExceptionSchema = z.strictObject({
  rule: z.enum(RULE_IDS, { error: `complianceExceptions[].rule must be one of: ${RULE_IDS.join(", ")}` }),
  sentence: requiredText("complianceExceptions[].sentence", "the exact sentence the rule flags"),
  reason: requiredText("complianceExceptions[].reason", "why this sentence is justified, and who approved it").min(20, {
    error: "complianceExceptions[].reason is too short; say why the sentence is justified and who approved it",
  }),
});

export const PROCEDURE_TYPES = ["NoninvasiveProcedure", "PercutaneousProcedure", "SurgicalProcedure"] as const;

export const treatmentSchema = z.strictObject({
  title: requiredText("title", "the treatment's name as the page heading"),
  summary: requiredText("summary", "one or two sentences for search results").max(160, {
    error: (issue) =>
      `summary is ${String((issue.input as string | undefined)?.length ?? "too many")} characters; search engines cut it at 160, shorten it`,
  }),
  disclaimer: requiredText("disclaimer", "the compliance disclaimer shown on the page (see docs/content.md, Disclaimers)"),
  lastReviewed: isoDate("lastReviewed", { notInFuture: true }),
  reviewedBy: slugRef("reviewedBy", "practitioner"),
  offLabel: z.boolean({ error: "offLabel must be true or false" }).default(false),
  procedureType: z
    .enum(PROCEDURE_TYPES, { error: `procedureType must be one of ${PROCEDURE_TYPES.join(", ")}` })
    .default("PercutaneousProcedure"),
  sessions: requiredText("sessions", "how many sessions a typical course has, e.g. 3 sessions, 4 weeks apart"),
  downtime: requiredText("downtime", "what recovery looks like, e.g. redness for 24 to 48 hours"),
  preparation: z.string().trim().min(1, { error: "preparation is empty; describe how to prepare, or remove the key" }).optional(),
  order: z.number({ error: "order must be a number (its position in the treatments list)" }).int().default(100),
  sources: z
    .array(sourceSchema, { error: "sources must be a list; add at least one source (title, publisher, year, url or doi)" })
    .min(1, { error: "sources is empty; add at least one source (title, publisher, year, url or doi)" }),
  faqs: z
    .array(faqSchema, { error: "faqs must be a list of question/answer pairs" })
    .min(1, { error: "faqs is empty; add at least one question and answer" }),
  comparison: comparisonSchema.optional(),
  testimonials: z.array(testimonialSchema, { error: "testimonials must be a list" }).default([]),
  licensedTrademarks: z
    .array(requiredText("licensedTrademarks[]", "the mark, e.g. Vampire Facial"), { error: "licensedTrademarks must be a list of marks" })
    .default([]),
  complianceExceptions: z
    .array(complianceExceptionSchema, { error: "complianceExceptions must be a list of rule, sentence and reason" })
    .default([]),
  draft: z.boolean({ error: "draft must be true or false" }).default(false),
});

/** A practitioner's photo: a file under public/images/ (an SVG placeholder until a real photo replaces it). */
export const PHOTO_PATH = /^\/images\/[\w./-]+\.(?:jpe?g|png|webp|avif|svg)$/;

export const practitionerSchema = z.strictObject({
  name: requiredText("name", "the practitioner's full name"),
  honorificPrefix: z.string().trim().min(1).optional(),
  jobTitle: requiredText("jobTitle", "their role, e.g. Consultant dermatologist"),
  credentials: requiredText("credentials", "their qualifications, e.g. MBBS, MRCP (Dermatology)"),
  registration: z.string().trim().min(1).optional(),
  photo: z
    .string()
    .regex(PHOTO_PATH, { error: "photo must be a path such as /images/practitioners/jane-doe.jpg (a file under public/images/)" })
    .optional(),
  physician: z.boolean({ error: "physician must be true or false" }).default(false),
});

export const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Where the clinic advertises: each one adds its advertising rules to the content check (UK: CAP Code and ASA guidance). */
export const JURISDICTIONS = ["US", "UK"] as const;

export const clinicSchema = z.strictObject({
  name: requiredText("name", "the clinic's trading name"),
  description: requiredText("description", "one sentence describing the clinic"),
  phone: requiredText("phone", "the phone number in international form, e.g. +44 20 7946 0000"),
  email: z.email({ error: "email must be an email address such as hello@example.com" }),
  address: z.strictObject({
    street: requiredText("address.street", "the street address"),
    locality: requiredText("address.locality", "the town or city"),
    region: z.string().trim().min(1).optional(),
    postalCode: requiredText("address.postalCode", "the postcode"),
    country: requiredText("address.country", "the two-letter country code, e.g. GB").regex(/^[A-Z]{2}$/, {
      error: "address.country must be a two-letter country code such as GB or US",
    }),
  }),
  geo: z.strictObject({
    latitude: z.number({ error: "geo.latitude must be a number" }).min(-90).max(90),
    longitude: z.number({ error: "geo.longitude must be a number" }).min(-180).max(180),
  }),
  openingHours: z
    .array(
      z.strictObject({
        days: z.array(z.enum(DAYS, { error: `openingHours[].days must name days in full: ${DAYS.join(", ")}` })).min(1),
        opens: z.string().regex(TIME, { error: "openingHours[].opens must be a 24-hour time such as 09:00" }),
        closes: z.string().regex(TIME, { error: "openingHours[].closes must be a 24-hour time such as 17:30" }),
      }),
    )
    .min(1, { error: "openingHours is empty; add at least one row of days, opens and closes" }),
  mapUrl: z.url({ protocol: /^https$/, error: "mapUrl must be a full https:// link to a map of the address" }),
  jurisdictions: z
    .array(z.enum(JURISDICTIONS, { error: `jurisdictions[] must be one of: ${JURISDICTIONS.join(", ")}` }), {
      error: "jurisdictions must be a list such as [US] or [US, UK]",
    })
    .min(1, { error: "jurisdictions is empty; list where the clinic advertises, e.g. [US]" })
    .default(["US"]),
});

export const legalPageSchema = z.strictObject({
  title: requiredText("title", "the page heading"),
  summary: requiredText("summary", "one sentence for search results").max(160, {
    error: "summary is over 160 characters; search engines cut it there, shorten it",
  }),
  lastUpdated: isoDate("lastUpdated", { notInFuture: true }),
  order: z.number().int().default(100),
  /** The consultation form's consent checkbox text; exactly one legal page (the privacy notice) carries it. */
  consentText: z.string().trim().min(20, { error: "consentText is too short; say what the person agrees to" }).optional(),
});

export type TreatmentFrontmatter = z.infer<typeof treatmentSchema>;
export type PractitionerFrontmatter = z.infer<typeof practitionerSchema>;
export type ClinicFrontmatter = z.infer<typeof clinicSchema>;
export type LegalPageFrontmatter = z.infer<typeof legalPageSchema>;
