/**
 * The consultation form is a static page (so it loads as fast as any other
 * page), which means its HTML cannot carry anything made per view. What
 * each view of the form needs from the server, the proxy hands out as a
 * ticket cookie instead: a random id and the time the form was served.
 *   - The time is what the minimum fill time is measured from.
 *   - The id makes the idempotency key when the browser runs no JavaScript:
 *     a resend of the same view with the same answers maps to the same key.
 *     Answers go into the key because two tabs share one cookie: two
 *     different requests sent from two tabs must stay two requests.
 * With JavaScript on, the form also sends a key of its own, made once per
 * render of the form; that key wins.
 *
 * The cookie is signed: `<id>.<time>.<HMAC-SHA256 of both>` under a key
 * derived from the consultation secret (secret.ts), and it has a maximum age.
 * A made-up ticket, an edited time (to skip the minimum fill time), a ticket
 * signed with another key, one from the future or one past its age are all
 * refused like a missing ticket: the form comes back with the answers and a
 * way forward.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { CONSULTATION_FIELDS } from "./schema";
import { deriveKey } from "./secret";

export const TICKET_COOKIE = "consultation-ticket";

export interface FormTicket {
  id: string;
  /** When the form was served, in ms since the epoch (server clock). */
  issuedAt: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const newFormTicket = (now: number = Date.now()): FormTicket => ({ id: crypto.randomUUID(), issuedAt: now });

/** How far ahead of this server's clock a ticket may be (another instance's clock). */
export const TICKET_CLOCK_SKEW_MS = 60_000;

const signature = (secret: string, payload: string): Buffer =>
  createHmac("sha256", deriveKey(secret, "form-ticket")).update(payload).digest();

/** The cookie's value: the ticket and its signature. */
export function serializeTicket(ticket: FormTicket, secret: string): string {
  const payload = `${ticket.id}.${ticket.issuedAt}`;
  return `${payload}.${signature(secret, payload).toString("base64url")}`;
}

export interface TicketCheck {
  secret: string;
  /** Refuse tickets older than this. */
  maxAgeMs: number;
  now?: number;
}

/**
 * The cookie's value back as a ticket; null for anything else: missing,
 * malformed, unsigned, signed with another key, edited, expired, or from the future.
 */
export function parseTicket(value: string | undefined, check: TicketCheck): FormTicket | null {
  if (!value) return null;
  const [id, issuedAt, mac, ...rest] = value.split(".");
  if (rest.length > 0 || !id || !issuedAt || !mac || !UUID.test(id) || !/^\d{1,15}$/.test(issuedAt)) return null;
  // The signature as text, not decoded: base64url decoding ignores stray characters and the unused low
  // bits of the last one, so several strings decode to the same bytes. Only the one this server wrote passes.
  const given = Buffer.from(mac);
  const expected = Buffer.from(signature(check.secret, `${id}.${issuedAt}`).toString("base64url"));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const age = (check.now ?? Date.now()) - Number(issuedAt);
  if (age > check.maxAgeMs || age < -TICKET_CLOCK_SKEW_MS) return null;
  return { id, issuedAt: Number(issuedAt) };
}

/**
 * The idempotency key for a form sent without a key of its own: a UUID-shaped
 * digest of the ticket and the visible answers exactly as sent.
 */
export function idempotencyKeyFor(ticket: FormTicket, fields: Record<string, string | undefined>): string {
  const answers = CONSULTATION_FIELDS.map((field) => [field, fields[field] ?? null]);
  const digest = createHash("sha256")
    .update(JSON.stringify([ticket.id, answers]))
    .digest("hex");
  // Shaped as a version 8 (custom) UUID so it fits the same check as a browser-made key.
  const variant = ((parseInt(digest[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${digest.slice(0, 8)}-${digest.slice(8, 12)}-8${digest.slice(13, 16)}-${variant}${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
}
