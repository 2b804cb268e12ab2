/**
 * One process per embedded database directory: a second one is refused with
 * a message saying what to do, a lock left by a dead process is taken over,
 * and the staff CLI refuses to touch the running site's database.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { acquireLock, currentBootId, DatabaseLockedError, lockHolder, processStartTime, readLockOwner } from "@/lib/db/lock";
import { consultationRequests } from "@/lib/db/schema";
import { main } from "@/cli/consultations";
import { pgliteCopy, removeTempDirs, ROOT, tempDir } from "./support";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs TypeScript in a separate Node process, from the project folder, like the site or the CLI would. */
function runNode(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: "", VITEST: "", LOG_LEVEL: "silent", ...env }, timeout: 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

const OPEN_WITH_GET_DATABASE = `
import("./lib/db/client.ts").then(({ getDatabase }) => getDatabase()).then(
  () => { console.log("opened"); process.exit(0); },
  (error) => { console.error(error.message); process.exit(1); },
);`;

const STORE_THEN_CRASH = `
Promise.all([import("./lib/db/client.ts"), import("./lib/consultation/submit.ts")]).then(async ([{ getDatabase, warmDatabase }, { submitConsultation }]) => {
  // Start-up as the site does it: warmDatabase() at boot, then getDatabase() (the same handle) per request.
  await warmDatabase();
  const handle = await getDatabase();
  if (handle !== (await getDatabase()) || handle.kind !== "pglite") throw new Error("getDatabase() is not one PGlite handle");
  const { db } = handle;
  const now = new Date("2025-06-02T10:00:00Z");
  const result = await submitConsultation(
    { name: "Jane Example", email: "jane@example.com", contactMethod: "email", treatment: "prp-facial", timeWindow: "any",
      consent: "on", idempotencyKey: crypto.randomUUID(), renderedAt: String(now.getTime() - 60000) },
    { clientAddress: null, now, treatmentSlugs: ["prp-facial"], consentVersion: "v1-0000000000000000" },
    { db },
  );
  console.log(JSON.stringify(result));
  process.kill(process.pid, "SIGKILL");
});`;

