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
 */
import { createHash } from "node:crypto";
import { CONSULTATION_FIELDS } from "./schema";

export const TICKET_COOKIE = "consultation-ticket";

export interface FormTicket {
  id: string;
  /** When the form was served, in ms since the epoch (server clock). */
  issuedAt: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const newFormTicket = (now: number = Date.now()): FormTicket => ({ id: crypto.randomUUID(), issuedAt: now });

export const serializeTicket = (ticket: FormTicket): string => `${ticket.id}.${ticket.issuedAt}`;

/** The cookie's value back as a ticket; anything else (missing, edited, truncated) is null. */
export function parseTicket(value: string | undefined): FormTicket | null {
  if (!value) return null;
  const [id, issuedAt, ...rest] = value.split(".");
  if (rest.length > 0 || !id || !issuedAt || !UUID.test(id) || !/^\d{1,15}$/.test(issuedAt)) return null;
  return { id, issuedAt: Number(issuedAt) };
}

/**
 * The idempotency key for a form sent without a key of its own: a UUID-shaped
 * digest of the ticket and the visible answers exactly as sent.
 */
export function idempotencyKeyFor(ticket: FormTicket, fields: Record<string, string | undefined>): string {
  const answers = CONSULTATION_FIELDS.map((field) => [field, fields[field] ?? null]);
  const digest = createHash("sha256").update(JSON.stringify([ticket.id, answers])).digest("hex");
  // Shaped as a version 8 (custom) UUID so it fits the same check as a browser-made key.
  const variant = ((parseInt(digest[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${digest.slice(0, 8)}-${digest.slice(8, 12)}-8${digest.slice(13, 16)}-${variant}${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
}
