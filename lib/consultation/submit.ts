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
 *      count against the rate limits, add the outbox row; a refused rate limit
 *      rolls all of it back -> rate_limited
 * A repeated key returns the first request's id without counting against the
 * limits. Bad input never throws; a database failure does (after logging), so
 * the form can say that nothing was sent.
 */
import { eq } from "drizzle-orm";
import { getDatabase, type Database } from "../db/client";
import { consultationEnv, type ConsultationEnv } from "../db/env";
import { consultationRequests, mailOutbox } from "../db/schema";
import { consultationLogger, errorKind, logSubmission, type ConsultationLogger, type SubmissionOutcome } from "./log";
import { consumeRateLimit, rateLimitKeys } from "./rate-limit";
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
  /** Requests per key per window. */
  rateLimit: number;
  rateWindowSeconds: number;
  /** Queue an email to the clinic for each stored request (SMTP_URL is set). */
  notify: boolean;
}

export function settingsFromEnv(env: ConsultationEnv = consultationEnv()): SubmitSettings {
  return {
    minFillMs: env.CONSULTATION_MIN_FILL_MS,
    rateLimit: env.CONSULTATION_RATE_LIMIT,
    rateWindowSeconds: env.CONSULTATION_RATE_WINDOW_SECONDS,
    notify: Boolean(env.SMTP_URL),
  };
}

export const SUBMIT_MESSAGES = {
  tooLarge: "This request is too large to send. Shorten your message and try again.",
  unreadable: "This form could not be read. Reload the page and try again.",
  spam: "We could not accept this request. Please wait a moment and try again, or call the clinic.",
  rateLimited: (window: string) =>
    `You have sent several requests in a short time. Please try again in ${window}, or call the clinic.`,
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

class RateLimited extends Error {}

export interface SubmitMeta {
  /** From clientAddress(); null when unknown (then only the email/phone limit applies). */
  clientAddress: string | null;
  now?: Date;
  /** Slugs of the published treatments. */
  treatmentSlugs: string[];
}

export interface SubmitDeps {
  /** Defaults to getDatabase(). */
  db?: Database;
  /** Defaults to the environment (settingsFromEnv()). */
  settings?: Partial<SubmitSettings>;
  logger?: ConsultationLogger;
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
          return { id: existing.id, duplicate: true };
        }

        const keys = rateLimitKeys({ clientAddress: meta.clientAddress, email: request.email, phone: request.phone });
        const limit = await consumeRateLimit(tx, keys, now, { limit: settings.rateLimit, windowSeconds: settings.rateWindowSeconds });
        if (!limit.allowed) throw new RateLimited();

        if (settings.notify) await tx.insert(mailOutbox).values({ requestId: inserted.id, createdAt: now, nextAttemptAt: now });
        return { id: inserted.id, duplicate: false };
      });
      return finish({ ok: true, ...stored }, stored.duplicate ? "duplicate" : "stored", stored.id);
    } catch (error) {
      if (error instanceof RateLimited) {
        return finish(
          { ok: false, kind: "rate_limited", message: SUBMIT_MESSAGES.rateLimited(describeWindow(settings.rateWindowSeconds)) },
          "rate_limited",
        );
      }
      throw error;
    }
  } catch (error) {
    logSubmission(logger, { outcome: "error", latencyMs: performance.now() - started, error: errorKind(error) });
    throw error;
  }
}
