/**
 * The environment, parsed with zod in one place. An empty variable counts as
 * unset. Three groups:
 *
 * - the site (`env`): SITE_URL, parsed at start-up, so a bad one stops the
 *   build rather than a page render;
 * - consultation requests (`consultationEnv()`): where they are stored, how
 *   abuse is limited, how the clinic is told; read lazily on first use, so
 *   importing this module never throws;
 * - the editors' preview passphrase (`previewSecret()`), read when asked.
 *
 * The editing UI's storage choice is not here: the admin's browser bundle
 * needs it inlined by Next (lib/cms/env.ts), and no server setting may go there.
 */
import { z } from "zod";

// ---- the site ----------------------------------------------------------------

const envSchema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/, error: "SITE_URL must be the site's full address, e.g. https://www.example-clinic.com" })
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
});

function parseEnv() {
  const parsed = envSchema.safeParse({ SITE_URL: process.env.SITE_URL || undefined });
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

/** Parsed once at start-up: a bad SITE_URL stops the build, not a page render. */
export const env = parseEnv();

// ---- consultation requests ---------------------------------------------------

const int = (name: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int({ error: `${name} must be a whole number` })
    .min(min, { error: `${name} must be at least ${min}` })
    .max(max, { error: `${name} must be at most ${max}` })
    .default(fallback);

export const consultationEnvSchema = z.object({
  /** PostgreSQL when set (postgres://user:pass@host:5432/db); embedded PGlite otherwise. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, { error: "DATABASE_URL must start with postgres:// or postgresql://" })
    .optional(),
  /**
   * PostgreSQL timeouts, so that a database that is down or hung costs a visitor a short wait and
   * a "requests are paused" answer, never a stalled page or a pool full of stuck clients.
   * Connecting (node-postgres connectionTimeoutMillis):
   */
  DATABASE_CONNECT_TIMEOUT_MS: int("DATABASE_CONNECT_TIMEOUT_MS", 100, 600_000, 5000),
  /**
   * One statement (statement_timeout on the server, and the same wait on the client, for a server
   * that does not answer at all). The consultation form also gives up on the whole submission
   * after twice this and says that online requests are paused.
   */
  DATABASE_STATEMENT_TIMEOUT_MS: int("DATABASE_STATEMENT_TIMEOUT_MS", 100, 3_600_000, 5000),
  /** A transaction left open and idle this long is ended by the server (idle_in_transaction_session_timeout). */
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: int("DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS", 100, 3_600_000, 30_000),
  /**
   * How long an instance waits for another one's migrations (the advisory lock) before it gives up
   * and tries again later; the site keeps serving its pages meanwhile.
   */
  DATABASE_MIGRATION_LOCK_TIMEOUT_MS: int("DATABASE_MIGRATION_LOCK_TIMEOUT_MS", 100, 3_600_000, 60_000),
  /** The longest pause between two attempts to open a database that is not answering (backoff from 0.5 s). */
  DATABASE_RETRY_MAX_MS: int("DATABASE_RETRY_MAX_MS", 100, 600_000, 30_000),
  /** Where the embedded database lives when DATABASE_URL is unset. */
  PGLITE_DIR: z.string().min(1).default("./data/pglite"),
  /**
   * Signs the form tickets and keys the rate-limit hashes (lib/consultation/secret.ts).
   * When unset, the server makes one and keeps it in the database (table server_secrets),
   * so it survives restarts and every instance on one PostgreSQL shares it. Set it in
   * production: then a copy of the database alone cannot reverse the rate-limit hashes.
   */
  CONSULTATION_SECRET: z
    .string()
    .min(32, { error: "CONSULTATION_SECRET must be at least 32 characters (for example: openssl rand -base64 32)" })
    .optional(),
  /** A form ticket older than this is refused like a missing one (the visitor reloads; answers are kept). */
  CONSULTATION_TICKET_MAX_AGE_SECONDS: int("CONSULTATION_TICKET_MAX_AGE_SECONDS", 60, 7 * 24 * 3600, 24 * 3600),
  /**
   * Requests per window from one client address (refused beyond it), and per email or
   * phone number (beyond it a request is still stored, flagged, so no one is locked out
   * by someone else using their email; lib/consultation/submit.ts).
   */
  CONSULTATION_RATE_LIMIT: int("CONSULTATION_RATE_LIMIT", 1, 100_000, 5),
  CONSULTATION_RATE_WINDOW_SECONDS: int("CONSULTATION_RATE_WINDOW_SECONDS", 1, 31 * 24 * 3600, 3600),
  /** Requests stored per window from everyone together; beyond it the form asks people to call. */
  CONSULTATION_GLOBAL_LIMIT: int("CONSULTATION_GLOBAL_LIMIT", 1, 1_000_000, 200),
  /** Notification emails sent to the clinic per window; the rest wait for the next window. */
  CONSULTATION_MAIL_LIMIT: int("CONSULTATION_MAIL_LIMIT", 1, 100_000, 30),
  /** The country calling code of numbers written without one (the clinic's country), for the per-phone limit. */
  CONSULTATION_PHONE_COUNTRY_CODE: z
    .string()
    .regex(/^\d{1,3}$/, { error: "CONSULTATION_PHONE_COUNTRY_CODE must be 1 to 3 digits, like 1 or 44" })
    .default("1"),
  /** A form sent back sooner than this after it was shown is treated as a bot. */
  CONSULTATION_MIN_FILL_MS: int("CONSULTATION_MIN_FILL_MS", 0, 3_600_000, 3000),
  /** Reverse proxies in front of the site whose X-Forwarded-For entries can be trusted. */
  TRUSTED_PROXIES: int("TRUSTED_PROXIES", 0, 20, 0),
  /** Age, in days, past which requests are deleted: by the server on its own schedule, and by `consultations purge`. */
  CONSULTATION_RETENTION_DAYS: int("CONSULTATION_RETENTION_DAYS", 1, 36_500, 365),
  /** How often the server runs the retention purge (the first run is a minute after start). */
  CONSULTATION_PURGE_INTERVAL_MINUTES: int("CONSULTATION_PURGE_INTERVAL_MINUTES", 1, 7 * 24 * 60, 24 * 60),
  /** smtp://user:pass@host:587 or smtps://...; no email is sent when unset. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: "SMTP_URL must start with smtp:// or smtps://" })
    .optional(),
  MAIL_FROM: z.string().min(3).default("no-reply@localhost"),
});

export type ConsultationEnv = z.output<typeof consultationEnvSchema>;

const KEYS = Object.keys(consultationEnvSchema.shape) as (keyof typeof consultationEnvSchema.shape)[];

/** Parses the settings from an environment; throws one error listing every bad variable. */
export function readConsultationEnv(source: Record<string, string | undefined> = process.env): ConsultationEnv {
  const raw = Object.fromEntries(KEYS.map((key) => [key, source[key]?.trim() || undefined]));
  const parsed = consultationEnvSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

let cached: ConsultationEnv | undefined;

/** The process's settings, parsed once. */
export function consultationEnv(): ConsultationEnv {
  cached ??= readConsultationEnv();
  return cached;
}

// ---- the editors' preview passphrase -------------------------------------------

const previewEnvSchema = z.object({
  PREVIEW_SECRET: z.string().min(16, { error: "PREVIEW_SECRET must be at least 16 characters; use a long random string" }).optional(),
});

/** PREVIEW_SECRET, read when asked (tests and the dev server set it per run); undefined when unset. */
export function previewSecret(): string | undefined {
  const parsed = previewEnvSchema.safeParse({ PREVIEW_SECRET: process.env.PREVIEW_SECRET || undefined });
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  return parsed.data.PREVIEW_SECRET;
}