describe("the embedded database's lock", () => {
  let dir: string;
  let handle: DatabaseHandle | undefined;

  beforeAll(async () => {
    dir = await pgliteCopy("lock");
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
    removeTempDirs();
  });

  test("after the site is killed, its stale lock is taken over and the stored request is still there", async () => {
    // A separate process opens the directory, stores a request, and is killed without closing anything.
    const crash = await runNode(["-e", STORE_THEN_CRASH], { PGLITE_DIR: dir });
    expect(crash.stderr).toBe("");
    expect(crash.code).toBeNull(); // killed by a signal
    const stored = JSON.parse(crash.stdout.trim().split("\n").at(-1) ?? "{}") as { ok?: boolean; id?: string };
    expect(stored).toMatchObject({ ok: true });
    const deadPid = readLockOwner(path.join(dir, ".lock"))?.pid;
    expect(deadPid).not.toBe(process.pid);

    handle = await openDatabase({ kind: "pglite", dir });
    expect(readLockOwner(path.join(dir, ".lock"))?.pid).toBe(process.pid);
    expect(await handle.db.select({ id: consultationRequests.id }).from(consultationRequests)).toEqual([{ id: stored.id }]);
  });

  test("a second process opening the same directory is refused, and told to stop the other one or use PostgreSQL", async () => {
    const run = await runNode(["-e", OPEN_WITH_GET_DATABASE], { PGLITE_DIR: dir });
    expect(run.stdout).not.toContain("opened");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`in use by another process (pid ${process.pid})`);
    expect(run.stderr).toContain("Stop the other process, or set DATABASE_URL to use PostgreSQL.");
  });

  test("opening it twice in one process is refused too (a dev server reloading modules)", async () => {
    await expect(openDatabase({ kind: "pglite", dir })).rejects.toThrow(DatabaseLockedError);
    expect(lockHolder(dir)).toBe(process.pid);
  });

  test("the staff CLI exits with code 2 and a plain message while the site holds the database, without opening it", async () => {
    const before = readdirSync(dir).sort();
    const run = await runNode(["cli/consultations.ts", "export", "--format", "csv"], { PGLITE_DIR: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toBe(
      `The site is running and holds the embedded database (pid ${process.pid}). Stop it first, or set DATABASE_URL to use PostgreSQL.`,
    );
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readLockOwner(path.join(dir, ".lock"))?.pid).toBe(process.pid);
  });

  test("closing releases the lock, and then the CLI exports the requests", async () => {
    await handle?.close();
    handle = undefined;
    expect(existsSync(path.join(dir, ".lock"))).toBe(false);
    const run = await runNode(["cli/consultations.ts", "export", "--format", "csv"], { PGLITE_DIR: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\r\n");
    expect(lines[0]).toBe(
      '"id","created_at","name","email","phone","contact_method","treatment","time_window","message","consent_at","consent_version","limit_flag"',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',"Jane Example","jane@example.com",');
    expect(existsSync(path.join(dir, ".lock"))).toBe(false);
  });

  test("the CLI purges requests older than the given age and says how many", async () => {
    // In this process this time (a PGlite start less); the export above ran the real command.
    const output: string[] = [];
    const errors: string[] = [];
    process.env.PGLITE_DIR = dir;
    try {
      const code = await main(["purge", "--older-than", "90d"], {
        out: async (text) => void output.push(text),
        err: (text) => void errors.push(text),
      });
      expect(errors).toEqual([]);
      expect(code).toBe(0);
    } finally {
      delete process.env.PGLITE_DIR;
    }
    // The request above was made on 2 June 2025, long before today; its two rate-limit windows (email, global) have ended.
    expect(output.join("")).toBe("Deleted 1 request older than 90 days, 2 ended rate-limit windows and 0 sent notifications.\n");
    expect(existsSync(path.join(dir, ".lock"))).toBe(false);
  });
});

describe("lock files", () => {
  afterAll(removeTempDirs);

  test("a process that exits releases its lock", async () => {
    const dir = tempDir("lock-exit");
    const run = await runNode(
      [
        "-e",
        `import("./lib/db/lock.ts").then(({ acquireLock }) => { acquireLock(${JSON.stringify(dir)}); console.log("locked"); process.exit(0); });`,
      ],
      {},
    );
    expect(run.stdout).toContain("locked");
    expect(existsSync(path.join(dir, ".lock"))).toBe(false);
  });

  test("a lock file with garbage in it is stale", () => {
    const dir = tempDir("lock-garbage");
    writeFileSync(path.join(dir, ".lock"), "not a pid");
    const lock = acquireLock(dir);
    expect(readLockOwner(lock.file)?.pid).toBe(process.pid);
    lock.release();
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  test("a lock with this process's pid that this process does not hold is stale (a restarted container)", () => {
    const dir = tempDir("lock-own-pid");
    writeFileSync(path.join(dir, ".lock"), `${process.pid}\n`);
    expect(lockHolder(dir)).toBeUndefined();
    const lock = acquireLock(dir);
    expect(() => acquireLock(dir)).toThrow(DatabaseLockedError);
    lock.release();
  });

  test("a live process's lock is not taken over", () => {
    const dir = tempDir("lock-live");
    // The parent of this test process is alive for as long as the test runs.
    const owner = JSON.stringify({ pid: process.ppid, startTime: processStartTime(process.ppid), bootId: currentBootId() });
    writeFileSync(path.join(dir, ".lock"), `${owner}\n`);
    expect(() => acquireLock(dir)).toThrow(`pid ${process.ppid}`);
    expect(readFileSync(path.join(dir, ".lock"), "utf8").trim()).toBe(owner);
  });

  test("a lock from an older version, a bare live pid, is not taken over either", () => {
    const dir = tempDir("lock-legacy");
    writeFileSync(path.join(dir, ".lock"), `${process.ppid}\n`);
    expect(() => acquireLock(dir)).toThrow(`pid ${process.ppid}`);
  });

  test("this process's lock records when it started and in which boot, as /proc says", () => {
    const lock = acquireLock(tempDir("lock-record"));
    try {
      const stat = readFileSync(`/proc/${process.pid}/stat`, "utf8");
      expect(readLockOwner(lock.file)).toEqual({
        pid: process.pid,
        startTime: stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19],
        bootId: readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim(),
      });
    } finally {
      lock.release();
    }
  });

  describe("a lock naming a live process that is not the one that wrote it (its pid reused)", () => {
    // A real, unrelated, live process: what a reused pid points at after a reboot or container restart.
    let sleeper: ReturnType<typeof spawn>;
    beforeAll(() => {
      sleeper = spawn("sleep", ["300"], { stdio: "ignore" });
    });
    afterAll(() => {
      sleeper.kill("SIGKILL");
    });

    test("with another start time, it is stale and taken over", () => {
      const pid = sleeper.pid ?? 0;
      const started = Number(processStartTime(pid));
      expect(started).toBeGreaterThan(0);
      const dir = tempDir("lock-reused-pid");
      writeFileSync(path.join(dir, ".lock"), JSON.stringify({ pid, startTime: String(started - 1), bootId: currentBootId() }));
      expect(lockHolder(dir)).toBeUndefined();
      const lock = acquireLock(dir);
      expect(readLockOwner(lock.file)?.pid).toBe(process.pid);
      lock.release();
    });

    test("from another boot, it is stale and taken over", () => {
      const pid = sleeper.pid ?? 0;
      const dir = tempDir("lock-other-boot");
      const otherBoot = "00000000-0000-4000-8000-000000000000";
      expect(currentBootId()).not.toBe(otherBoot);
      writeFileSync(path.join(dir, ".lock"), JSON.stringify({ pid, startTime: processStartTime(pid), bootId: otherBoot }));
      const lock = acquireLock(dir);
      expect(readLockOwner(lock.file)?.pid).toBe(process.pid);
      lock.release();
    });

    test("with its own start time and boot, it is that process's lock and is refused", () => {
      const pid = sleeper.pid ?? 0;
      const dir = tempDir("lock-sleeper-owns");
      writeFileSync(path.join(dir, ".lock"), JSON.stringify({ pid, startTime: processStartTime(pid), bootId: currentBootId() }));
      expect(lockHolder(dir)).toBe(pid);
      expect(() => acquireLock(dir)).toThrow(DatabaseLockedError);
    });
  });
});
