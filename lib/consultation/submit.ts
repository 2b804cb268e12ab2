/**
 * Receives one consultation request form submission.
 *
 * Order of checks, cheapest and least revealing first:
 *   1. shape: only known fields, all strings, at most 10 kB -> bad_request
 *   2. hidden fields: idempotency key and render time present -> bad_request
 *   3. honeypot empty and filled in slower than the minimum -> spam (stores nothing,
 *      and the same message whichever check caught it)
 *   4. the visible fields against the zod schema -> invalid, per-field messages
 *   5. one transaction: insert (ON CONFLICT on the idempotency key DO NOTHING),
 *      count against the limits, add the outbox row:
 *        - the client address over its limit, or everyone together over the
 *          global cap: all of it rolls back -> rate_limited (the form keeps
 *          the answers and gives the phone number)
 *        - the email or phone number over its limit: the request is stored,
 *          flagged contact_limit, and no notification is queued.
 * A repeated key returns the first request's id without counting against the
 * limits. Bad input never throws; a database failure does (after logging), so
 * the form can say that nothing was sent.
 *
 * Why an email or phone over its limit is flagged rather than refused: anyone
 * can type anyone's email. A refusal by email alone would let five posts with
 * someone else's address lock that person out of the form for a window.
 * Counting the contact only together with the client address would not lock
 * anyone out, but it gives the limit nothing to count when an abuser has many
 * addresses or the address is unknown, which is when it is needed. So the
 * per-contact count never turns a request away: it marks it for staff and
 * keeps it out of the clinic's inbox, while the address limit and the global
 * cap bound how much anyone can store, and outbox.ts bounds the mails.
 */
import { eq } from "drizzle-orm";
import { getDatabase, type Database } from "../db/client";
import { consultationEnv, type ConsultationEnv } from "../env";
import { consultationRequests, mailOutbox } from "../db/schema";
import { consultationLogger, errorKind, logSubmission, type ConsultationLogger, type SubmissionOutcome } from "./log";
import { loadOrCreateSecret } from "../db/secrets";
import { consumeRateLimit, GLOBAL_KEY, rateLimitKeys, windowStartFor } from "./rate-limit";
import {
  CONSULTATION_FIELDS,
  HIDDEN_FIELDS,
  HONEYPOT_FIELD,
  MAX_INPUT_BYTES,
  hiddenFieldsSchema,
  validateConsultation,
  type ConsultationField,
} from "./schema";

export type { ConsultationField } from "./schema";
export type { Database } from "../db/client";

export type SubmitResult =
  | { ok: true; id: string; duplicate: boolean }
  | {
      ok: false;
      kind: "invalid";
      fieldErrors: Partial<Record<ConsultationField, string>>;
      values: Partial<Record<ConsultationField, string>>;
    }
  | { ok: false; kind: "rate_limited" | "spam" | "bad_request"; message: string };

export interface SubmitSettings {
  /** Minimum time between rendering the form and sending it, in ms. */
  minFillMs: number;
  /** Requests per window per client address (refused beyond) and per email or phone (flagged beyond). */
  rateLimit: number;
  rateWindowSeconds: number;
  /** Requests stored per window from everyone together (refused beyond). */
  globalLimit: number;
  /** Country calling code for phone numbers written without one. */
  phoneCountryCode: string;
  /** Queue an email to the clinic for each stored request (SMTP_URL is set). */
  notify: boolean;
}

export function settingsFromEnv(env: ConsultationEnv = consultationEnv()): SubmitSettings {
  return {
    minFillMs: env.CONSULTATION_MIN_FILL_MS,
    rateLimit: env.CONSULTATION_RATE_LIMIT,
    rateWindowSeconds: env.CONSULTATION_RATE_WINDOW_SECONDS,
    globalLimit: env.CONSULTATION_GLOBAL_LIMIT,
    phoneCountryCode: env.CONSULTATION_PHONE_COUNTRY_CODE,
    notify: Boolean(env.SMTP_URL),
  };
}

