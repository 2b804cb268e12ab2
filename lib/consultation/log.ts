/**
 * One structured line per submission. Only the outcome, the request id and
 * the time taken: never a name, email, phone number, message or address.
 * The shape is fixed here so that nothing else can slip into a log line.
 */
import pino, { type Logger } from "pino";

/** "flagged": stored, but over the per-contact limit (submit.ts). */
export type SubmissionOutcome = "stored" | "flagged" | "duplicate" | "invalid" | "rate_limited" | "spam" | "bad_request" | "error";

export interface SubmissionLogLine {
  id?: string;
  outcome: SubmissionOutcome;
  latencyMs: number;
  /** For outcome "error": the error's code or class (ECONNREFUSED, 57P01, TypeError), never its message. */
  error?: string;
}

/** The subset of a pino logger used here, so tests can pass a recorder. */
export interface ConsultationLogger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

const LOGGER = Symbol.for("clinic.consultation.logger");
const globalLogger = globalThis as typeof globalThis & { [LOGGER]?: Logger };

export function consultationLogger(): ConsultationLogger {
  globalLogger[LOGGER] ??= pino({
    level: process.env.LOG_LEVEL || (process.env.VITEST ? "silent" : "info"),
    base: undefined,
  });
  return globalLogger[LOGGER];
}

export function logSubmission(logger: ConsultationLogger, line: SubmissionLogLine): void {
  const entry: SubmissionLogLine = { outcome: line.outcome, latencyMs: Math.round(line.latencyMs) };
  if (line.id) entry.id = line.id;
  if (line.error) entry.error = line.error;
  if (line.outcome === "error") logger.error(entry, "consultation request");
  else logger.info(entry, "consultation request");
}

/** A code or class name that says what kind of failure it was, without any value. */
export function errorKind(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^[\w.-]{1,40}$/.test(code)) return code;
  const cause = (error as { cause?: unknown } | null)?.cause;
  const causeCode = (cause as { code?: unknown } | null)?.code;
  if (typeof causeCode === "string" && /^[\w.-]{1,40}$/.test(causeCode)) return causeCode;
  return error instanceof Error ? error.name : typeof error;
}

/** An error's class and message only; driver errors can quote the values that failed. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  return String(error).slice(0, 500);
}
