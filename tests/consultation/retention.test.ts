/**
 * The retention purge runs by itself, and what it deletes is gone from the
 * disk: a request written with a unique marker and backdated past the
 * retention period is found in the embedded database's files before the
 * scheduled purge and in none of them after.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { consultationRequests } from "@/lib/db/schema";
import { startRetentionWorker } from "@/lib/consultation/retention";
import type { PurgeResult } from "@/lib/consultation/purge";
import { submitConsultation } from "@/lib/consultation/submit";
import { form, openPglite, recordingLogger, removeTempDirs, startPostgres, TREATMENTS } from "./support";

const DAY = 24 * 3600_000;
const SETTINGS = { minFillMs: 0, rateLimit: 100, rateWindowSeconds: 3600, globalLimit: 1000, phoneCountryCode: "1", notify: false };
const postgres = await startPostgres();
if ("skipped" in postgres) console.warn(`PostgreSQL tests skipped: ${postgres.skipped}`);

afterAll(async () => {
  if ("stop" in postgres) await postgres.stop();
  removeTempDirs();
});

/** Every file under `dir` whose bytes contain `marker`. */
function filesContaining(dir: string, marker: string): string[] {
  const needle = Buffer.from(marker);
  const hits: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const file = path.join(folder, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (readFileSync(file).includes(needle)) hits.push(path.relative(dir, file));
    }
  };
  walk(dir);
  return hits;
}

async function store(handle: DatabaseHandle, createdAt: Date, marker: string) {
  const result = await submitConsultation(
    form({ name: `Old ${marker}`, message: `remember ${marker}`, renderedAt: String(createdAt.getTime() - 60_000) }),
    { clientAddress: null, now: createdAt, treatmentSlugs: TREATMENTS, consentVersion: "v1-0000000000000000" },
    { db: handle.db, settings: SETTINGS, secret: "retention-test-secret-0123456789abcdef", logger: recordingLogger() },
  );
  expect(result).toMatchObject({ ok: true });
}

/** Starts the server's worker with a short schedule and resolves with its first run's result. */
function firstScheduledRun(handle: DatabaseHandle, retentionDays: number) {
  return new Promise<{ result: PurgeResult; stop: () => Promise<void> }>((resolve) => {
    const worker = startRetentionWorker({
      retentionDays,
      rateWindowSeconds: 3600,
      firstRunDelayMs: 10,
      intervalMs: 60_000,
      database: async () => handle,
      logger: recordingLogger(),
      onRun: (result) => resolve({ result, stop: () => worker.stop() }),
    });
  });
}

describe("the scheduled retention purge on the embedded database", () => {
  test("deletes requests past the retention period on its own, and the deleted request is in no file on disk", async () => {
    const handle = await openPglite();
    const marker = `retention-marker-${randomUUID()}`;
    const keptMarker = `kept-marker-${randomUUID()}`;
    try {
      await store(handle, new Date(Date.now() - 400 * DAY), marker);
      await store(handle, new Date(Date.now() - 10 * DAY), keptMarker);
      await handle.db.execute("checkpoint");
      // Written through to the files: the scan below can see a request that is there.
      expect(filesContaining(handle.dir, marker).length).toBeGreaterThan(0);

      const { result, stop } = await firstScheduledRun(handle, 365);
      await stop();
      expect(result.requests).toBe(1);
      const names = (await handle.db.select({ name: consultationRequests.name }).from(consultationRequests)).map((r) => r.name);
      expect(names).toEqual([`Old ${keptMarker}`]);
      expect(filesContaining(handle.dir, marker)).toEqual([]);
      expect(filesContaining(handle.dir, keptMarker).length).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
    // Still gone once the database is closed, and the database still opens with the kept request.
    expect(filesContaining(handle.dir, marker)).toEqual([]);
    const reopened = await openDatabase({ kind: "pglite", dir: handle.dir });
    try {
      expect(await reopened.db.select({ name: consultationRequests.name }).from(consultationRequests)).toEqual([
        { name: `Old ${keptMarker}` },
      ]);
    } finally {
      await reopened.close();
    }
  });

  test("a run that fails (the database is not there) is reported and the worker carries on", async () => {
    const logger = recordingLogger();
    const worker = startRetentionWorker({
      retentionDays: 365,
      firstRunDelayMs: 60_000,
      database: () => Promise.reject(Object.assign(new Error("down"), { code: "ECONNREFUSED" })),
      logger,
    });
    expect(await worker.runNow()).toBeUndefined();
    await worker.stop();
    expect(logger.lines).toEqual([
      { level: "warn", object: { error: "ECONNREFUSED" }, message: "consultation retention purge failed; trying again later" },
    ]);
  });
});

describe.skipIf("skipped" in postgres)("the scheduled retention purge on PostgreSQL", () => {
  test("deletes requests past the retention period and vacuums", async () => {
    const url = (postgres as { url: string }).url;
    const handle = await openDatabase({ kind: "postgres", url });
    try {
      await store(handle, new Date(Date.now() - 400 * DAY), "old-on-postgres");
      const { result, stop } = await firstScheduledRun(handle, 365);
      await stop();
      expect(result.requests).toBe(1);
      // Statistics reach other sessions a moment after the vacuum's own session reports them.
      const lastVacuum = async () => {
        const { rows } = (await handle.db.execute(
          "select last_vacuum::text as vacuumed from pg_stat_user_tables where relname = 'consultation_requests'",
        )) as unknown as { rows: { vacuumed: string | null }[] };
        return rows[0]?.vacuumed ?? null;
      };
      await expect.poll(lastVacuum, { timeout: 10_000 }).not.toBeNull();
    } finally {
      await handle.close();
    }
  });
});
