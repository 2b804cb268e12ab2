/**
 * Tells the clinic that a request arrived, without putting the request in an
 * email: the message holds the request id only, and staff read the details
 * with `consultations export`. Each stored request gets an outbox row in the
 * same transaction (when SMTP_URL is set); this worker sends them. A failed
 * send is retried later with exponential backoff; nothing here ever throws to
 * the caller or touches the request itself.
 *
 * At most CONSULTATION_MAIL_LIMIT mails go out per window
 * (CONSULTATION_RATE_WINDOW_SECONDS), counted in the rate-limit table, so the
 * cap holds across restarts and across instances: each mail takes its place
 * atomically before it is sent. Whatever is over the cap waits for the next
 * window, and nothing is dropped: a flood of requests cannot become a flood
 * of mail.
 */
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Database } from "../db/client";
import { getDatabase } from "../db/client";
import { consultationEnv } from "../env";
import { mailOutbox } from "../db/schema";
import { consultationLogger, describeError, errorKind, type ConsultationLogger } from "./log";
import { MAIL_KEY, slotsTaken, takeSlot, windowStartFor, type RateLimitSettings } from "./rate-limit";

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** What the worker needs from a nodemailer transport. */
export interface OutboxTransport {
  sendMail(message: MailMessage): Promise<unknown>;
}

export const NOTIFICATION_SUBJECT = "New consultation request";
export const notificationText = (requestId: string) => `New consultation request ${requestId}. See the export.`;

export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 3_600_000;
/** How long a claimed row is hidden from other workers while it is being sent. */
const LEASE_MS = 5 * 60_000;
const BATCH_SIZE = 20;

/** Wait before the next try after a failure, given the attempts made before it: 30 s, 1 min, 2 min, ... 1 h. */
export function backoffMs(previousAttempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.min(previousAttempts, 30), BACKOFF_MAX_MS);
}

export interface OutboxRunResult {
  sent: number;
  failed: number;
}

export interface OutboxOptions {
  from?: string;
  logger?: ConsultationLogger;
  batchSize?: number;
  /** Mails per window; defaults to CONSULTATION_MAIL_LIMIT per CONSULTATION_RATE_WINDOW_SECONDS. */
  mailLimit?: RateLimitSettings;
}

/**
 * Sends every notification that is due at `now`. Rows are claimed first
 * (FOR UPDATE SKIP LOCKED plus a short lease), so two workers on one
 * PostgreSQL do not send the same one twice.
 */
export async function runOutboxOnce(
  db: Database,
  transport: OutboxTransport,
  clinicEmail: string,
  now: Date = new Date(),
  options: OutboxOptions = {},
): Promise<OutboxRunResult> {
  const logger = options.logger ?? consultationLogger();
  const result: OutboxRunResult = { sent: 0, failed: 0 };
  let from = options.from;
  try {
    from ??= consultationEnv().MAIL_FROM;
    const cap = options.mailLimit ?? {
      limit: consultationEnv().CONSULTATION_MAIL_LIMIT,
      windowSeconds: consultationEnv().CONSULTATION_RATE_WINDOW_SECONDS,
    };
    const room = cap.limit - (await slotsTaken(db, MAIL_KEY, now, cap.windowSeconds));
    if (room <= 0) return result;
    const due = db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(isNull(mailOutbox.sentAt), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.nextAttemptAt))
      .limit(Math.min(options.batchSize ?? BATCH_SIZE, room))
      .for("update", { skipLocked: true });
    const claimed = await db
      .update(mailOutbox)
      .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(inArray(mailOutbox.id, due))
      .returning({ id: mailOutbox.id, requestId: mailOutbox.requestId, attempts: mailOutbox.attempts });

    const nextWindow = new Date(windowStartFor(now, cap.windowSeconds).getTime() + cap.windowSeconds * 1000);
    for (const [index, row] of claimed.entries()) {
      if (!(await takeSlot(db, MAIL_KEY, now, cap))) {
        // Another instance took the last places: the rest wait for the next window.
        const waiting = claimed.slice(index).map((r) => r.id);
        await db.update(mailOutbox).set({ nextAttemptAt: nextWindow }).where(inArray(mailOutbox.id, waiting));
        logger.warn({ waiting: waiting.length }, "consultation notifications over the mail cap wait for the next window");
        break;
      }
      try {
        await transport.sendMail({ from, to: clinicEmail, subject: NOTIFICATION_SUBJECT, text: notificationText(row.requestId) });
        await db.update(mailOutbox).set({ sentAt: now, lastError: null }).where(eq(mailOutbox.id, row.id));
        result.sent++;
      } catch (error) {
        result.failed++;
        logger.warn({ outbox: row.id, attempts: row.attempts + 1, error: errorKind(error) }, "consultation notification not sent");
        await db
          .update(mailOutbox)
          .set({
            attempts: sql`${mailOutbox.attempts} + 1`,
            lastError: describeError(error),
            nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)),
          })
          .where(eq(mailOutbox.id, row.id))
          .catch((dbError: unknown) => logger.error({ outbox: row.id, error: errorKind(dbError) }, "outbox update failed"));
      }
    }
  } catch (error) {
    logger.error({ error: errorKind(error) }, "outbox run failed");
  }
  return result;
}

export function transportFromUrl(smtpUrl: string): OutboxTransport {
  return nodemailer.createTransport(smtpUrl);
}

export interface OutboxWorker {
  /** Runs one pass now (waits for a pass already running). */
  runNow(): Promise<OutboxRunResult>;
  stop(): Promise<void>;
}

export interface OutboxWorkerOptions extends OutboxOptions {
  /** The clinic's address (content/clinic.md's email). */
  clinicEmail: string;
  /** Defaults to 30 s. */
  intervalMs?: number;
  /** Defaults to getDatabase(). */
  db?: Database;
  /** Defaults to a nodemailer transport for SMTP_URL. */
  transport?: OutboxTransport;
  now?: () => Date;
}

/**
 * Sends due notifications every intervalMs, starting now. Returns null when
 * there is nothing to send with (no transport given and SMTP_URL unset). The
 * timer does not keep the process alive.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker | null {
  const smtpUrl = consultationEnv().SMTP_URL;
  const transport = options.transport ?? (smtpUrl ? transportFromUrl(smtpUrl) : undefined);
  if (!transport) return null;
  const logger = options.logger ?? consultationLogger();
  let running: Promise<OutboxRunResult> | undefined;
  let stopped = false;

  const runNow = (): Promise<OutboxRunResult> => {
    running ??= (async () => {
      try {
        const db = options.db ?? (await getDatabase()).db;
        return await runOutboxOnce(db, transport, options.clinicEmail, options.now?.() ?? new Date(), { ...options, logger });
      } catch (error) {
        logger.error({ error: errorKind(error) }, "outbox run failed");
        return { sent: 0, failed: 0 };
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const timer = setInterval(() => {
    if (!stopped) void runNow();
  }, options.intervalMs ?? 30_000);
  timer.unref();
  void runNow();

  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
