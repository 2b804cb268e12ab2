/**
 * Staff can read and answer requests while the site runs on the embedded
 * database: the CLI sends its command to the process holding the lock, which
 * runs it on its own connection (one writer). A "site" here is a separate
 * Node process that opens the database as the server does and serves the
 * staff socket; the CLI is the real command in another process.
 * (e2e/consultation.spec.ts does the same against `next start`.)
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { pgliteCopy, removeTempDirs, ROOT } from "./support";

const SITE = `
Promise.all([import("./lib/db/client.ts"), import("./lib/consultation/staff-commands.ts"), import("./lib/consultation/submit.ts")]).then(
  async ([{ warmDatabase, getDatabase }, { serveStaffCommands }, { submitConsultation }]) => {
    await warmDatabase();
    const { db } = await getDatabase();
    const now = new Date();
    for (const [name, email] of [["Running Site", "running@example.com"], ["Other Person", "other@example.com"]]) {
      const result = await submitConsultation(
        { name, email, contactMethod: "email", treatment: "prp-facial", timeWindow: "any", consent: "on",
          idempotencyKey: crypto.randomUUID(), renderedAt: String(now.getTime() - 60000) },
        { clientAddress: null, now, treatmentSlugs: ["prp-facial"], consentVersion: "v1-0000000000000000" },
        { db, settings: { minFillMs: 0 } },
      );
      if (!result.ok) throw new Error(JSON.stringify(result));
    }
    await serveStaffCommands();
    console.log("ready");
    setInterval(() => undefined, 60000);
  },
);`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], dir: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "cli/consultations.ts", ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: "", VITEST: "", LOG_LEVEL: "silent", PGLITE_DIR: dir }, timeout: 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe("the staff CLI while the site holds the embedded database", () => {
  let dir: string;
  let site: ChildProcess | undefined;

  beforeAll(async () => {
    dir = await pgliteCopy("staff-socket");
    site = spawn(process.execPath, ["--import", "tsx", "-e", SITE], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: "",
        VITEST: "",
        LOG_LEVEL: "silent",
        PGLITE_DIR: dir,
        CONSULTATION_SECRET: "staff-socket-test-secret-0123456789abcdef",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      site?.stdout?.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("ready")) resolve();
      });
      site?.once("exit", (code) => reject(new Error(`the site exited with ${code}`)));
    });
  }, 120_000);

  afterAll(async () => {
    site?.kill("SIGKILL");
    removeTempDirs();
  });

  test("export prints the requests the running site stored", async () => {
    const run = await cli(["export", "--format", "json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { name: string }[];
    expect(rows.map((r) => r.name).sort()).toEqual(["Other Person", "Running Site"]);
  });

  test("a data subject's deletion runs in the site too, and the site keeps serving the rest", async () => {
    const deleted = await cli(["delete", "--email", "Running+x@Example.com"], dir);
    expect(deleted.stderr).toBe("");
    expect(deleted.stdout).toBe("Deleted 1 request, 0 notifications and 1 rate-limit counter for email Running+x@Example.com.\n");
    const found = await cli(["find", "--email", "other@example.com"], dir);
    expect(found.stdout).toContain("1 request for email other@example.com.");
    expect(site?.exitCode).toBeNull();
  });

  test("bad arguments are refused by the CLI itself, before anything reaches the site", async () => {
    const run = await cli(["export", "--format", "xml"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--format must be csv or json, not "xml"');
  });
});
