import { z } from "zod";
import { requiredText, ui } from "../fields";
import type { DocumentType } from "./document-type";

/** A practitioner: content/practitioners/<slug>.md; the credential rules read these files. */

/** A practitioner's photo: a file under public/images/ (an SVG placeholder until a real photo replaces it). */
export const PHOTO_PATH = /^\/images\/[\w./-]+\.(?:jpe?g|png|webp|avif|svg)$/;

export const practitionerSchema = z.strictObject({
  name: ui(requiredText("name", "the practitioner's full name"), "Name", "The practitioner's full name.", { widget: { kind: "title" } }),
  honorificPrefix: ui(z.string().trim().min(1).optional(), "Honorific prefix", "Optional, e.g. Dr"),
  jobTitle: ui(requiredText("jobTitle", "their role, e.g. Consultant dermatologist"), "Job title", "e.g. Consultant dermatologist"),
  credentials: ui(requiredText("credentials", "their qualifications, e.g. MBBS, MRCP (Dermatology)"), "Credentials", "e.g. MD, FAAD"),
  registration: ui(z.string().trim().min(1).optional(), "Registration", "Optional: licence or registration number"),
  photo: ui(
    z
      .string()
      .regex(PHOTO_PATH, { error: "photo must be a path such as /images/practitioners/jane-doe.jpg (a file under public/images/)" })
      .optional(),
    "Photo",
    "A path such as /images/practitioners/jane-doe.jpg: put the file under public/images/practitioners/.",
  ),
  physician: ui(z.boolean({ error: "physician must be true or false" }).default(false), "Physician"),
});

export type PractitionerFrontmatter = z.infer<typeof practitionerSchema>;

export const practitionerType = {
  kind: "Practitioner",
  place: { folder: "practitioners" },
  label: "practitioner",
  schema: practitionerSchema,
  readFields: () => [["name"], ["jobTitle"], ["credentials"]],
  cms: { key: "practitioners", label: "Practitioners", group: "People", body: { label: "Bio", description: "A short biography." } },
} as const satisfies DocumentType;
