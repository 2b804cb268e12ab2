/**
 * The same suite against the embedded database (always) and a real
 * PostgreSQL (when scripts/ensure-postgres.sh can provide one).
 */
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { openDatabase, type Database, type DatabaseHandle } from "@/lib/db/client";
import { consultationRequests, mailOutbox, rateLimits, serverSecrets } from "@/lib/db/schema";
import { loadOrCreateSecret } from "@/lib/db/secrets";
import { consentVersion } from "@/lib/consultation/consent";
import { csvCell, exportRequests, toCsv, toJson } from "@/lib/consultation/export";
import { runOutboxOnce, startOutboxWorker, transportFromUrl, type MailMessage } from "@/lib/consultation/outbox";
import { purgeOlderThan } from "@/lib/consultation/purge";
import { consumeRateLimit, rateLimitKeys, windowStartFor } from "@/lib/consultation/rate-limit";
import { SUBMIT_MESSAGES, submitConsultation, type SubmitResult, type SubmitSettings } from "@/lib/consultation/submit";
import { main } from "@/cli/consultations";
import { form, NOW, openPglite, recordingLogger, removeTempDirs, startPostgres, startSmtpServer, TREATMENTS } from "./support";

const postgres = await startPostgres();
if ("skipped" in postgres) console.warn(`PostgreSQL tests skipped: ${postgres.skipped}`);
afterAll(async () => {
  if ("stop" in postgres) await postgres.stop();
  removeTempDirs();
});

const SETTINGS: SubmitSettings = {
  minFillMs: 3000,
  rateLimit: 3,
  rateWindowSeconds: 3600,
  globalLimit: 100,
  phoneCountryCode: "1",
  notify: false,
};
const CONSENT_VERSION = consentVersion("I agree that the clinic may keep this request and contact me about it.");
const HOUR = 3600_000;
const DAY = 24 * HOUR;

interface Backend {
  name: string;
  skipped?: string;
  /** PGlite's handle also says which directory it opened. */
  open(): Promise<DatabaseHandle & { dir?: string }>;
}

const backends: Backend[] = [
  { name: "PGlite", open: () => openPglite() },
  "skipped" in postgres
    ? { name: "PostgreSQL", skipped: postgres.skipped, open: () => Promise.reject(new Error(postgres.skipped)) }
    : { name: "PostgreSQL", open: () => openDatabase({ kind: "postgres", url: postgres.url }) },
];

