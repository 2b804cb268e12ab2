/**
 * The one database schema, for PGlite and PostgreSQL alike. The SQL in
 * drizzle/ is generated from this file: after changing it, run
 * `npx drizzle-kit generate` and commit the new migration.
 *
 * Privacy: a request holds what the clinic needs to call or write back and
 * nothing else. Nothing about the visitor's browser or address is stored;
 * rate-limit keys are HMACs under a key of their own window
 * (lib/consultation/rate-limit.ts) and are deleted with it.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { CONTACT_METHODS, TIME_WINDOWS } from "../consultation/schema";

/** Why a stored request was flagged: its email or phone number was over the per-contact limit. */
export const LIMIT_FLAGS = ["contact_limit"] as const;

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const consultationRequests = pgTable(
  "consultation_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    /** One per form render: a repeated submit finds the first row instead of adding one. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    contactMethod: text("contact_method", { enum: CONTACT_METHODS }).notNull(),
    treatmentSlug: text("treatment_slug").notNull(),
    timeWindow: text("time_window", { enum: TIME_WINDOWS }).notNull(),
    message: text("message"),
    consentAt: timestamptz("consent_at").notNull(),
    /**
     * Which consent wording was shown and agreed to (lib/consultation/consent.ts: a digest
     * of the wording). Null only for requests stored before versions were recorded.
     */
    consentVersion: text("consent_version"),
    /**
     * Set when the email or phone number was over its limit for the window: the request is
     * kept (so no one is locked out by someone else's use of their email) but not emailed
     * to the clinic, and staff see the flag in the export.
     */
    limitFlag: text("limit_flag", { enum: LIMIT_FLAGS }),
  },
  (table) => [
    index("consultation_requests_created_at_idx").on(table.createdAt),
    check("consultation_requests_contact_present", sql`${table.email} is not null or ${table.phone} is not null`),
    check("consultation_requests_contact_method", sql`${table.contactMethod} in ('email', 'phone')`),
    check("consultation_requests_time_window", sql`${table.timeWindow} in ('morning', 'afternoon', 'evening', 'any')`),
    check("consultation_requests_limit_flag", sql`${table.limitFlag} is null or ${table.limitFlag} in ('contact_limit')`),
  ],
);

/** Fixed-window counters: one row per hashed key per window. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamptz("window_start").notNull(),
    count: integer("count").notNull().default(1),
  },
  (table) => [primaryKey({ name: "rate_limits_pkey", columns: [table.key, table.windowStart] })],
);

/** Notifications still to send to the clinic; written in the same transaction as the request. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .unique()
      .references(() => consultationRequests.id, { onDelete: "cascade" }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamptz("next_attempt_at").notNull().defaultNow(),
    sentAt: timestamptz("sent_at"),
    lastError: text("last_error"),
  },
  (table) => [
    index("mail_outbox_due_idx")
      .on(table.nextAttemptAt)
      .where(sql`${table.sentAt} is null`),
  ],
);

/**
 * Secrets the server made for itself (lib/db/secrets.ts), for when the environment
 * gives none: one row per name, created once and shared by every instance.
 */
export const serverSecrets = pgTable("server_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
});

export const schema = { consultationRequests, rateLimits, mailOutbox, serverSecrets };
export type Schema = typeof schema;

export type ConsultationRequestRow = typeof consultationRequests.$inferSelect;
export type NewConsultationRequestRow = typeof consultationRequests.$inferInsert;
export type MailOutboxRow = typeof mailOutbox.$inferSelect;
