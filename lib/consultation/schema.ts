/**
 * The consultation request form's contract: one zod schema, used on the
 * server for every submission. Messages are written for the person filling
 * in the form: each says what to fix. Deliberately small: no date of birth,
 * no health history, no photos.
 */
import { z } from "zod";

export const CONTACT_METHODS = ["email", "phone"] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const TIME_WINDOWS = ["morning", "afternoon", "evening", "any"] as const;
export type TimeWindow = (typeof TIME_WINDOWS)[number];

/** Labels for the form's options, in the order they are offered. */
export const TIME_WINDOW_LABELS: Record<TimeWindow, string> = {
  morning: "Morning (9am to 12pm)",
  afternoon: "Afternoon (12pm to 5pm)",
  evening: "Early evening (5pm to 7pm)",
  any: "Any time",
};

export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PHONE_LENGTH = 32;
export const MAX_MESSAGE_LENGTH = 500;
export const MAX_TREATMENT_LENGTH = 100;
/** All fields of one submission together, in UTF-8 bytes. */
export const MAX_INPUT_BYTES = 10_000;

/** The fields a person sees and fills in. */
export const CONSULTATION_FIELDS = ["name", "email", "phone", "contactMethod", "treatment", "timeWindow", "message", "consent"] as const;
export type ConsultationField = (typeof CONSULTATION_FIELDS)[number];

/**
 * Fields besides the visible ones: the idempotency key (made by the form per render, or by the
 * server action from the view's ticket), a honeypot, and the render time (always set by the
 * server action from the ticket, lib/consultation/ticket.ts).
 */
export const HIDDEN_FIELDS = ["idempotencyKey", "website", "renderedAt", "consentVersion"] as const;
export type HiddenField = (typeof HIDDEN_FIELDS)[number];

/** The honeypot's name: a field people never see, so it must come back empty. */
export const HONEYPOT_FIELD = "website" satisfies HiddenField;

export const MESSAGES = {
  nameMissing: "Enter your name",
  nameTooLong: `Keep your name to ${MAX_NAME_LENGTH} characters or fewer`,
  nameControl: "Remove the special characters from your name",
  emailInvalid: "Enter an email address like name@example.com",
  emailTooLong: `Keep the email address to ${MAX_EMAIL_LENGTH} characters or fewer`,
  phoneInvalid: "Enter a phone number with 7 to 15 digits, like +1 503 555 0142",
  phoneTooLong: `Keep the phone number to ${MAX_PHONE_LENGTH} characters or fewer`,
  contactMissing: "Enter an email address or a phone number so we can reach you",
  emailForMethod: "Enter an email address, or choose phone as the way to reach you",
  phoneForMethod: "Enter a phone number, or choose email as the way to reach you",
  contactMethod: "Choose how you would like us to contact you: email or phone",
  treatmentMissing: "Choose the treatment you would like to talk about",
  treatmentUnknown: "Choose a treatment from the list",
  timeWindow: "Choose a time of day that suits you for us to get in touch",
  messageTooLong: `Keep your message to ${MAX_MESSAGE_LENGTH} characters or fewer`,
  messageControl: "Remove the special characters (such as tabs) from your message",
  consent: "Tick the box to agree that we may keep your request and contact you about it",
} as const;

/** Any control character (\p{Cc}), including newlines. */
const CONTROL = /\p{Cc}/u;
/** Any control character except the newline. */
const CONTROL_EXCEPT_NEWLINE = /(?!\n)\p{Cc}/u;
/**
 * Deliberately plain: something@something.tld, no spaces. Whether the
 * address exists only a reply can tell.
 */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const noControl = (value: string) => !CONTROL.test(value);
const phoneDigits = (value: string) => value.replace(/\D/g, "").length;

/** Empty text inputs arrive as ""; they mean "not given". */
const emptyToNull = (value: string) => (value === "" ? null : value);

/** A string field that must be there (missing or not a string: `missing`). */
const requiredText = (missing: string) =>
  z
    .string({ error: missing })
    .transform((value) => value.normalize("NFC"))
    .pipe(z.string().trim());

