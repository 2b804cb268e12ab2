/**
 * Settings for the consultation requests: where they are stored, how abuse is
 * limited, and how the clinic is told. Parsed with zod like lib/env.ts; an
 * empty variable counts as unset. Read lazily (first use), so importing this
 * module never throws.
 */
import { z } from "zod";

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
  /** Where the embedded database lives when DATABASE_URL is unset. */
  PGLITE_DIR: z.string().min(1).default("./data/pglite"),
  /** Requests allowed per window, per client address and per email/phone. */
  CONSULTATION_RATE_LIMIT: int("CONSULTATION_RATE_LIMIT", 1, 100_000, 5),
  CONSULTATION_RATE_WINDOW_SECONDS: int("CONSULTATION_RATE_WINDOW_SECONDS", 1, 31 * 24 * 3600, 3600),
  /** A form sent back sooner than this after it was shown is treated as a bot. */
  CONSULTATION_MIN_FILL_MS: int("CONSULTATION_MIN_FILL_MS", 0, 3_600_000, 3000),
  /** Reverse proxies in front of the site whose X-Forwarded-For entries can be trusted. */
  TRUSTED_PROXIES: int("TRUSTED_PROXIES", 0, 20, 0),
  /** Default age, in days, past which `consultations purge` deletes requests. */
  CONSULTATION_RETENTION_DAYS: int("CONSULTATION_RETENTION_DAYS", 1, 36_500, 365),
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
