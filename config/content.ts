/**
 * Where the content lives. Tests point CONTENT_DIR at a temporary copy to
 * prove that a bad document stops the build; everyone else uses content/.
 */
export const contentDir = process.env.CONTENT_DIR ?? "content";

import { DOCUMENT_TYPES, type DocumentKind } from "../lib/content/types";

/** Folder (relative to contentDir) -> document type, from the document types (lib/content/types.ts). The file name is the slug. */
export const collections: Readonly<Record<string, DocumentKind>> = Object.fromEntries(
  DOCUMENT_TYPES.flatMap((t) => ("folder" in t.place ? [[t.place.folder, t.kind]] : [])),
);

/** The clinic's one file (the singleton). */
export const clinicFile = DOCUMENT_TYPES.flatMap((t) => ("file" in t.place ? [t.place.file] : []))[0] ?? "clinic.md";

/** Bodies are markdown; `.mdx` is accepted and read as plain markdown (no JSX). */
export const markdownExtensions = [".md", ".mdx"] as const;

/** The legal page every "Medically reviewed by" line links to; the content check requires it. */
export const REVIEW_POLICY_SLUG = "medical-review-policy";