function buildSchema(treatmentSlugs?: readonly string[]) {
  const known = treatmentSlugs ? new Set(treatmentSlugs) : undefined;
  return z
    .object({
      name: requiredText(MESSAGES.nameMissing).pipe(
        z
          .string()
          .min(1, { error: MESSAGES.nameMissing })
          .max(MAX_NAME_LENGTH, { error: MESSAGES.nameTooLong })
          .refine(noControl, { error: MESSAGES.nameControl }),
      ),
      email: requiredText(MESSAGES.emailInvalid)
        .pipe(
          z
            .string()
            .refine(noControl, { error: MESSAGES.emailInvalid })
            .max(MAX_EMAIL_LENGTH, { error: MESSAGES.emailTooLong })
            .refine((value) => value === "" || EMAIL.test(value), { error: MESSAGES.emailInvalid }),
        )
        .transform(emptyToNull)
        .optional()
        .transform((value) => value ?? null),
      phone: requiredText(MESSAGES.phoneInvalid)
        .pipe(
          z
            .string()
            .refine(noControl, { error: MESSAGES.phoneInvalid })
            .max(MAX_PHONE_LENGTH, { error: MESSAGES.phoneTooLong })
            .refine((value) => value === "" || (PHONE_CHARACTERS.test(value) && phoneDigits(value) >= 7 && phoneDigits(value) <= 15), {
              error: MESSAGES.phoneInvalid,
            }),
        )
        .transform(emptyToNull)
        .optional()
        .transform((value) => value ?? null),
      contactMethod: z.enum(CONTACT_METHODS, { error: MESSAGES.contactMethod }),
      treatment: requiredText(MESSAGES.treatmentMissing).pipe(
        z
          .string()
          .min(1, { error: MESSAGES.treatmentMissing })
          .max(MAX_TREATMENT_LENGTH, { error: MESSAGES.treatmentUnknown })
          .regex(SLUG, { error: MESSAGES.treatmentUnknown })
          .refine((slug) => !known || known.has(slug), { error: MESSAGES.treatmentUnknown }),
      ),
      timeWindow: z.enum(TIME_WINDOWS, { error: MESSAGES.timeWindow }),
      message: z
        .string({ error: MESSAGES.messageControl })
        // Browsers send a textarea's line breaks as \r\n.
        .transform((value) => value.replace(/\r\n?/g, "\n").normalize("NFC"))
        .pipe(
          z
            .string()
            .trim()
            .max(MAX_MESSAGE_LENGTH, { error: MESSAGES.messageTooLong })
            .refine((value) => !CONTROL_EXCEPT_NEWLINE.test(value), { error: MESSAGES.messageControl }),
        )
        .transform(emptyToNull)
        .optional()
        .transform((value) => value ?? null),
      // An HTML checkbox sends "on" when ticked and nothing at all when not.
      consent: z.union([z.literal("on"), z.literal("true")], { error: MESSAGES.consent }).transform(() => true as const),
    })
    .superRefine(
      (value, ctx) => {
        const email = typeof value.email === "string" ? value.email : null;
        const phone = typeof value.phone === "string" ? value.phone : null;
        if (!email && !phone) {
          ctx.addIssue({ code: "custom", path: ["email"], message: MESSAGES.contactMissing });
          return;
        }
        if (value.contactMethod === "email" && !email) {
          ctx.addIssue({ code: "custom", path: ["email"], message: MESSAGES.emailForMethod });
        }
        if (value.contactMethod === "phone" && !phone) {
          ctx.addIssue({ code: "custom", path: ["phone"], message: MESSAGES.phoneForMethod });
        }
        // Run even when other fields already failed: a person should see every problem at once.
      },
      { when: () => true },
    );
}

/**
 * The form's visible fields. On its own it checks that a treatment looks like
 * a slug; {@link consultationSchemaFor} also checks that it is a published one.
 */
export const consultationSchema = buildSchema();

/** The schema with the published treatments' slugs: any other slug is a field error. */
export function consultationSchemaFor(treatmentSlugs: readonly string[]) {
  return buildSchema(treatmentSlugs);
}

export type ConsultationRequest = z.output<typeof consultationSchema>;

export type FieldErrors = Partial<Record<ConsultationField, string>>;

export type ValidationResult = { ok: true; data: ConsultationRequest } | { ok: false; fieldErrors: FieldErrors };

const isConsultationField = (key: unknown): key is ConsultationField =>
  typeof key === "string" && (CONSULTATION_FIELDS as readonly string[]).includes(key);

/** Validates the visible fields; the first problem with each field is the one shown. */
export function validateConsultation(input: Record<string, unknown>, treatmentSlugs: readonly string[]): ValidationResult {
  const parsed = consultationSchemaFor(treatmentSlugs).safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isConsultationField(field) && fieldErrors[field] === undefined) fieldErrors[field] = issue.message;
  }
  return { ok: false, fieldErrors };
}

/** Hidden fields: anything wrong here means the form was tampered with or is not ours. */
export const hiddenFieldsSchema = z.object({
  idempotencyKey: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
    .transform((key) => key.toLowerCase()),
  website: z.string().optional(),
  renderedAt: z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number),
});
export type HiddenFields = z.output<typeof hiddenFieldsSchema>;
