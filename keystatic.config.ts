import { collection, config, fields, singleton } from "@keystatic/core";
import { RULE_IDS } from "./lib/compliance/ids";
import { optionalComparison } from "./lib/cms/comparison-field";
import { cmsStorage } from "./lib/cms/env";
import { complianceFindings, FINDINGS_FIELD } from "./lib/cms/findings-field";
import {
  markdownBody,
  optionalText,
  requiredMultiselect,
  requiredPatternText,
  requiredText,
  slugText,
  titleAndFileName,
  todayIso,
} from "./lib/cms/fields";
import { DAYS, JURISDICTIONS, PHOTO_PATH, PROCEDURE_TYPES, TIME } from "./lib/content/schema";

/**
 * The editing UI (issue 8). The rules are the zod contract's
 * (lib/content/schema.ts); tests/unit/cms-schema-parity.test.ts fails when the
 * two disagree. The contract still decides: `npm run content:check` and the
 * build parse every file Keystatic writes, as they parse hand-written ones.
 *
 * Storage: local (edits files in content/) unless KEYSTATIC_STORAGE=github
 * (lib/cms/env.ts). The admin exists only when built or run with
 * KEYSTATIC_ENABLED=1 (next.config.ts).
 */

const thisYear = new Date().getUTCFullYear();
const IMAGE_PATH = /^$|^\/images\/[\w./-]+\.(?:jpe?g|png|webp|avif)$/;

const source = fields.object({
  id: slugText("Citation key", "Short key used as [@key] in the body, e.g. gentile-2015"),
  title: requiredText("Title"),
  publisher: requiredText("Publisher", { description: "The journal or organisation" }),
  year: fields.integer({ label: "Year", validation: { isRequired: true, min: 1900, max: thisYear } }),
  url: optionalText("URL", {
    description: "A full https:// address. Give a URL or a DOI (or both).",
    regex: /^$|^https:\/\/\S+$/,
    message: "URL must be a full https:// address",
  }),
  doi: optionalText("DOI", {
    description: "Without https://doi.org/, e.g. 10.1000/xyz123. Give a URL or a DOI (or both).",
    regex: /^$|^10\.\d{4,9}\/\S+$/,
    message: 'DOI must look like "10.1000/xyz123"',
  }),
});

const faq = fields.object({
  question: requiredText("Question", { description: "As a patient would ask it" }),
  answer: requiredText("Answer", {
    multiline: true,
    description: "Plain language; no claims that need a citation (those belong in the body)",
  }),
});

const testimonial = fields.object({
  quote: requiredText("Quote", { multiline: true, description: "The patient's words, as they gave them" }),
  attribution: requiredText("Attribution", { description: 'Who said it, e.g. "Patient, 52, Portland"' }),
  typicalResults: requiredText("Typical results", { multiline: true, description: "What people can generally expect" }),
  relationship: requiredText("Relationship", {
    description: 'Any payment, free treatment or relationship, or "None: not paid and no free treatment"',
  }),
  beforeImage: optionalText("Before image", {
    description: "A path such as /images/patient-1-before.jpg (a file under public/images/). Give both pictures or neither.",
    regex: IMAGE_PATH,
    message: "Before image must be a path such as /images/patient-1-before.jpg",
  }),
  afterImage: optionalText("After image", {
    description: "A path such as /images/patient-1-after.jpg",
    regex: IMAGE_PATH,
    message: "After image must be a path such as /images/patient-1-after.jpg",
  }),
  imageAlt: optionalText("Image description", { description: "Required with pictures: what they show, for people who cannot see them" }),
});

const complianceException = fields.object({
  rule: fields.select({
    label: "Rule",
    options: RULE_IDS.map((id) => ({ label: id, value: id })),
    defaultValue: RULE_IDS[0],
  }),
  sentence: requiredText("Sentence", { multiline: true, description: "The exact sentence the rule flags" }),
  reason: requiredPatternText(
    "Reason",
    /\S[\s\S]{18,}\S/,
    "Reason is too short; say why the sentence is justified and who approved it",
    "Why the sentence is justified, and who approved it (at least 20 characters)",
  ),
});

