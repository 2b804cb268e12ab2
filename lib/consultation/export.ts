/**
 * Staff export of the stored requests (`consultations export`), oldest
 * first. CSV follows RFC 4180 (a header row, CRLF between records) with every
 * cell quoted and quotes doubled, empty values too.
 *
 * Formula-safe: quoting is not enough, because a spreadsheet may split the
 * line on another separator than the comma (Excel in a locale whose list
 * separator is ";" opens a .csv that way), and then the text after a ";" in
 * `Jane;=1+1` starts a cell of its own and runs as a formula. So wherever a
 * spreadsheet could start a cell, at the start of the value or after any
 * separator it might split on (comma, semicolon, tab, pipe, line break) and
 * any spaces or quotes, a character that starts a formula (= + - @, or a tab
 * or CR that hides one) gets an apostrophe before it: "'=1+1" is text in
 * Excel, LibreOffice and Google Sheets. JSON keeps every value exactly as
 * stored.
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
  /** Which consent wording was agreed to (lib/consultation/consent.ts); null for requests from before versions were kept. */
  consentVersion: string | null;
  /** "contact_limit" when the email or phone was over its limit (lib/consultation/submit.ts). */
  limitFlag: string | null;
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
  ["consent_version", "consentVersion"],
  ["limit_flag", "limitFlag"],
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
    consentVersion: row.consentVersion,
    limitFlag: row.limitFlag,
  }));
}

const SEPARATORS = new Set([",", ";", "|", "\t", "\r", "\n"]);
const FORMULA_STARTS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** An apostrophe before every formula character where a cell could begin: at the start, or after a separator, then any spaces and quotes. */
export function defuseFormulas(value: string): string {
  let out = "";
  let cellStart = true;
  for (const char of value) {
    if (cellStart && FORMULA_STARTS.has(char)) out += "'";
    out += char;
    if (SEPARATORS.has(char)) cellStart = true;
    else if (char !== " " && char !== '"') cellStart = false;
  }
  return out;
}

/** One cell, always quoted, formula-safe. */
export function csvCell(value: string | null): string {
  return `"${defuseFormulas(value ?? "").replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly ExportedRequest[]): string {
  const lines = [EXPORT_COLUMNS.map(([header]) => csvCell(header)).join(",")];
  for (const row of rows) lines.push(EXPORT_COLUMNS.map(([, key]) => csvCell(row[key])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export function toJson(rows: readonly ExportedRequest[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