for (const backend of backends) {
  describe.skipIf(backend.skipped !== undefined)(
    `consultation requests on ${backend.name}${backend.skipped ? ` (skipped: ${backend.skipped})` : ""}`,
    () => {
      let handle: DatabaseHandle & { dir?: string };
      let db: Database;

      beforeAll(async () => {
        handle = await backend.open();
        db = handle.db;
      }, 120_000);
      afterAll(async () => {
        await handle?.close();
      });
      beforeEach(async () => {
        await db.delete(mailOutbox);
        await db.delete(consultationRequests);
        await db.delete(rateLimits);
        await db.delete(serverSecrets);
      });

      const submit = (
        input: Record<string, string | undefined>,
        meta: { clientAddress?: string | null; now?: Date } = {},
        settings: Partial<SubmitSettings> = {},
        logger = recordingLogger(),
      ) =>
        submitConsultation(
          input,
          {
            clientAddress: meta.clientAddress === undefined ? "203.0.113.9" : meta.clientAddress,
            now: meta.now ?? NOW,
            treatmentSlugs: TREATMENTS,
            consentVersion: CONSENT_VERSION,
          },
          { db, settings: { ...SETTINGS, ...settings }, logger },
        );
      const count = async (table: typeof consultationRequests | typeof mailOutbox | typeof rateLimits) => db.$count(table);
      /** A form rendered a minute before `at`. */
      const formAt = (at: Date, overrides: Record<string, string | undefined> = {}) =>
        form({ renderedAt: String(at.getTime() - 60_000), ...overrides });

      test("the migrations created the four tables", async () => {
        // Both drivers answer with { rows }; the shared database type cannot say so.
        const result = (await db.execute(
          sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
        )) as { rows: { table_name: string }[] };
        expect(result.rows.map((row) => row.table_name)).toEqual(["consultation_requests", "mail_outbox", "rate_limits", "server_secrets"]);
      });

      test("a valid request is stored as given, with the time consent was given and nothing about the visitor", async () => {
        const result = await submit(form({ name: " Jane Example ", phone: "+1 503 555 0142", message: "Mornings suit me.\r\nThanks" }));
        expect(result).toEqual({ ok: true, id: expect.stringMatching(/^[0-9a-f-]{36}$/), duplicate: false });
        const rows = await db.select().from(consultationRequests);
        expect(rows).toEqual([
          {
            id: result.ok ? result.id : "",
            createdAt: NOW,
            idempotencyKey: expect.any(String),
            name: "Jane Example",
            email: "jane@example.com",
            phone: "+1 503 555 0142",
            contactMethod: "email",
            treatmentSlug: "prp-facial",
            timeWindow: "morning",
            message: "Mornings suit me.\nThanks",
            consentAt: NOW,
            consentVersion: CONSENT_VERSION,
            limitFlag: null,
          },
        ]);
        const everything = JSON.stringify([rows, await db.select().from(rateLimits)]);
        expect(everything).not.toContain("203.0.113.9");
      });

      test("sending the same form twice stores one request and returns its id both times", async () => {
        const input = form();
        const first = await submit(input);
        const second = await submit(input, { now: new Date(NOW.getTime() + 5000) });
        expect(first).toMatchObject({ ok: true, duplicate: false });
        expect(second).toEqual({ ok: true, id: first.ok ? first.id : "", duplicate: true });
        expect(await count(consultationRequests)).toBe(1);
      });

      test("twenty copies of one form sent at once store one request, and all get its id", async () => {
        const input = form();
        const results = await Promise.all(Array.from({ length: 20 }, () => submit(input)));
        const ids = new Set(results.map((r) => (r.ok ? r.id : r.kind)));
        expect(ids.size).toBe(1);
        expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
        expect(await count(consultationRequests)).toBe(1);
      });

      test("repeats of one form do not count against the rate limit", async () => {
        const input = form();
        for (let i = 0; i < 6; i++) expect(await submit(input)).toMatchObject({ ok: true });
        expect(await submit(form({ email: "other@example.com" }))).toMatchObject({ ok: true, duplicate: false });
      });

      test("from one address: the limit is allowed, one more is refused, and the next window is open again", async () => {
        const at = new Date(windowStartFor(NOW, 3600).getTime() + 10 * 60_000);
        for (let i = 0; i < 3; i++) {
          expect(await submit(formAt(at, { email: `person${i}@example.com` }), { now: at })).toMatchObject({ ok: true });
        }
        const refused = await submit(formAt(at, { email: "person4@example.com" }), { now: new Date(at.getTime() + 40 * 60_000) });
        expect(refused).toEqual({ ok: false, kind: "rate_limited", message: expect.stringContaining("an hour") });
        expect(await count(consultationRequests)).toBe(3);

        const nextWindow = new Date(at.getTime() + HOUR);
        expect(await submit(formAt(nextWindow, { email: "person5@example.com" }), { now: nextWindow })).toMatchObject({ ok: true });
      });

      /** The stored rows' emails or phones and flags (in no particular order). */
      const flags = async () => (await db.select().from(consultationRequests)).map((row) => [row.email ?? row.phone, row.limitFlag]);
      /** The flag of each stored request, in the order the results are given. */
      const flagsOf = async (results: SubmitResult[]) => {
        const rows = await db.select({ id: consultationRequests.id, flag: consultationRequests.limitFlag }).from(consultationRequests);
        return results.map((result) => (result.ok ? rows.find((row) => row.id === result.id)?.flag : `not stored: ${result.kind}`));
      };

      test("with one email address: over the limit, even from different addresses, a request is stored flagged and not emailed", async () => {
        const results: SubmitResult[] = [];
        for (let i = 0; i < 3; i++)
          results.push(await submit(form({ email: "Same@Example.com" }), { clientAddress: `198.51.100.${i}` }, { notify: true }));
        results.push(await submit(form({ email: "same@example.com " }), { clientAddress: "198.51.100.99" }, { notify: true }));
        expect(await flagsOf(results)).toEqual([null, null, null, "contact_limit"]);
        expect(await count(mailOutbox)).toBe(3);
        // Someone else, from yet another address, is not affected.
        expect(await submit(form({ email: "else@example.com" }), { clientAddress: "198.51.100.100" })).toMatchObject({ ok: true });
        expect((await flags()).filter(([contact]) => contact === "else@example.com")).toEqual([["else@example.com", null]]);
      });

      test("ten +tag variants of one address hit the per-email limit", async () => {
        const logger = recordingLogger();
        for (let i = 0; i < 10; i++) {
          const email = `${i % 2 ? "Victim" : "victim"}+${i}@example.com`;
          expect(await submit(form({ email }), { clientAddress: `198.51.100.${i}` }, { notify: true }, logger)).toMatchObject({ ok: true });
        }
        const stored = await flags();
        expect(stored.filter(([, flag]) => flag === null)).toHaveLength(3);
        expect(stored.filter(([, flag]) => flag === "contact_limit")).toHaveLength(7);
        expect(await count(mailOutbox)).toBe(3);
        expect(logger.lines.map((line) => line.object.outcome)).toEqual([
          ...Array<string>(3).fill("stored"),
          ...Array<string>(7).fill("flagged"),
        ]);
      });

      test("five requests with someone else's email do not stop that person: theirs is stored, flagged for staff", async () => {
        // An abuser, from addresses of their own, sends five requests with the victim's email.
        for (let i = 0; i < 5; i++) {
          expect(
            await submit(form({ email: "victim@example.com", name: "Not The Victim" }), { clientAddress: `198.51.100.${i}` }),
          ).toMatchObject({ ok: true });
        }
        // The victim, from their own address, is not refused: the request is kept and can be exported.
        const theirs = await submit(form({ email: "Victim@example.com", name: "The Victim" }), { clientAddress: "203.0.113.77" });
        expect(theirs).toEqual({ ok: true, id: expect.any(String), duplicate: false });
        const exported = (await exportRequests(db)).filter((row) => row.name === "The Victim");
        expect(exported).toEqual([
          expect.objectContaining({ id: theirs.ok ? theirs.id : "", email: "Victim@example.com", limitFlag: "contact_limit" }),
        ]);
      });

      test("with one phone number: over the limit however it is written, a request is flagged", async () => {
        const phoneForm = (phone: string) => form({ email: "", phone, contactMethod: "phone" });
        const results: SubmitResult[] = [];
        for (const [i, phone] of ["+1 503 555 0142", "+1 (503) 555-0142", "1 503 555 0142"].entries()) {
          results.push(await submit(phoneForm(phone), { clientAddress: `198.51.100.${i}` }));
        }
        results.push(await submit(phoneForm("(503) 555.0142"), { clientAddress: "198.51.100.50" }));
        expect(await flagsOf(results)).toEqual([null, null, null, "contact_limit"]);
      });

      test("without a known address the email/phone limit still applies", async () => {
        const results: SubmitResult[] = [];
        for (let i = 0; i < 4; i++) results.push(await submit(form(), { clientAddress: null }));
        expect(await flagsOf(results)).toEqual([null, null, null, "contact_limit"]);
      });

      test("the global cap refuses everyone past it in a window, keeping nothing, and opens again in the next", async () => {
        const at = new Date(windowStartFor(NOW, 3600).getTime() + 60_000);
        for (let i = 0; i < 4; i++) {
          expect(
            await submit(formAt(at, { email: `p${i}@example.com` }), { now: at, clientAddress: `198.51.100.${i}` }, { globalLimit: 4 }),
          ).toMatchObject({ ok: true });
        }
        expect(
          await submit(formAt(at, { email: "p5@example.com" }), { now: at, clientAddress: "198.51.100.5" }, { globalLimit: 4 }),
        ).toEqual({
          ok: false,
          kind: "rate_limited",
          message: SUBMIT_MESSAGES.busy("an hour"),
        });
        expect(await count(consultationRequests)).toBe(4);
        const next = new Date(at.getTime() + HOUR);
        expect(
          await submit(formAt(next, { email: "p5@example.com" }), { now: next, clientAddress: "198.51.100.5" }, { globalLimit: 4 }),
        ).toMatchObject({ ok: true });
      });

      test("the limiter counts each key in its fixed window and stores only hashes", async () => {
        const made = rateLimitKeys(
          { clientAddress: "203.0.113.9", email: "jane@example.com", phone: null },
          { secret: "a-test-secret-that-is-long-enough-0123456789", windowStart: windowStartFor(NOW, 60), phoneCountryCode: "1" },
        );
        const keys = [made.address ?? "", ...made.contacts];
        const limit = { limit: 2, windowSeconds: 60 };
        const start = windowStartFor(NOW, 60);
        expect(await consumeRateLimit(db, keys, start, limit)).toEqual({ allowed: true, count: 1 });
        expect(await consumeRateLimit(db, keys, new Date(start.getTime() + 59_999), limit)).toEqual({ allowed: true, count: 2 });
        expect(await consumeRateLimit(db, keys, new Date(start.getTime() + 30_000), limit)).toEqual({ allowed: false, count: 3 });
        expect(await consumeRateLimit(db, keys, new Date(start.getTime() + 60_000), limit)).toEqual({ allowed: true, count: 1 });
        const stored = await db.select().from(rateLimits);
        expect(stored).toHaveLength(4);
        for (const row of stored) expect(row.key).toMatch(/^(address|contact):[0-9a-f]{64}$/);
      });

      test("a filled honeypot or a form sent too fast stores nothing and counts nothing", async () => {
        expect(await submit(form({ website: "https://spam.example" }))).toMatchObject({ ok: false, kind: "spam" });
        expect(await submit(form({ renderedAt: String(NOW.getTime() - 2999) }))).toMatchObject({ ok: false, kind: "spam" });
        expect(await count(consultationRequests)).toBe(0);
        expect(await count(rateLimits)).toBe(0);
        // The minimum fill time is a setting.
        expect(await submit(form({ renderedAt: String(NOW.getTime() - 2999) }), {}, { minFillMs: 1000 })).toMatchObject({ ok: true });
      });

      test("an invalid form or an unknown treatment stores nothing", async () => {
        expect(await submit(form({ treatment: "not-published" }))).toMatchObject({ kind: "invalid" });
        expect(await submit(form({ message: "a\u0000b" }))).toMatchObject({ kind: "invalid" });
        expect(await submit(form({ extra: "x" }))).toMatchObject({ kind: "bad_request" });
        expect(await count(consultationRequests)).toBe(0);
      });

      test("each submission logs one line with its outcome and id, and no personal details", async () => {
        const logger = recordingLogger();
        const input = form({ name: "Zed Private", email: "zed@private.example", phone: "+44 20 7946 0958", message: "my secret" });
        const stored = await submit(input, {}, {}, logger);
        await submit(input, {}, {}, logger);
        expect(logger.lines.map((line) => line.object)).toEqual([
          { id: stored.ok ? stored.id : "", outcome: "stored", latencyMs: expect.any(Number) },
          { id: stored.ok ? stored.id : "", outcome: "duplicate", latencyMs: expect.any(Number) },
        ]);
        const text = JSON.stringify(logger.lines);
        for (const secret of ["Zed", "zed@", "7946", "secret", "203.0.113.9"]) expect(text).not.toContain(secret);
      });

      test("purge deletes requests older than the cutoff and keeps newer ones", async () => {
        const old = await submit(formAt(new Date(NOW.getTime() - 91 * DAY)), { now: new Date(NOW.getTime() - 91 * DAY) }, { notify: true });
        const recent = await submit(formAt(new Date(NOW.getTime() - 89 * DAY)), {
          now: new Date(NOW.getTime() - 89 * DAY),
          clientAddress: "198.51.100.1",
        });
        expect(old.ok && recent.ok).toBe(true);
        const result = await purgeOlderThan(db, { olderThanDays: 90, now: NOW, rateWindowSeconds: 3600 });
        // Each request counted its address, the global cap and its email: three windows each.
        expect(result).toEqual({ requests: 1, rateLimits: 6, sentNotifications: 0 });
        const left = await db.select({ id: consultationRequests.id }).from(consultationRequests);
        expect(left).toEqual([{ id: recent.ok ? recent.id : "" }]);
        expect(await count(mailOutbox)).toBe(0); // the old request's notification went with it
        expect(await count(rateLimits)).toBe(0); // both windows have ended
      });

      test("purge deletes notifications already sent and keeps a rate-limit window still running", async () => {
        const stored = await submit(form(), {}, { notify: true });
        const pending = await submit(form({ email: "b@example.com" }), { clientAddress: "198.51.100.2" }, { notify: true });
        await db
          .update(mailOutbox)
          .set({ sentAt: NOW })
          .where(sql`${mailOutbox.requestId} = ${stored.ok ? stored.id : ""}`);
        const result = await purgeOlderThan(db, { olderThanDays: 30, now: new Date(NOW.getTime() + 60_000), rateWindowSeconds: 3600 });
        expect(result).toEqual({ requests: 0, rateLimits: 0, sentNotifications: 1 });
        expect(await db.select({ requestId: mailOutbox.requestId }).from(mailOutbox)).toEqual([
          { requestId: pending.ok ? pending.id : "" },
        ]);
      });

      test("the CSV export quotes every cell and defuses formulas, also after a separator (Jane;=1+1)", async () => {
        const stored = await submit(
          form({
            name: 'Smith, "Jo"',
            email: "",
            phone: "+1 503 555 0142",
            contactMethod: "phone",
            message: "Line 1\nLine 2, more",
            timeWindow: "any",
          }),
        );
        const evil = await submit(form({ name: '=HYPERLINK("http://x")', email: "evil@example.com" }), {
          now: new Date(NOW.getTime() + 1000),
          clientAddress: "198.51.100.3",
        });
        const semicolon = await submit(form({ name: "Jane;=1+1", email: "jane2@example.com", message: "ok,-2+3|@SUM(A1)\n+1" }), {
          now: new Date(NOW.getTime() + 2000),
          clientAddress: "198.51.100.4",
        });
        const csv = toCsv(await exportRequests(db));
        const lines = csv.split("\r\n");
        const v = CONSENT_VERSION;
        expect(lines[0]).toBe(
          '"id","created_at","name","email","phone","contact_method","treatment","time_window","message","consent_at","consent_version","limit_flag"',
        );
        expect(csv).toBe(
          [
            lines[0],
            `"${stored.ok ? stored.id : ""}","2025-06-02T10:00:00.000Z","Smith, ""Jo""","","'+1 503 555 0142","phone","prp-facial","any","Line 1\nLine 2, more","2025-06-02T10:00:00.000Z","${v}",""`,
            `"${evil.ok ? evil.id : ""}","2025-06-02T10:00:01.000Z","'=HYPERLINK(""http://x"")","evil@example.com","","email","prp-facial","morning","","2025-06-02T10:00:01.000Z","${v}",""`,
            `"${semicolon.ok ? semicolon.id : ""}","2025-06-02T10:00:02.000Z","Jane;'=1+1","jane2@example.com","","email","prp-facial","morning","ok,'-2+3|'@SUM(A1)\n'+1","2025-06-02T10:00:02.000Z","${v}",""`,
            "",
          ].join("\r\n"),
        );
        // A tab both hides a formula and separates cells in a tab-separated import.
        expect(csvCell("a\t=b")).toBe(`"a\t'=b"`);
        expect(csvCell("\t=b")).toBe(`"'\t'=b"`);
        expect(csvCell(null)).toBe(`""`);
        // Split the way a spreadsheet with another list separator would: no piece starts a formula.
        for (const separator of [";", "\t", ",", "|"]) {
          for (const piece of csv.split(/\r\n|\n/).flatMap((line) => line.split(separator))) {
            expect(piece.replace(/^[ "]+/, ""), `${JSON.stringify(separator)}: ${piece}`).not.toMatch(/^[=+\-@]/);
          }
        }
      });

      test("the export can start from a date, and the JSON export keeps values as stored", async () => {
        await submit(formAt(new Date("2025-05-31T23:59:59Z")), { now: new Date("2025-05-31T23:59:59Z") });
        const june = await submit(formAt(new Date("2025-06-01T00:00:00Z"), { email: "june@example.com" }), {
          now: new Date("2025-06-01T00:00:00Z"),
          clientAddress: "198.51.100.4",
        });
        const rows = await exportRequests(db, { since: new Date("2025-06-01T00:00:00Z") });
        expect(rows.map((row) => row.id)).toEqual([june.ok ? june.id : ""]);
        expect(JSON.parse(toJson(rows))).toEqual([
          {
            id: june.ok ? june.id : "",
            createdAt: "2025-06-01T00:00:00.000Z",
            name: "Jane Example",
            email: "june@example.com",
            phone: null,
            contactMethod: "email",
            treatment: "prp-facial",
            timeWindow: "morning",
            message: null,
            consentAt: "2025-06-01T00:00:00.000Z",
            consentVersion: CONSENT_VERSION,
            limitFlag: null,
          },
        ]);
        expect(await exportRequests(db)).toHaveLength(2);
      });

      const cli = async (argv: string[], env: Record<string, string>) => {
        const output: string[] = [];
        const errors: string[] = [];
        Object.assign(process.env, env);
        try {
          const code = await main(argv, { out: async (text) => void output.push(text), err: (text) => void errors.push(text) });
          return { code, output: output.join(""), errors };
        } finally {
          for (const key of Object.keys(env)) delete process.env[key];
        }
      };

      if (backend.name === "PGlite") {
        test("the staff CLI leaves the embedded database alone while the site (here, this process) has it open", async () => {
          expect(await cli(["export"], { PGLITE_DIR: handle.dir ?? "" })).toEqual({
            code: 2,
            output: "",
            errors: [
              `The site is running and holds the embedded database (pid ${process.pid}). Stop it first, or set DATABASE_URL to use PostgreSQL.`,
            ],
          });
        });
      } else {
        test("the staff CLI exports and purges through DATABASE_URL", async () => {
          const url = "url" in postgres ? postgres.url : "";
          const stored = await submit(form({ name: "Cli Person" }));
          const exported = await cli(["export", "--format", "json"], { DATABASE_URL: url });
          expect(exported).toMatchObject({ code: 0, errors: [] });
          expect(JSON.parse(exported.output)).toEqual([expect.objectContaining({ id: stored.ok ? stored.id : "", name: "Cli Person" })]);
          expect(await cli(["purge", "--older-than", "90d"], { DATABASE_URL: url })).toEqual({
            code: 0,
            // Made on 2 June 2025, long before today: the request goes, and so do its three windows (address, global, email).
            output: "Deleted 1 request older than 90 days, 3 ended rate-limit windows and 0 sent notifications.\n",
            errors: [],
          });
          expect(await count(consultationRequests)).toBe(0);
        });
      }

      test("without SMTP there is no notification to send", async () => {
        await submit(form(), {}, { notify: false });
        expect(await count(mailOutbox)).toBe(0);
      });

      test("the clinic is emailed the request id only, once", async () => {
        const smtp = await startSmtpServer();
        try {
          const secret = form({
            name: "Olivia Hidden",
            email: "olivia@hidden.example",
            phone: "+1 503 555 0177",
            message: "Very private note",
          });
          const stored = await submit(secret, {}, { notify: true });
          if (!stored.ok) throw new Error("not stored");
          const transport = transportFromUrl(smtp.url);
          expect(await runOutboxOnce(db, transport, "clinic@example.test", NOW, { from: "site@example.test" })).toEqual({
            sent: 1,
            failed: 0,
          });
          expect(smtp.mails).toHaveLength(1);
          const mail = smtp.mails[0];
          expect(mail?.to).toEqual(["clinic@example.test"]);
          expect(mail?.from).toBe("site@example.test");
          expect(mail?.text.trim()).toBe(`New consultation request ${stored.id}. See the export.`);
          expect(mail?.raw).toMatch(/^Subject: New consultation request\r$/m);
          for (const detail of ["Olivia", "olivia@", "555 0177", "5550177", "private"]) expect(mail?.raw).not.toContain(detail);
          const [row] = await db.select().from(mailOutbox);
          expect(row).toMatchObject({ requestId: stored.id, sentAt: NOW, attempts: 0, lastError: null });
          expect(await runOutboxOnce(db, transport, "clinic@example.test", new Date(NOW.getTime() + DAY))).toEqual({ sent: 0, failed: 0 });
          expect(smtp.mails).toHaveLength(1);
        } finally {
          await smtp.close();
        }
      });

      test("a flood of requests with SMTP set sends at most the mail cap per window, and the rest later, none lost", async () => {
        const smtp = await startSmtpServer();
        try {
          const ids: string[] = [];
          for (let i = 0; i < 12; i++) {
            const stored = await submit(form({ email: `flood${i}@example.com` }), { clientAddress: `198.51.100.${i}` }, { notify: true });
            if (stored.ok) ids.push(stored.id);
          }
          expect(ids).toHaveLength(12);
          const transport = transportFromUrl(smtp.url);
          const cap = { limit: 5, windowSeconds: 3600 };
          const at = new Date(windowStartFor(NOW, 3600).getTime() + 60_000);
          const run = (now: Date) =>
            runOutboxOnce(db, transport, "clinic@example.test", now, {
              mailLimit: cap,
              from: "site@example.test",
              logger: recordingLogger(),
            });
          // However often the worker runs in one window, five mails go out.
          for (let i = 0; i < 4; i++) await run(new Date(at.getTime() + i * 60_000));
          expect(smtp.mails).toHaveLength(5);
          // Two instances running at once share the cap too.
          await Promise.all([run(at), run(at)]);
          expect(smtp.mails).toHaveLength(5);
          await run(new Date(at.getTime() + HOUR));
          expect(smtp.mails).toHaveLength(10);
          await run(new Date(at.getTime() + 2 * HOUR));
          expect(smtp.mails).toHaveLength(12);
          const mentioned = smtp.mails.map((mail) => /request ([0-9a-f-]{36})/.exec(mail.text)?.[1]);
          expect(new Set(mentioned)).toEqual(new Set(ids));
        } finally {
          await smtp.close();
        }
      });

      test("each request records the consent wording's version, and the export shows it", async () => {
        const stored = await submit(form());
        const [row] = await db.select({ consentVersion: consultationRequests.consentVersion }).from(consultationRequests);
        expect(row?.consentVersion).toBe(CONSENT_VERSION);
        expect(CONSENT_VERSION).toMatch(/^v1-[0-9a-f]{16}$/);
        // Any change to the wording is a new version; whitespace alone is not.
        expect(consentVersion("I agree that the clinic may keep this request and contact me about it")).not.toBe(CONSENT_VERSION);
        expect(consentVersion(" I agree that the clinic may keep this request\nand contact me about it. ")).toBe(CONSENT_VERSION);
        expect(await exportRequests(db)).toEqual([
          expect.objectContaining({ id: stored.ok ? stored.id : "", consentVersion: CONSENT_VERSION }),
        ]);
      });

      test("the rate-limit table holds keyed hashes only: no address, email or phone, nor a bare SHA-256 of one", async () => {
        await submit(form({ email: "Hash.Me@example.com", phone: "+1 503 555 0199" }), { clientAddress: "203.0.113.50" });
        const keys = (await db.select({ key: rateLimits.key }).from(rateLimits)).map((row) => row.key);
        expect(keys).toHaveLength(4); // address, global, email, phone
        const sha = (value: string) => createHash("sha256").update(value).digest("hex");
        const values = ["203.0.113.50", "hash.me@example.com", "15035550199", "+1 503 555 0199"];
        const bare = values.flatMap((v) => [sha(v), sha(`address\0${v}`), sha(`contact\0email:${v}`), sha(`contact\0phone:${v}`)]);
        for (const key of keys) {
          for (const value of values) expect(key).not.toContain(value);
          expect(bare).not.toContain(key.split(":")[1]);
        }
      });

      test("without CONSULTATION_SECRET the server makes one secret, keeps it in the database and reuses it", async () => {
        expect(process.env.CONSULTATION_SECRET).toBeFalsy();
        const first = await Promise.all(Array.from({ length: 5 }, () => loadOrCreateSecret(db)));
        expect(new Set(first).size).toBe(1);
        expect(first[0]).toMatch(/^[\w-]{43}$/);
        expect(await db.$count(serverSecrets)).toBe(1);
        if (backend.name === "PGlite" && handle.dir) {
          // A restart: the same directory opened again gives the same secret.
          await handle.close();
          handle = { ...(await openDatabase({ kind: "pglite", dir: handle.dir })), dir: handle.dir };
          db = handle.db;
        } else {
          const second = await openDatabase({ kind: "postgres", url: "url" in postgres ? postgres.url : "" });
          try {
            expect(await loadOrCreateSecret(second.db)).toBe(first[0]);
          } finally {
            await second.close();
          }
        }
        expect(await loadOrCreateSecret(db)).toBe(first[0]);
        // The submissions' rate-limit keys are made with it.
        await submit(form(), {});
        const made = rateLimitKeys(
          { clientAddress: "203.0.113.9", email: "jane@example.com", phone: null },
          { secret: first[0] ?? "", windowStart: windowStartFor(NOW, 3600), phoneCountryCode: "1" },
        );
        const stored = (await db.select({ key: rateLimits.key }).from(rateLimits)).map((row) => row.key).sort();
        expect(stored).toEqual([made.address, "global", ...made.contacts].sort());
      });

      test("the worker sends what is due as soon as it starts, and stops cleanly", async () => {
        const sent: MailMessage[] = [];
        const stored = await submit(form(), {}, { notify: true });
        const worker = startOutboxWorker({
          clinicEmail: "clinic@example.test",
          db,
          transport: { sendMail: async (message) => void sent.push(message) },
          intervalMs: 60_000,
          now: () => NOW,
          from: "site@example.test",
          logger: recordingLogger(),
        });
        expect(worker).not.toBeNull();
        await worker?.runNow(); // joins the first pass, started with the worker, or runs another
        await worker?.stop();
        expect(sent).toEqual([
          {
            from: "site@example.test",
            to: "clinic@example.test",
            subject: "New consultation request",
            text: `New consultation request ${stored.ok ? stored.id : ""}. See the export.`,
          },
        ]);
      });

      test("with the mail server down the request is kept and the notification retried later, backing off", async () => {
        const smtp = await startSmtpServer();
        const url = smtp.url;
        await smtp.close(); // nothing listens on this port now
        const stored = await submit(form(), {}, { notify: true });
        expect(stored).toMatchObject({ ok: true });
        const transport = transportFromUrl(url);
        const logger = recordingLogger();

        expect(await runOutboxOnce(db, transport, "clinic@example.test", NOW, { logger })).toEqual({ sent: 0, failed: 1 });
        let [row] = await db.select().from(mailOutbox);
        expect(row).toMatchObject({ attempts: 1, sentAt: null, nextAttemptAt: new Date(NOW.getTime() + 30_000) });
        expect(row?.lastError).toMatch(/ECONNREFUSED|connect/i);

        // Not due yet: nothing is tried.
        expect(await runOutboxOnce(db, transport, "clinic@example.test", new Date(NOW.getTime() + 29_000), { logger })).toEqual({
          sent: 0,
          failed: 0,
        });
        const later = new Date(NOW.getTime() + 30_000);
        expect(await runOutboxOnce(db, transport, "clinic@example.test", later, { logger })).toEqual({ sent: 0, failed: 1 });
        [row] = await db.select().from(mailOutbox);
        expect(row).toMatchObject({ attempts: 2, nextAttemptAt: new Date(later.getTime() + 60_000) });

        expect(await count(consultationRequests)).toBe(1);
        expect(JSON.stringify(logger.lines)).not.toContain("jane");
      });
    },
  );
}

test("without SMTP_URL and without a transport there is no worker", () => {
  expect(process.env.SMTP_URL).toBeFalsy();
  expect(startOutboxWorker({ clinicEmail: "clinic@example.test" })).toBeNull();
});
