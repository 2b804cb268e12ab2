/**
 * Retention (`consultations purge`): deletes requests older than a number of
 * days (their outbox rows go with them), rate-limit windows that have ended,
 * and notifications already sent.
 */
import { isNotNull, lt } from "drizzle-orm";
import type { Database } from "../db/client";
import { consultationRequests, mailOutbox } from "../db/schema";
import { purgeRateLimits } from "./rate-limit";

export interface PurgeResult {
  requests: number;
  rateLimits: number;
  sentNotifications: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** "90d" or "90" -> 90; undefined unless a whole number of days from 1 to 36500. */
export function parseDays(value: string): number | undefined {
  const match = /^(\d{1,5})d?$/.exec(value.trim());
  const days = match ? Number(match[1]) : NaN;
  return Number.isInteger(days) && days >= 1 && days <= 36_500 ? days : undefined;
}

export async function purgeOlderThan(
  db: Database,
  options: { olderThanDays: number; now?: Date; rateWindowSeconds: number },
): Promise<PurgeResult> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - options.olderThanDays * DAY_MS);
  return db.transaction(async (tx) => {
    const requests = await tx
      .delete(consultationRequests)
      .where(lt(consultationRequests.createdAt, cutoff))
      .returning({ id: consultationRequests.id });
    const sent = await tx.delete(mailOutbox).where(isNotNull(mailOutbox.sentAt)).returning({ id: mailOutbox.id });
    const rateLimits = await purgeRateLimits(tx, now, options.rateWindowSeconds);
    return { requests: requests.length, rateLimits, sentNotifications: sent.length };
  });
}
