import { z } from "zod";
import { isoDate, requiredText, ui } from "../fields";
import type { DocumentType } from "./document-type";

/** A legal page (privacy notice, terms, medical disclaimer, review policy): content/legal/<slug>.md, served at /legal/<slug>. */

export const legalPageSchema = z.strictObject({
  title: ui(requiredText("title", "the page heading"), "Title", "The page heading.", { widget: { kind: "title" } }),
  summary: ui(
    requiredText("summary", "one sentence for search results").max(160, {
      error: "summary is over 160 characters; search engines cut it there, shorten it",
    }),
    "Summary",
    "One sentence for search results, at most 160 characters.",
    { multiline: true },
  ),
  lastUpdated: ui(isoDate("lastUpdated", { notInFuture: true }), "Last updated"),
  order: ui(z.number().int().default(100), "Order", "Position in the footer (lower first)."),
  /** The consultation form's consent checkbox text; exactly one legal page (the privacy notice) carries it. */
  consentText: ui(
    z.string().trim().min(20, { error: "consentText is too short; say what the person agrees to" }).optional(),
    "Consent text",
    "Privacy notice only: the wording of the consultation form's consent checkbox (at least 20 characters).",
    { multiline: true },
  ),
});

export type LegalPageFrontmatter = z.infer<typeof legalPageSchema>;

export const legalPageType = {
  kind: "LegalPage",
  place: { folder: "legal" },
  label: "legal page",
  schema: legalPageSchema,
  readFields: () => [["title"], ["summary"]],
  cms: { key: "legal", label: "Legal pages", group: "Pages", body: { label: "Body" } },
  url: (slug) => `/legal/${slug}`,
} as const satisfies DocumentType;
