/**
 * Staff export of the stored requests (`consultations export`), oldest
 * first. CSV follows RFC 4180 (a header row; fields with commas, quotes or
 * line breaks quoted, quotes doubled; CRLF between records). A cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
 * gets a leading apostrophe, so a name like "=HYPERLINK(...)" stays text;
 * JSON keeps every value exactly as stored.
 */
import { asc, gte } from "drizzle-orm";
import type { Database } from "../db/client";
import { consultationRequests } from "../db/schema";

export interface ExportedRequest {
  id: string;
  createdAt: string;
  name: string;
  email: string | null;
  phone: string | null;
  contactMethod: string;
  treatment: string;
  timeWindow: string;
  message: string | null;
  consentAt: string;
}

export const EXPORT_COLUMNS = [
  ["id", "id"],
  ["created_at", "createdAt"],
  ["name", "name"],
  ["email", "email"],
  ["phone", "phone"],
  ["contact_method", "contactMethod"],
  ["treatment", "treatment"],
  ["time_window", "timeWindow"],
  ["message", "message"],
  ["consent_at", "consentAt"],
] as const satisfies readonly (readonly [string, keyof ExportedRequest])[];

/** "2025-03-01" -> that day's start in UTC; undefined for anything else (including 2025-02-30). */
export function parseSinceDate(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : undefined;
}

/** Every stored request, or those created on or after `since`, oldest first. */
export async function exportRequests(db: Database, options: { since?: Date } = {}): Promise<ExportedRequest[]> {
  const rows = await db
    .select()
    .from(consultationRequests)
    .where(options.since ? gte(consultationRequests.createdAt, options.since) : undefined)
    .orderBy(asc(consultationRequests.createdAt), asc(consultationRequests.id));
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    name: row.name,
    email: row.email,
    phone: row.phone,
    contactMethod: row.contactMethod,
    treatment: row.treatmentSlug,
    timeWindow: row.timeWindow,
    message: row.message,
    consentAt: row.consentAt.toISOString(),
  }));
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | null): string {
  if (value === null) return "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly ExportedRequest[]): string {
  const lines = [EXPORT_COLUMNS.map(([header]) => header).join(",")];
  for (const row of rows) lines.push(EXPORT_COLUMNS.map(([, key]) => csvCell(row[key])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export function toJson(rows: readonly ExportedRequest[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
