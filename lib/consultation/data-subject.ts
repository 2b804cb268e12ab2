/**
 * A data subject's requests (`consultations find|export|delete --email X | --phone Y`):
 * everything stored about one person, found by their email or phone number
 * normalised exactly as the abuse limits normalise them (rate-limit.ts), so
 * that Jane+news@Example.com finds what jane@example.com sent, and
 * "+1 (503) 555-0142" what "503 555 0142" sent.
 *
 * Deleting removes the person's requests, their notifications in the outbox
 * (the foreign key cascades), and their rate-limit counters: a counter's key
 * is an HMAC of the contact under its window's key, so it is found by
 * computing that HMAC for every window still in the table, for the contact
 * given and for every other email and phone number in the person's requests.
 * Counters by client address cannot be tied to a person (no address is
 * stored with a request) and expire with their window.
 */
import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { consultationRequests, mailOutbox, rateLimits, serverSecrets, type ConsultationRequestRow } from "../db/schema";
import { CONSULTATION_SECRET_NAME } from "../db/secrets";
import { exportRequests, type ExportedRequest } from "./export";
import { hashKey, normalizeEmail, normalizePhone, windowKey } from "./rate-limit";

export type DataSubject = { email: string } | { phone: string };

export const describeSubject = (subject: DataSubject): string => ("email" in subject ? `email ${subject.email}` : `phone ${subject.phone}`);

/** Whether a stored request belongs to the person, compared as the limits compare contacts. */
export function belongsTo(row: Pick<ConsultationRequestRow, "email" | "phone">, subject: DataSubject, phoneCountryCode: string): boolean {
  if ("email" in subject) return row.email !== null && normalizeEmail(row.email) === normalizeEmail(subject.email);
  const wanted = normalizePhone(subject.phone, phoneCountryCode);
  return wanted !== null && row.phone !== null && normalizePhone(row.phone, phoneCountryCode) === wanted;
}

/** The person's requests, oldest first, as the export shows them. */
export async function findSubjectRequests(db: Database, subject: DataSubject, phoneCountryCode: string): Promise<ExportedRequest[]> {
  // Normalising happens here, not in SQL, so that it is the very code the limits use; a clinic's table is small.
  return (await exportRequests(db)).filter((row) => belongsTo(row, subject, phoneCountryCode));
}

export interface SubjectDeletion {
  requests: number;
  notifications: number;
  rateLimits: number;
}

/** The secret the rate-limit keys were made with, without creating one (none: no counter was ever keyed). */
async function existingSecret(db: Database, fromEnv: string | undefined): Promise<string | undefined> {
  if (fromEnv) return fromEnv;
  const [row] = await db.select({ value: serverSecrets.value }).from(serverSecrets).where(eq(serverSecrets.name, CONSULTATION_SECRET_NAME));
  return row?.value;
}

/** Deletes everything stored about the person, in one transaction, and says how much. */
export async function deleteSubject(
  db: Database,
  subject: DataSubject,
  options: { phoneCountryCode: string; secret?: string },
): Promise<SubjectDeletion> {
  const secret = await existingSecret(db, options.secret);
  return db.transaction(async (tx) => {
    const rows = (await tx.select().from(consultationRequests)).filter((row) => belongsTo(row, subject, options.phoneCountryCode));
    const ids = rows.map((row) => row.id);

    const contacts = new Set<string>();
    if ("email" in subject) contacts.add(`email:${normalizeEmail(subject.email)}`);
    else {
      const phone = normalizePhone(subject.phone, options.phoneCountryCode);
      if (phone) contacts.add(`phone:${phone}`);
    }
    for (const row of rows) {
      if (row.email?.trim()) contacts.add(`email:${normalizeEmail(row.email)}`);
      const phone = row.phone ? normalizePhone(row.phone, options.phoneCountryCode) : null;
      if (phone) contacts.add(`phone:${phone}`);
    }
    let counters = 0;
    if (secret) {
      const windows = await tx.selectDistinct({ windowStart: rateLimits.windowStart }).from(rateLimits);
      const keys = windows.flatMap(({ windowStart }) => {
        const key = windowKey(secret, windowStart);
        return [...contacts].map((contact) => hashKey("contact", contact, key));
      });
      if (keys.length > 0)
        counters = (await tx.delete(rateLimits).where(inArray(rateLimits.key, keys)).returning({ key: rateLimits.key })).length;
    }

    if (ids.length === 0) return { requests: 0, notifications: 0, rateLimits: counters };
    const [outbox] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(mailOutbox)
      .where(inArray(mailOutbox.requestId, ids));
    // The outbox rows go with their requests (on delete cascade).
    const deleted = await tx
      .delete(consultationRequests)
      .where(inArray(consultationRequests.id, ids))
      .returning({ id: consultationRequests.id });
    return { requests: deleted.length, notifications: outbox?.count ?? 0, rateLimits: counters };
  });
}
