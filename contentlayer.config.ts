import { defineDocumentType, defineNestedType, makeSource } from "contentlayer2/source-files";
import { clinicFile, contentDir } from "./config/content";
import { configureMarkdown } from "./lib/markdown";
import { PROCEDURE_TYPES } from "./lib/content/schema";

// Contentlayer gives us the types and the rendered HTML. It is not our only
// guard: it lets `disclaimer: ""` through, so scripts/content-build.ts runs the
// zod contract over every file first, and lib/content.ts parses the generated
// data again.

const Source = defineNestedType(() => ({
  name: "Source",
  fields: {
    id: { type: "string", required: true },
    title: { type: "string", required: true },
    publisher: { type: "string", required: true },
    year: { type: "number", required: true },
    url: { type: "string" },
    doi: { type: "string" },
  },
}));

const Faq = defineNestedType(() => ({
  name: "Faq",
  fields: {
    question: { type: "string", required: true },
    answer: { type: "string", required: true },
  },
}));

const ComparisonRow = defineNestedType(() => ({
  name: "ComparisonRow",
  fields: {
    aspect: { type: "string", required: true },
    left: { type: "string", required: true },
    right: { type: "string", required: true },
  },
}));

const Comparison = defineNestedType(() => ({
  name: "Comparison",
  fields: {
    left: { type: "string", required: true },
    right: { type: "string", required: true },
    rows: { type: "list", of: ComparisonRow, required: true },
  },
}));

const Testimonial = defineNestedType(() => ({
  name: "Testimonial",
  fields: {
    quote: { type: "string", required: true },
    attribution: { type: "string", required: true },
    typicalResults: { type: "string", required: true },
    relationship: { type: "string", required: true },
    beforeImage: { type: "string" },
    afterImage: { type: "string" },
    imageAlt: { type: "string" },
  },
}));

const ComplianceException = defineNestedType(() => ({
  name: "ComplianceException",
  fields: {
    rule: { type: "string", required: true },
    sentence: { type: "string", required: true },
    reason: { type: "string", required: true },
  },
}));

export const Treatment = defineDocumentType(() => ({
  name: "Treatment",
  filePathPattern: "treatments/**/*.{md,mdx}",
  contentType: "markdown",
  fields: {
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    disclaimer: { type: "string", required: true },
    lastReviewed: { type: "date", required: true },
    reviewedBy: { type: "string", required: true },
    offLabel: { type: "boolean", default: false },
    procedureType: { type: "enum", options: [...PROCEDURE_TYPES], default: "PercutaneousProcedure" },
    sessions: { type: "string", required: true },
    downtime: { type: "string", required: true },
    preparation: { type: "string" },
    order: { type: "number", default: 100 },
    sources: { type: "list", of: Source, required: true },
    faqs: { type: "list", of: Faq, required: true },
    comparison: { type: "nested", of: Comparison },
    testimonials: { type: "list", of: Testimonial, default: [] },
    licensedTrademarks: { type: "list", of: { type: "string" }, default: [] },
    complianceExceptions: { type: "list", of: ComplianceException, default: [] },
    draft: { type: "boolean", default: false },
  },
}));

export const Practitioner = defineDocumentType(() => ({
  name: "Practitioner",
  filePathPattern: "practitioners/**/*.{md,mdx}",
  contentType: "markdown",
  fields: {
    name: { type: "string", required: true },
    honorificPrefix: { type: "string" },
    jobTitle: { type: "string", required: true },
    credentials: { type: "string", required: true },
    registration: { type: "string" },
    photo: { type: "string" },
    physician: { type: "boolean", default: false },
  },
}));

const PostalAddress = defineNestedType(() => ({
  name: "PostalAddress",
  fields: {
    street: { type: "string", required: true },
    locality: { type: "string", required: true },
    region: { type: "string" },
    postalCode: { type: "string", required: true },
    country: { type: "string", required: true },
  },
}));

const Geo = defineNestedType(() => ({
  name: "Geo",
  fields: {
    latitude: { type: "number", required: true },
    longitude: { type: "number", required: true },
  },
}));

const OpeningHours = defineNestedType(() => ({
  name: "OpeningHours",
  fields: {
    days: { type: "list", of: { type: "string" }, required: true },
    opens: { type: "string", required: true },
    closes: { type: "string", required: true },
  },
}));

export const Clinic = defineDocumentType(() => ({
  name: "Clinic",
  filePathPattern: clinicFile,
  contentType: "markdown",
  isSingleton: true,
  fields: {
    name: { type: "string", required: true },
    description: { type: "string", required: true },
    phone: { type: "string", required: true },
    email: { type: "string", required: true },
    address: { type: "nested", of: PostalAddress, required: true },
    geo: { type: "nested", of: Geo, required: true },
    openingHours: { type: "list", of: OpeningHours, required: true },
    mapUrl: { type: "string", required: true },
    jurisdictions: { type: "list", of: { type: "string" } },
  },
}));

export const LegalPage = defineDocumentType(() => ({
  name: "LegalPage",
  filePathPattern: "legal/**/*.{md,mdx}",
  contentType: "markdown",
  fields: {
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    lastUpdated: { type: "date", required: true },
    order: { type: "number", default: 100 },
    consentText: { type: "string" },
  },
}));

export default makeSource({
  contentDirPath: contentDir,
  documentTypes: [Treatment, Practitioner, Clinic, LegalPage],
  markdown: configureMarkdown,
  // Fail closed: Contentlayer's defaults warn and silently drop a bad document.
  onMissingOrIncompatibleData: "fail",
  onUnknownDocuments: "fail",
  onExtraFieldData: "fail",
  date: { timezone: "UTC" },
});