export const SUBMIT_MESSAGES = {
  tooLarge: "This request is too large to send. Shorten your message and try again.",
  unreadable: "This form could not be read. Reload the page and try again.",
  spam: "We could not accept this request. Please wait a moment and try again, or call the clinic.",
  rateLimited: (window: string) => `You have sent several requests in a short time. Please try again in ${window}, or call the clinic.`,
  /** The database is down, hung or migrating: nothing was stored, and the form keeps the answers. */
  paused: (phone: string) =>
    `Online requests are paused just now because our booking system is not answering, so nothing was sent. Your answers are still in the form: please try again in a few minutes, or call us on ${phone}.`,
  /** The form showed a consent wording this build does not show (a page loaded before a deploy, or tampered with). */
  consentChanged: (phone: string) =>
    `The consent wording has changed since this page was loaded, so nothing was sent. Please read it below, tick the box again and send the form, or call us on ${phone}.`,
  busy: (window: string) =>
    `We are receiving an unusual number of requests right now, so online requests are paused. Please try again in ${window}, or call the clinic.`,
} as const;

function resolveSettings(overrides: Partial<SubmitSettings> = {}): SubmitSettings {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...settingsFromEnv(), ...given };
}

function describeWindow(seconds: number): string {
  if (seconds >= 7200) return `${Math.round(seconds / 3600)} hours`;
  if (seconds >= 3600) return "an hour";
  if (seconds >= 120) return `${Math.round(seconds / 60)} minutes`;
  return "a minute";
}

const VISIBLE = new Set<string>(CONSULTATION_FIELDS);
const ALLOWED = new Set<string>([...CONSULTATION_FIELDS, ...HIDDEN_FIELDS]);
/** Keys Next.js adds to a server action's FormData. */
const isNextActionKey = (key: string) => key.startsWith("$ACTION_");

type Preflight = { ok: true; fields: Record<string, string> } | { ok: false; message: string };

/** Only our own fields, only strings, and not too much of it. */
function preflight(input: Record<string, unknown>): Preflight {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { ok: false, message: SUBMIT_MESSAGES.unreadable };
  const fields: Record<string, string> = {};
  let bytes = 0;
  for (const [key, value] of Object.entries(input)) {
    if (isNextActionKey(key)) continue;
    if (value === undefined) continue;
    if (!ALLOWED.has(key) || typeof value !== "string") return { ok: false, message: SUBMIT_MESSAGES.unreadable };
    bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
    if (bytes > MAX_INPUT_BYTES) return { ok: false, message: SUBMIT_MESSAGES.tooLarge };
    fields[key] = value;
  }
  return { ok: true, fields };
}

/** What the person typed, so the form can show it again next to the errors. */
function typedValues(fields: Record<string, string>): Partial<Record<ConsultationField, string>> {
  const values: Partial<Record<ConsultationField, string>> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (VISIBLE.has(key)) values[key as ConsultationField] = value;
  }
  return values;
}

class RateLimited extends Error {
  constructor(readonly scope: "address" | "global") {
    super(`over the ${scope} limit`);
  }
}

export interface SubmitMeta {
  /** From clientAddress(); null when unknown (then only the email/phone limit applies). */
  clientAddress: string | null;
  now?: Date;
  /** Slugs of the published treatments. */
  treatmentSlugs: string[];
  /**
   * The version of the consent wording the form showed (consent.ts), as the form posted it; the
   * caller has checked that it is a wording this build shows (actions.ts).
   */
  consentVersion: string;
}

export interface SubmitDeps {
  /** Defaults to getDatabase(). */
  db?: Database;
  /** Defaults to the environment (settingsFromEnv()). */
  settings?: Partial<SubmitSettings>;
  logger?: ConsultationLogger;
  /** Keys the rate-limit hashes; defaults to CONSULTATION_SECRET, or the one kept in the database. */
  secret?: string;
}

