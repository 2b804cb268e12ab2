/**
 * A data subject's request through the staff CLI, on a real database: find,
 * export and delete one person's requests by email or phone number, matched
 * the way the abuse limits match them, with their notifications and
 * rate-limit counters.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from "@/lib/db/client";
import { mailOutbox, rateLimits } from "@/lib/db/schema";
import { hashKey, windowKey, windowStartFor } from "@/lib/consultation/rate-limit";
import { submitConsultation } from "@/lib/consultation/submit";
import { main } from "@/cli/consultations";
import { form, NOW, pgliteCopy, recordingLogger, removeTempDirs, startPostgres, TREATMENTS } from "./support";

const SECRET = "data-subject-test-secret-0123456789abcdef";
const SETTINGS = { minFillMs: 0, rateLimit: 100, rateWindowSeconds: 3600, globalLimit: 1000, phoneCountryCode: "1", notify: true };

const postgres = await startPostgres();
if ("skipped" in postgres) console.warn(`PostgreSQL tests skipped: ${postgres.skipped}`);
afterAll(async () => {
  if ("stop" in postgres) await postgres.stop();
  removeTempDirs();
});

/** Runs the CLI as staff would, against `target`, and returns what it printed. */
async function cli(target: DatabaseTarget, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const saved = {
    DATABASE_URL: process.env.DATABASE_URL,
    PGLITE_DIR: process.env.PGLITE_DIR,
    CONSULTATION_SECRET: process.env.CONSULTATION_SECRET,
  };
  Object.assign(process.env, target.kind === "pglite" ? { DATABASE_URL: "", PGLITE_DIR: target.dir } : { DATABASE_URL: target.url });
  process.env.CONSULTATION_SECRET = SECRET;
  try {
    const code = await main(argv, { out: async (text) => void out.push(text), err: (text) => void err.push(text) });
    return { code, out: out.join(""), err: err.join("\n") };
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

const people = [
  { name: "Jane Plain", email: "jane@example.com", phone: "+1 (503) 555-0142" },
  { name: "Jane Tagged", email: "Jane+news@Example.com", phone: "" },
  { name: "Jane By Phone", email: "", phone: "503 555 0142", contactMethod: "phone" },
  { name: "Bob Other", email: "bob@example.com", phone: "" },
];

async function seed(handle: DatabaseHandle) {
  for (const person of people) {
    const result = await submitConsultation(
      form(person),
      { clientAddress: null, now: NOW, treatmentSlugs: TREATMENTS, consentVersion: "v1-0000000000000000" },
      { db: handle.db, settings: SETTINGS, secret: SECRET, logger: recordingLogger() },
    );
    expect(result).toMatchObject({ ok: true });
  }
}

const contactKey = (contact: string) => hashKey("contact", contact, windowKey(SECRET, windowStartFor(NOW, 3600)));

const backends: { name: string; skipped?: string; target: () => Promise<DatabaseTarget> }[] = [
  { name: "PGlite", target: async () => ({ kind: "pglite", dir: await pgliteCopy("data-subject") }) },
  "skipped" in postgres
    ? { name: "PostgreSQL", skipped: postgres.skipped, target: () => Promise.reject(new Error(postgres.skipped)) }
    : { name: "PostgreSQL", target: async () => ({ kind: "postgres", url: postgres.url }) },
];

for (const backend of backends) {
  describe.skipIf(backend.skipped !== undefined)(`a data subject's request on ${backend.name}`, () => {
    let target: DatabaseTarget;
    beforeAll(async () => {
      target = await backend.target();
      const handle = await openDatabase(target);
      try {
        await seed(handle);
      } finally {
        await handle.close();
      }
    }, 120_000);

    test("find by email matches every spelling the limits treat as one mailbox (case, +tags)", async () => {
      const run = await cli(target, ["find", "--email", "JANE+whatever@example.COM"]);
      expect(run.err).toBe("");
      expect(run.code).toBe(0);
      const [summary, ...lines] = run.out.trim().split("\n");
      expect(summary).toBe("2 requests for email JANE+whatever@example.COM.");
      expect(lines.map((line) => line.split("  ")[2]).sort()).toEqual(["Jane Plain", "Jane Tagged"]);
    });

    test("find by phone matches however the number was written", async () => {
      const run = await cli(target, ["find", "--phone", "1-503-555-0142"]);
      expect(run.code).toBe(0);
      expect(run.out.split("\n")[0]).toBe("2 requests for phone 1-503-555-0142.");
      expect(run.out).toContain("Jane Plain");
      expect(run.out).toContain("Jane By Phone");
      expect(run.out).not.toContain("Bob Other");
    });

    test("export --email prints that person's requests only, in full", async () => {
      const run = await cli(target, ["export", "--format", "json", "--email", "jane@example.com"]);
      expect(run.code).toBe(0);
      const rows = JSON.parse(run.out) as { name: string; email: string }[];
      expect(rows.map((r) => [r.name, r.email]).sort()).toEqual([
        ["Jane Plain", "jane@example.com"],
        ["Jane Tagged", "Jane+news@Example.com"],
      ]);
      const csv = await cli(target, ["export", "--phone", "+15035550142"]);
      expect(csv.out.trim().split("\r\n")).toHaveLength(3); // the header and two requests
    });

    test("delete --email removes the person's requests, their notifications and their rate-limit counters, and nobody else's", async () => {
      const run = await cli(target, ["delete", "--email", "jane+news@example.com"]);
      expect(run.err).toBe("");
      expect(run.code).toBe(0);
      // The email's counter and the phone's (the phone is in one of the deleted requests).
      expect(run.out).toBe("Deleted 2 requests, 2 notifications and 2 rate-limit counters for email jane+news@example.com.\n");

      expect((await cli(target, ["find", "--email", "jane@example.com"])).out).toBe("0 requests for email jane@example.com.\n");
      // A request with only the phone number is found by the phone, not by the email.
      expect((await cli(target, ["find", "--phone", "5035550142"])).out).toContain("Jane By Phone");
      expect((await cli(target, ["find", "--email", "bob@example.com"])).out).toContain("Bob Other");

      const handle = await openDatabase(target);
      try {
        const keys = (await handle.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
        expect(keys).not.toContain(contactKey("email:jane@example.com"));
        expect(keys).not.toContain(contactKey("phone:15035550142"));
        expect(keys).toContain(contactKey("email:bob@example.com"));
        expect(await handle.db.select().from(mailOutbox)).toHaveLength(2); // Bob's and the phone-only request's
      } finally {
        await handle.close();
      }
    });
  });
}

describe("the CLI's data-subject arguments", () => {
  for (const [argv, message] of [
    [["find"], "find needs --email or --phone"],
    [["delete"], "delete needs --email or --phone"],
    [["delete", "--email", "a@b.c", "--phone", "123"], "Give --email or --phone, not both"],
    [["find", "--email", "jane"], '--email must be an email address, not "jane"'],
    [["export", "--phone", "none"], '--phone must be a phone number, not "none"'],
  ] as const) {
    test(`"${argv.join(" ")}" exits with code 1 and says: ${message}`, async () => {
      const errors: string[] = [];
      const code = await main([...argv], { out: async () => undefined, err: (text) => void errors.push(text) });
      expect(code).toBe(1);
      expect(errors.join("\n")).toContain(message);
    });
  }
});
