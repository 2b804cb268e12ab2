/**
 * Fixed-window rate limits, kept in the database so they hold across
 * restarts and across instances sharing one PostgreSQL. Old windows are
 * deleted by `consultations purge`.
 *
 * No address, email or phone number is written, not even as a bare digest
 * (a SHA-256 of a phone number is reversed by trying every number, in
 * milliseconds). A key is an HMAC-SHA256 under a key of its own window,
 * derived from the consultation secret (secret.ts) and the window's start:
 * the same person gets a different key in every window, nothing in the table
 * can be tested against a guess without the secret, and the rows of two
 * windows cannot be linked to each other. Counters that hold nothing personal
 * (the global cap, the notification mails) use a plain name.
 */
import { createHmac } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { rateLimits } from "../db/schema";
import { deriveKey } from "./secret";

export interface RateLimitSettings {
  /** Requests allowed per key per window. */
  limit: number;
  windowSeconds: number;
}

/** Every stored request, from anyone: the global cap. */
export const GLOBAL_KEY = "global";
/** Notification emails sent to the clinic (outbox.ts). */
export const MAIL_KEY = "mail";

/** The start of the fixed window `now` falls in (windows are aligned to the Unix epoch). */
export function windowStartFor(now: Date, windowSeconds: number): Date {
  const size = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

/** The hashing key of one window: a new one every window, from the secret. */
export const windowKey = (secret: string, windowStart: Date): Buffer => deriveKey(secret, `rate-limit\0${windowStart.toISOString()}`);

export function hashKey(kind: "address" | "contact", value: string, key: Buffer): string {
  return `${kind}:${createHmac("sha256", key).update(`${kind}\0${value}`).digest("hex")}`;
}

/**
 * One mailbox, one key: trimmed, lower case, and without a `+tag`
 * (jane+1@example.com and Jane+2@Example.com are jane@example.com). Dots are
 * kept: most providers other than Gmail treat them as part of the name.
 */
export function normalizeEmail(email: string): string {
  const text = email.trim().toLowerCase();
  const at = text.lastIndexOf("@");
  if (at <= 0) return text;
  const local = text.slice(0, at);
  const plus = local.indexOf("+");
  return plus > 0 ? `${local.slice(0, plus)}${text.slice(at)}` : text;
}

/**
 * One phone number, one key: digits only, with the country calling code.
 * "+1 (503) 555-0142", "001 503 555 0142", "1-503-555-0142" and "503 555 0142"
 * (country code 1) all become 15035550142; with country code 44,
 * "020 7946 0958", "+44 (0)20 7946 0958" and "0044 20 7946 0958" become 442079460958.
 * Null when there are no digits.
 */
export function normalizePhone(phone: string, countryCode: string): string | null {
  const text = phone.trim().replace(/\(0\)/g, "");
  const digits = text.replace(/\D/g, "");
  if (!digits) return null;
  if (text.startsWith("+")) return digits;
  if (digits.startsWith("00")) return digits.slice(2);
  if (countryCode === "1" && digits.startsWith("011")) return digits.slice(3);
  let national = digits;
  // The trunk prefix dialled before a national number: 1 in North America, 0 almost everywhere else.
  if (countryCode === "1" && national.length === 11 && national.startsWith("1")) national = national.slice(1);
  else if (countryCode !== "1" && national.startsWith("0")) national = national.slice(1);
  return `${countryCode}${national}`;
}

/**
 * The address a limit counts: IPv4 as is, IPv6 by its /64 (one household or
 * server gets a whole /64, so counting single IPv6 addresses would give one
 * client 2^64 fresh ones).
 */
export function addressBucket(address: string): string {
  if (!address.includes(":")) return address;
  const [head = "", tail] = address.toLowerCase().split("::");
  const groups = (part: string) => (part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const first = groups(head);
  const last = tail === undefined ? [] : groups(tail);
  const full = [...first, ...Array<string>(Math.max(0, 8 - first.length - last.length)).fill("0"), ...last];
  return `${full
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export interface LimitSubject {
  clientAddress: string | null;
  email: string | null;
  phone: string | null;
}

export interface KeyOptions {
  secret: string;
  windowStart: Date;
  /** For phone numbers written without one (CONSULTATION_PHONE_COUNTRY_CODE). */
  phoneCountryCode: string;
}

/**
 * The keys a request counts against in one window: its client address (when
 * known), and each way to reach the person, normalised so that case, spacing,
 * `+tags` and the way a number is written do not make a new key. Sorted, so
 * that concurrent submissions lock rows in the same order.
 */
export function rateLimitKeys(subject: LimitSubject, options: KeyOptions): { address: string | null; contacts: string[] } {
  const key = windowKey(options.secret, options.windowStart);
  const contacts = new Set<string>();
  if (subject.email?.trim()) contacts.add(hashKey("contact", `email:${normalizeEmail(subject.email)}`, key));
  const phone = subject.phone ? normalizePhone(subject.phone, options.phoneCountryCode) : null;
  if (phone) contacts.add(hashKey("contact", `phone:${phone}`, key));
  return {
    address: subject.clientAddress ? hashKey("address", addressBucket(subject.clientAddress.toLowerCase()), key) : null,
    contacts: [...contacts].sort(),
  };
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

/**
 * Takes one of `limit` places for `key` in the current window, atomically
 * (one statement, so instances sharing a PostgreSQL cannot both take the
 * last one); false, and nothing counted, when none is left.
 */
export async function takeSlot(db: Database, key: string, now: Date, settings: RateLimitSettings): Promise<boolean> {
  const windowStart = windowStartFor(now, settings.windowSeconds);
  const counted = sql`${rateLimits}.${sql.identifier(rateLimits.count.name)}`;
  const rows = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${counted} + 1` },
      setWhere: sql`${counted} < ${settings.limit}`,
    })
    .returning({ count: rateLimits.count });
  return rows.length > 0 && settings.limit >= 1;
}

/** How many places of `key` are taken in the current window. */
export async function slotsTaken(db: Database, key: string, now: Date, windowSeconds: number): Promise<number> {
  const [row] = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStartFor(now, windowSeconds))));
  return row?.count ?? 0;
}

/** Deletes windows that have ended. */
export async function purgeRateLimits(db: Database, now: Date, windowSeconds: number): Promise<number> {
  const rows = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, new Date(now.getTime() - windowSeconds * 1000)))
    .returning({ key: rateLimits.key });
  return rows.length;
}
