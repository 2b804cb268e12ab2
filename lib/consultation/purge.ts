/**
 * Retention: deletes requests older than a number of days (their outbox rows
 * go with them), rate-limit windows that have ended, and notifications
 * already sent, then gives the space back (reclaimSpace). The server does it
 * by itself every day (retention.ts); `consultations purge` does it on demand.
 */
import { isNotNull, lt, sql } from "drizzle-orm";
import type { Database, DatabaseHandle } from "../db/client";
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

/**
 * After a purge, gives the space back, and with PGlite makes sure the deleted
 * rows are gone from the disk, not just marked dead.
 *
 * PostgreSQL: a plain VACUUM, which makes the space reusable without locking
 * the tables against the site (its autovacuum would get there too, later).
 *
 * PGlite has no autovacuum, and a deleted row stays in two places: in the
 * table's pages until they are rewritten, and in the write-ahead log that
 * recorded its insert. VACUUM FULL rewrites each table into a new file (the
 * old one is unlinked); then the log is switched to a new segment and a
 * checkpoint drops the old segments. PostgreSQL normally recycles an old
 * segment by renaming it, contents and all, so wal_recycle is turned off for
 * this session first: the old segments are deleted instead. (Measured: a
 * marker string written in a request is found in base/ and pg_wal/ after a
 * plain DELETE, only in pg_wal/ after VACUUM FULL and CHECKPOINT, and nowhere
 * after this; tests/consultation/retention.test.ts.)
 */
export async function reclaimSpace(handle: Pick<DatabaseHandle, "db" | "kind">): Promise<void> {
  const tables = sql`consultation_requests, mail_outbox, rate_limits`;
  if (handle.kind === "postgres") {
    await handle.db.execute(sql`vacuum (analyze) ${tables}`);
    return;
  }
  await handle.db.execute(sql`vacuum full ${tables}`);
  await handle.db.execute(sql`set wal_recycle = off`);
  await handle.db.execute(sql`select pg_switch_wal()`);
  await handle.db.execute(sql`checkpoint`);
}
