/**
 * The content contract: every document in content/ is parsed with these
 * schemas (by the content check before the build, and again when the app
 * loads the generated documents), so a field that Contentlayer lets through
 * (an empty string, a YAML null) still stops the build. Each schema lives
 * with its document type in lib/content/types/; this module gathers them.
 */
export { isDateField, isoDate, SLUG } from "./fields";
export { clinicSchema, DAYS, JURISDICTIONS, TIME, type ClinicFrontmatter } from "./types/clinic";
export { legalPageSchema, type LegalPageFrontmatter } from "./types/legal-page";
export { PHOTO_PATH, practitionerSchema, type PractitionerFrontmatter } from "./types/practitioner";
export {
  comparisonSchema,
  complianceExceptionSchema,
  faqSchema,
  PROCEDURE_TYPES,
  sourceSchema,
  testimonialSchema,
  treatmentSchema,
  type TreatmentFrontmatter,
} from "./types/treatment";
