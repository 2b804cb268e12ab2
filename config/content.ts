/**
 * Where the content lives. Tests point CONTENT_DIR at a temporary copy to
 * prove that a bad document stops the build; everyone else uses content/.
 */
export const contentDir = process.env.CONTENT_DIR ?? "content";

/** Folder (relative to contentDir) -> document type. The file name is the slug. */
export const collections = {
  treatments: "Treatment",
  practitioners: "Practitioner",
  legal: "LegalPage",
} as const;

export const clinicFile = "clinic.md";

/** Bodies are markdown; `.mdx` is accepted and read as plain markdown (no JSX). */
export const markdownExtensions = [".md", ".mdx"] as const;

/** The legal page every "Medically reviewed by" line links to; the content check requires it. */
export const REVIEW_POLICY_SLUG = "medical-review-policy";
