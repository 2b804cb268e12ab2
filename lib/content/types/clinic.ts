import { z } from "zod";
import { requiredText, ui } from "../fields";
import type { DocumentType } from "./document-type";

/** The clinic itself: content/clinic.md, one file. Its facts (address, hours, phone) exist only here. */

export const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Where the clinic advertises: each one adds its advertising rules to the content check (UK: CAP Code and ASA guidance). */
export const JURISDICTIONS = ["US", "UK"] as const;

export const clinicSchema = z.strictObject({
  name: ui(requiredText("name", "the clinic's trading name"), "Name", "The clinic's trading name"),
  description: ui(requiredText("description", "one sentence describing the clinic"), "Description", "One sentence describing the clinic", {
    multiline: true,
  }),
  phone: ui(
    requiredText("phone", "the phone number in international form, e.g. +44 20 7946 0000"),
    "Phone",
    "International form, e.g. +1 503 555 0142",
  ),
  email: ui(z.email({ error: "email must be an email address such as hello@example.com" }), "Email"),
  address: ui(
    z.strictObject({
      street: ui(requiredText("address.street", "the street address"), "Street"),
      locality: ui(requiredText("address.locality", "the town or city"), "Town or city"),
      region: ui(z.string().trim().min(1).optional(), "Region", "Optional: state or county, e.g. OR"),
      postalCode: ui(requiredText("address.postalCode", "the postcode"), "Postal code"),
      country: ui(
        requiredText("address.country", "the two-letter country code, e.g. GB").regex(/^[A-Z]{2}$/, {
          error: "address.country must be a two-letter country code such as GB or US",
        }),
        "Country",
        "Two-letter code, e.g. US",
      ),
    }),
    "Address",
  ),
  geo: ui(
    z.strictObject({
      latitude: ui(z.number({ error: "geo.latitude must be a number" }).min(-90).max(90), "Latitude"),
      longitude: ui(z.number({ error: "geo.longitude must be a number" }).min(-180).max(180), "Longitude"),
    }),
    "Map position",
  ),
  openingHours: ui(
    z
      .array(
        z.strictObject({
          days: ui(z.array(z.enum(DAYS, { error: `openingHours[].days must name days in full: ${DAYS.join(", ")}` })).min(1), "Days"),
          opens: ui(
            z.string().regex(TIME, { error: "openingHours[].opens must be a 24-hour time such as 09:00" }),
            "Opens",
            "24-hour time, e.g. 09:00",
          ),
          closes: ui(
            z.string().regex(TIME, { error: "openingHours[].closes must be a 24-hour time such as 17:30" }),
            "Closes",
            "24-hour time, e.g. 17:30",
          ),
        }),
      )
      .min(1, { error: "openingHours is empty; add at least one row of days, opens and closes" }),
    "Opening hours",
    undefined,
    { itemLabel: (h: { days: string[]; opens: string; closes: string }) => `${h.days.join(", ") || "No days"} ${h.opens}-${h.closes}` },
  ),
  mapUrl: ui(
    z.url({ protocol: /^https$/, error: "mapUrl must be a full https:// link to a map of the address" }),
    "Map link",
    "An https link to a map of the address (we link, never embed)",
  ),
  jurisdictions: ui(
    z
      .array(z.enum(JURISDICTIONS, { error: `jurisdictions[] must be one of: ${JURISDICTIONS.join(", ")}` }), {
        error: "jurisdictions must be a list such as [US] or [US, UK]",
      })
      .min(1, { error: "jurisdictions is empty; list where the clinic advertises, e.g. [US]" })
      .default(["US"]),
    "Jurisdictions",
    "Where the clinic advertises. Each one adds its advertising rules to the content check (UK: no prescription-only medicines, offers, under-18s or trivialising).",
  ),
});

export type ClinicFrontmatter = z.infer<typeof clinicSchema>;

export const clinicType = {
  kind: "Clinic",
  place: { file: "clinic.md" },
  label: "clinic",
  schema: clinicSchema,
  readFields: () => [["name"], ["description"]],
  cms: { key: "clinic", label: "Clinic", group: "Clinic", body: { label: "Notes", description: "Not shown on the site; leave empty." } },
} as const satisfies DocumentType;
