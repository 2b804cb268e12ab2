/**
 * Fixed-window rate limits, kept in the database so they hold across
 * restarts and across instances sharing one PostgreSQL. Keys are SHA-256
 * hashes of the client address or of the email/phone, so no raw value is
 * written; old windows are deleted by `consultations purge`.
 */
import { createHash } from "node:crypto";
import { lt, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { rateLimits } from "../db/schema";

export interface RateLimitSettings {
  /** Requests allowed per key per window. */
  limit: number;
  windowSeconds: number;
}

/** The start of the fixed window `now` falls in (windows are aligned to the Unix epoch). */
export function windowStartFor(now: Date, windowSeconds: number): Date {
  const size = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

export function hashKey(kind: "address" | "contact", value: string): string {
  return `${kind}:${createHash("sha256").update(`${kind}\0${value}`).digest("hex")}`;
}

/**
 * One key for the client address and one for each way to reach the person,
 * normalised so that case and spacing do not make a new key. Sorted, so that
 * concurrent submissions lock rows in the same order.
 */
export function rateLimitKeys(subject: { clientAddress: string | null; email: string | null; phone: string | null }): string[] {
  const keys = new Set<string>();
  if (subject.clientAddress) keys.add(hashKey("address", subject.clientAddress.toLowerCase()));
  if (subject.email) keys.add(hashKey("contact", `email:${subject.email.trim().toLowerCase()}`));
  const digits = subject.phone?.replace(/\D/g, "");
  if (digits) keys.add(hashKey("contact", `phone:${digits}`));
  return [...keys].sort();
}

export interface RateLimitResult {
  allowed: boolean;
  /** The highest count among the keys, this request included. */
  count: number;
}

/**
 * Counts one request against every key in the current window and says
 * whether all of them are still within the limit. Run it inside the
 * transaction that stores the request: rolling that back on refusal leaves
 * the counts at the limit, so the next attempt is refused too.
 */
export async function consumeRateLimit(
  db: Database,
  keys: readonly string[],
  now: Date,
  settings: RateLimitSettings,
): Promise<RateLimitResult> {
  const windowStart = windowStartFor(now, settings.windowSeconds);
  let count = 0;
  for (const key of keys) {
    const [row] = await db
      .insert(rateLimits)
      .values({ key, windowStart, count: 1 })
      .onConflictDoUpdate({
        target: [rateLimits.key, rateLimits.windowStart],
        set: { count: sql`${rateLimits}.${sql.identifier(rateLimits.count.name)} + 1` },
      })
      .returning({ count: rateLimits.count });
    count = Math.max(count, row?.count ?? 0);
  }
  return { allowed: count <= settings.limit, count };
}

/** Deletes windows that have ended. */
export async function purgeRateLimits(db: Database, now: Date, windowSeconds: number): Promise<number> {
  const rows = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, new Date(now.getTime() - windowSeconds * 1000)))
    .returning({ key: rateLimits.key });
  return rows.length;
}