export default config({
  storage: cmsStorage.KEYSTATIC_STORAGE === "github" ? { kind: "github", repo: cmsStorage.KEYSTATIC_GITHUB_REPO } : { kind: "local" },
  ui: {
    brand: { name: "Clinic content" },
    navigation: { Pages: ["treatments", "legal"], People: ["practitioners"], Clinic: ["clinic"] },
  },
  collections: {
    treatments: collection({
      label: "Treatments",
      path: "content/treatments/*",
      slugField: "title",
      format: { contentField: "body" },
      // The server turns this into a short-lived signed link to the draft preview with its
      // compliance report (app/api/preview/route.admin.ts); no secret is in the editor's code.
      previewUrl: "/api/preview?collection=treatments&slug={slug}",
      schema: {
        [FINDINGS_FIELD]: complianceFindings(),
        title: titleAndFileName("Title", "The treatment's name, shown as the page heading."),
        summary: requiredText("Summary", {
          multiline: true,
          max: 160,
          description: "One or two sentences, at most 160 characters: search engines show it under the title.",
        }),
        disclaimer: requiredText("Disclaimer", {
          multiline: true,
          description:
            "Required. Shown near the top of the page: general information, not medical advice; results vary; suitability is decided at a consultation.",
        }),
        lastReviewed: fields.date({
          label: "Last reviewed",
          description: "The date a practitioner last reviewed the page; not in the future.",
          validation: { isRequired: true, max: todayIso() },
        }),
        reviewedBy: fields.relationship({
          label: "Reviewed by",
          description: "The practitioner who reviewed the page.",
          collection: "practitioners",
          validation: { isRequired: true },
        }),
        offLabel: fields.checkbox({
          label: "Off-label",
          description: "Tick for any PRP treatment: the page then shows the off-label notice.",
          defaultValue: false,
        }),
        procedureType: fields.select({
          label: "Procedure type",
          options: [
            { label: "Percutaneous (needles)", value: "PercutaneousProcedure" },
            { label: "Non-invasive", value: "NoninvasiveProcedure" },
            { label: "Surgical", value: "SurgicalProcedure" },
          ] satisfies { label: string; value: (typeof PROCEDURE_TYPES)[number] }[],
          defaultValue: "PercutaneousProcedure",
        }),
        sessions: requiredText("Sessions", { description: "A typical course, e.g. 3 sessions about 4 weeks apart" }),
        downtime: requiredText("Downtime", { description: "What recovery looks like, e.g. Redness for 1 to 2 days" }),
        preparation: optionalText("Preparation", {
          multiline: true,
          description: "Optional: how to prepare, in a sentence or two. Left empty, it is not written.",
        }),
        order: fields.integer({ label: "Order", description: "Position in treatment lists (lower first).", defaultValue: 100 }),
        draft: fields.checkbox({
          label: "Draft",
          description: "Tick to keep the page out of the site, lists and sitemap entirely.",
          defaultValue: false,
        }),
        comparison: optionalComparison(
          "Comparison",
          "Only for comparison pages: the two options and at least two rows. Leave it all empty on other pages.",
        ),
        sources: fields.array(source, {
          label: "Sources",
          description: "At least one. Each needs a URL or a DOI.",
          itemLabel: (props) => props.fields.id.value || "New source",
          validation: { length: { min: 1 } },
        }),
        faqs: fields.array(faq, {
          label: "FAQs",
          description: "At least one question and answer.",
          itemLabel: (props) => props.fields.question.value || "New question",
          validation: { length: { min: 1 } },
        }),
        testimonials: fields.array(testimonial, {
          label: "Testimonials",
          description: "Only with typical results and any relationship disclosed (see docs/content.md, Compliance rules).",
          itemLabel: (props) => props.fields.attribution.value || "New testimonial",
        }),
        licensedTrademarks: fields.array(requiredText("Trademark", { description: "The mark, e.g. Vampire Facial" }), {
          label: "Licensed trademarks",
          itemLabel: (props) => props.value || "New trademark",
        }),
        complianceExceptions: fields.array(complianceException, {
          label: "Compliance exceptions",
          description: "A flagged sentence that is right for this page, with the reason and who approved it.",
          itemLabel: (props) => `${props.fields.rule.value}: ${props.fields.sentence.value || "new exception"}`,
        }),
        body: markdownBody(
          "Body",
          "## sections: What it is, Who it may suit, Who it is not for, How it goes, step by step, Sessions and downtime, Risks and side effects. Cite sources with [@key].",
        ),
      },
    }),
    practitioners: collection({
      label: "Practitioners",
      path: "content/practitioners/*",
      slugField: "name",
      format: { contentField: "body" },
      schema: {
        [FINDINGS_FIELD]: complianceFindings(),
        name: titleAndFileName("Name", "The practitioner's full name."),
        honorificPrefix: optionalText("Honorific prefix", { description: "Optional, e.g. Dr" }),
        jobTitle: requiredText("Job title", { description: "e.g. Consultant dermatologist" }),
        credentials: requiredText("Credentials", { description: "e.g. MD, FAAD" }),
        registration: optionalText("Registration", { description: "Optional: licence or registration number" }),
        photo: optionalText("Photo", {
          description: "A path such as /images/practitioners/jane-doe.jpg: put the file under public/images/practitioners/.",
          regex: new RegExp(`^$|${PHOTO_PATH.source}`),
          message: "Photo must be a path such as /images/practitioners/jane-doe.jpg",
        }),
        physician: fields.checkbox({ label: "Physician", defaultValue: false }),
        body: markdownBody("Bio", "A short biography."),
      },
    }),
    legal: collection({
      label: "Legal pages",
      path: "content/legal/*",
      slugField: "title",
      format: { contentField: "body" },
      schema: {
        [FINDINGS_FIELD]: complianceFindings(),
        title: titleAndFileName("Title", "The page heading."),
        summary: requiredText("Summary", {
          multiline: true,
          max: 160,
          description: "One sentence for search results, at most 160 characters.",
        }),
        lastUpdated: fields.date({ label: "Last updated", validation: { isRequired: true, max: todayIso() } }),
        order: fields.integer({ label: "Order", description: "Position in the footer (lower first).", defaultValue: 100 }),
        consentText: optionalText("Consent text", {
          multiline: true,
          description: "Privacy notice only: the wording of the consultation form's consent checkbox (at least 20 characters).",
          regex: /^$|\S[\s\S]{18,}\S/,
          message: "Consent text is too short; say what the person agrees to",
        }),
        body: markdownBody("Body"),
      },
    }),
  },
  singletons: {
    clinic: singleton({
      label: "Clinic",
      path: "content/clinic",
      format: { contentField: "body" },
      schema: {
        [FINDINGS_FIELD]: complianceFindings(),
        name: requiredText("Name", { description: "The clinic's trading name" }),
        description: requiredText("Description", { multiline: true, description: "One sentence describing the clinic" }),
        phone: requiredText("Phone", { description: "International form, e.g. +1 503 555 0142" }),
        email: requiredPatternText("Email", /^[^\s@]+@[^\s@]+\.[^\s@]+$/, "Email must be an address such as hello@example.com"),
        address: fields.object(
          {
            street: requiredText("Street"),
            locality: requiredText("Town or city"),
            region: optionalText("Region", { description: "Optional: state or county, e.g. OR" }),
            postalCode: requiredText("Postal code"),
            country: requiredPatternText(
              "Country",
              /^[A-Z]{2}$/,
              "Country must be a two-letter code such as US or GB",
              "Two-letter code, e.g. US",
            ),
          },
          { label: "Address" },
        ),
        geo: fields.object(
          {
            latitude: fields.number({ label: "Latitude", validation: { isRequired: true, min: -90, max: 90 } }),
            longitude: fields.number({ label: "Longitude", validation: { isRequired: true, min: -180, max: 180 } }),
          },
          { label: "Map position" },
        ),
        openingHours: fields.array(
          fields.object({
            days: requiredMultiselect("Days", DAYS),
            opens: requiredPatternText("Opens", TIME, "Opens must be a 24-hour time such as 09:00", "24-hour time, e.g. 09:00"),
            closes: requiredPatternText("Closes", TIME, "Closes must be a 24-hour time such as 17:30", "24-hour time, e.g. 17:30"),
          }),
          {
            label: "Opening hours",
            itemLabel: (props) =>
              `${props.fields.days.value.join(", ") || "No days"} ${props.fields.opens.value}-${props.fields.closes.value}`,
            validation: { length: { min: 1 } },
          },
        ),
        mapUrl: requiredPatternText(
          "Map link",
          /^https:\/\/\S+$/,
          "Map link must be a full https:// address",
          "An https link to a map of the address (we link, never embed)",
        ),
        jurisdictions: requiredMultiselect(
          "Jurisdictions",
          JURISDICTIONS,
          "Where the clinic advertises. Each one adds its advertising rules to the content check (UK: no prescription-only medicines, offers, under-18s or trivialising).",
        ),
        body: markdownBody("Notes", "Not shown on the site; leave empty."),
      },
    }),
  },
});
