/**
 * A database that is down, or held by another instance's migrations, never
 * makes the site wait for ever: opening gives up and is tried again, and
 * nothing remembers the failure once the database is back. (The production
 * server itself, with PostgreSQL down, then back, then hung, is tested in
 * e2e/database-outage.spec.ts.)
 */
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import {
  MIGRATION_LOCK_ID,
  MigrationLockTimeoutError,
  openDatabase,
  retryDelayMs,
  startDatabaseWarmer,
  type DatabaseTimeouts,
} from "@/lib/db/client";
import { readConsultationEnv } from "@/lib/env";
import { startPostgres } from "./support";

const postgres = await startPostgres();
if ("skipped" in postgres) console.warn(`PostgreSQL tests skipped: ${postgres.skipped}`);
afterAll(async () => {
  if ("stop" in postgres) await postgres.stop();
});

const TIMEOUTS: DatabaseTimeouts = { connectMs: 2000, statementMs: 5000, idleInTransactionMs: 5000, migrationLockMs: 300 };

describe("the database settings", () => {
  test("have defaults that bound every wait", () => {
    const env = readConsultationEnv({});
    expect(env.DATABASE_CONNECT_TIMEOUT_MS).toBe(5000);
    expect(env.DATABASE_STATEMENT_TIMEOUT_MS).toBe(5000);
    expect(env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS).toBe(30_000);
    expect(env.DATABASE_MIGRATION_LOCK_TIMEOUT_MS).toBe(60_000);
    expect(env.DATABASE_RETRY_MAX_MS).toBe(30_000);
  });

  test("a timeout of zero (wait for ever) is refused", () => {
    expect(() => readConsultationEnv({ DATABASE_STATEMENT_TIMEOUT_MS: "0" })).toThrow("DATABASE_STATEMENT_TIMEOUT_MS must be at least 100");
  });

  test("retries back off from half a second up to the maximum", () => {
    expect([0, 1, 2, 3, 10].map((failures) => retryDelayMs(failures, 3000))).toEqual([500, 1000, 2000, 3000, 3000]);
  });
});

describe.skipIf("skipped" in postgres)("PostgreSQL that is down or busy migrating", () => {
  const server = postgres as Exclude<typeof postgres, { skipped: string }>;

  test("a migration waiting behind another instance's lock gives up after its timeout, and succeeds once the lock is free", async () => {
    const other = new pg.Client({ connectionString: server.url });
    await other.connect();
    try {
      await other.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
      await expect(openDatabase({ kind: "postgres", url: server.url }, { timeouts: TIMEOUTS })).rejects.toThrow(MigrationLockTimeoutError);
      await other.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
      const handle = await openDatabase({ kind: "postgres", url: server.url }, { timeouts: TIMEOUTS });
      await handle.close();
    } finally {
      await other.end();
    }
  });

  test("a statement longer than the statement timeout is cancelled by the server", async () => {
    const handle = await openDatabase(
      { kind: "postgres", url: server.url },
      { timeouts: { ...TIMEOUTS, statementMs: 200 }, migrate: false },
    );
    try {
      const failure = await handle.db.execute("select pg_sleep(3)").then(
        () => undefined,
        (error: unknown) => error,
      );
      // 57014 query_canceled: "canceling statement due to statement timeout" (drizzle wraps it as the cause).
      expect((failure as { cause?: { code?: string; message?: string } }).cause).toMatchObject({
        code: "57014",
        message: expect.stringContaining("statement timeout"),
      });
    } finally {
      await handle.close();
    }
  });

  test("the warmer keeps trying while PostgreSQL is down and opens it once it is back", async () => {
    await server.halt();
    const failures: unknown[] = [];
    const warmer = startDatabaseWarmer({
      retryMaxMs: 200,
      warm: async () => (await openDatabase({ kind: "postgres", url: server.url }, { timeouts: TIMEOUTS })).close(),
      onFailure: (error) => failures.push(error),
    });
    try {
      await expect.poll(() => failures.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
      await server.resume();
      await warmer.opened;
    } finally {
      warmer.stop();
    }
    expect(String(failures[0])).toMatch(/ECONNREFUSED|connect/);
  });
});