export async function submitConsultation(
  input: Record<string, string | undefined>,
  meta: SubmitMeta,
  deps: SubmitDeps = {},
): Promise<SubmitResult> {
  const started = performance.now();
  const logger = deps.logger ?? consultationLogger();
  const finish = <R extends SubmitResult>(result: R, outcome: SubmissionOutcome, id?: string): R => {
    logSubmission(logger, { id, outcome, latencyMs: performance.now() - started });
    return result;
  };

  try {
    const now = meta.now ?? new Date();

    const shape = preflight(input);
    if (!shape.ok) return finish({ ok: false, kind: "bad_request", message: shape.message }, "bad_request");
    const { fields } = shape;

    const hidden = hiddenFieldsSchema.safeParse(fields);
    if (!hidden.success) return finish({ ok: false, kind: "bad_request", message: SUBMIT_MESSAGES.unreadable }, "bad_request");

    const settings = resolveSettings(deps.settings);
    const honeypotFilled = (fields[HONEYPOT_FIELD] ?? "") !== "";
    const tooFast = now.getTime() - hidden.data.renderedAt < settings.minFillMs;
    if (honeypotFilled || tooFast) return finish({ ok: false, kind: "spam", message: SUBMIT_MESSAGES.spam }, "spam");

    const visible = validateConsultation(fields, meta.treatmentSlugs);
    if (!visible.ok) {
      return finish({ ok: false, kind: "invalid", fieldErrors: visible.fieldErrors, values: typedValues(fields) }, "invalid");
    }

    const db = deps.db ?? (await getDatabase()).db;
    const request = visible.data;
    const key = hidden.data.idempotencyKey;

    const secret = deps.secret ?? consultationEnv().CONSULTATION_SECRET ?? (await loadOrCreateSecret(db));
    const limits = { limit: settings.rateLimit, windowSeconds: settings.rateWindowSeconds };

    try {
      const stored = await db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(consultationRequests)
          .values({
            idempotencyKey: key,
            createdAt: now,
            name: request.name,
            email: request.email,
            phone: request.phone,
            contactMethod: request.contactMethod,
            treatmentSlug: request.treatment,
            timeWindow: request.timeWindow,
            message: request.message,
            consentAt: now,
            consentVersion: meta.consentVersion,
          })
          .onConflictDoNothing({ target: consultationRequests.idempotencyKey })
          .returning({ id: consultationRequests.id });

        if (!inserted) {
          // Same form sent again: the first request stands, and this one does not count.
          const [existing] = await tx
            .select({ id: consultationRequests.id })
            .from(consultationRequests)
            .where(eq(consultationRequests.idempotencyKey, key));
          if (!existing) throw new Error("Idempotency key conflicted but no request holds it");
          return { id: existing.id, duplicate: true, flagged: false };
        }

        const keys = rateLimitKeys(
          { clientAddress: meta.clientAddress, email: request.email, phone: request.phone },
          { secret, windowStart: windowStartFor(now, settings.rateWindowSeconds), phoneCountryCode: settings.phoneCountryCode },
        );
        // Always in this order (address, global, contacts), so concurrent transactions lock rows alike.
        if (keys.address && !(await consumeRateLimit(tx, [keys.address], now, limits)).allowed) throw new RateLimited("address");
        if (!(await consumeRateLimit(tx, [GLOBAL_KEY], now, { ...limits, limit: settings.globalLimit })).allowed) {
          throw new RateLimited("global");
        }
        const contact = await consumeRateLimit(tx, keys.contacts, now, limits);
        if (!contact.allowed) {
          await tx.update(consultationRequests).set({ limitFlag: "contact_limit" }).where(eq(consultationRequests.id, inserted.id));
        }

        if (settings.notify && contact.allowed) {
          await tx.insert(mailOutbox).values({ requestId: inserted.id, createdAt: now, nextAttemptAt: now });
        }
        return { id: inserted.id, duplicate: false, flagged: !contact.allowed };
      });
      const outcome = stored.duplicate ? "duplicate" : stored.flagged ? "flagged" : "stored";
      return finish({ ok: true, id: stored.id, duplicate: stored.duplicate }, outcome, stored.id);
    } catch (error) {
      if (error instanceof RateLimited) {
        const window = describeWindow(settings.rateWindowSeconds);
        const message = error.scope === "global" ? SUBMIT_MESSAGES.busy(window) : SUBMIT_MESSAGES.rateLimited(window);
        return finish({ ok: false, kind: "rate_limited", message }, "rate_limited");
      }
      throw error;
    }
  } catch (error) {
    logSubmission(logger, { outcome: "error", latencyMs: performance.now() - started, error: errorKind(error) });
    throw error;
  }
}
