/**
 * Shared set-up for the consultation tests: throwaway databases (PGlite in a
 * temp dir, PostgreSQL from scripts/ensure-postgres.sh), a valid form, a log
 * recorder and a real SMTP server.
 */
import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import type { ConsultationLogger } from "@/lib/consultation/log";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const NOW = new Date("2025-06-02T10:00:00.000Z");
export const TREATMENTS = ["prp-facial", "prp-hair-restoration", "microneedling-with-prp"];

/** A filled-in form as the browser sends it, rendered a minute before NOW. */
export function form(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    name: "Jane Example",
    email: "jane@example.com",
    phone: "",
    contactMethod: "email",
    treatment: "prp-facial",
    timeWindow: "morning",
    message: "",
    consent: "on",
    idempotencyKey: randomUUID(),
    website: "",
    renderedAt: String(NOW.getTime() - 60_000),
    ...overrides,
  };
}

const created: string[] = [];

/** A new directory under the system's temp folder, removed by removeTempDirs(). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `consultation-test-${prefix}-`));
  created.push(dir);
  return dir;
}

/** Call from afterAll, after closing any database opened in these directories. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A fresh PGlite database costs an initdb (10+ s on two cores), so one
 * migrated, cleanly closed directory is kept per version of drizzle/ and
 * copied for each test file. Building it is the real start-up path: an empty
 * directory, the lock, the migrations.
 */
function templateDir(): string {
  const hash = createHash("sha256");
  const migrations = path.join(ROOT, "drizzle");
  for (const file of readdirSync(migrations, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(migrations, file);
    if (file.endsWith(".sql") || file.endsWith(".json")) hash.update(file).update(readFileSync(full));
  }
  hash.update(readFileSync(path.join(ROOT, "node_modules/@electric-sql/pglite/package.json")));
  return path.join(os.tmpdir(), `clinic-pglite-template-${hash.digest("hex").slice(0, 16)}`);
}

export async function pgliteCopy(prefix = "consultation"): Promise<string> {
  const template = templateDir();
  if (!existsSync(path.join(template, "PG_VERSION"))) {
    const building = `${template}.build-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    const handle = await openDatabase({ kind: "pglite", dir: building });
    await handle.close();
    try {
      renameSync(building, template);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another run finished first
    }
  }
  const dir = path.join(tempDir(prefix), "pglite");
  cpSync(template, dir, { recursive: true });
  return dir;
}

export async function openPglite(): Promise<DatabaseHandle & { dir: string }> {
  const dir = await pgliteCopy();
  const handle = await openDatabase({ kind: "pglite", dir });
  return { ...handle, dir };
}

export type PostgresServer =
  | {
      url: string;
      /** Stops it and deletes its data. */
      stop(): Promise<void>;
      /** Stops it, keeping its data: an outage. */
      halt(): Promise<void>;
      /** Starts a halted one again, on the same port. */
      resume(): Promise<void>;
    }
  | { skipped: string };

/**
 * A throwaway PostgreSQL from scripts/ensure-postgres.sh, or the reason there
 * is none (exit 3, a timeout): those tests are then skipped, with a warning.
 */
export function startPostgres(timeoutMs = 90_000, script = path.join(ROOT, "scripts/ensure-postgres.sh")): Promise<PostgresServer> {
  return new Promise((resolve) => {
    execFile("bash", [script], { timeout: timeoutMs }, (error, stdout, stderr) => {
      const lines = Object.fromEntries(
        stdout
          .split("\n")
          .filter((line) => line.includes("="))
          .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
      );
      const url = lines.DATABASE_URL;
      const data = lines.PGDATA;
      if (!error && url && data) {
        const run = (command: string) => () =>
          new Promise<void>((done, fail) => {
            execFile("bash", [script, command, data], (failed) => (failed && command !== "--stop" ? fail(failed) : done()));
          });
        resolve({ url, stop: run("--stop"), halt: run("--halt"), resume: run("--resume") });
        return;
      }
      const reason =
        lines.REASON ??
        (error?.killed
          ? `${path.basename(script)} took longer than ${timeoutMs / 1000} s`
          : `${path.basename(script)} failed: ${stderr.trim().split("\n").at(-1) || error?.message}`);
      resolve({ skipped: reason });
    });
  });
}

export interface RecordedLine {
  level: "info" | "warn" | "error";
  object: Record<string, unknown>;
  message?: string;
}

export function recordingLogger(): ConsultationLogger & { lines: RecordedLine[] } {
  const lines: RecordedLine[] = [];
  const record = (level: RecordedLine["level"]) => (object: object, message?: string) => {
    lines.push({ level, object: { ...(object as Record<string, unknown>) }, message });
  };
  return { lines, info: record("info"), warn: record("warn"), error: record("error") };
}

export interface ReceivedMail {
  from: string | undefined;
  to: string[];
  raw: string;
  /** The text body, quoted-printable soft line breaks and escapes decoded. */
  text: string;
}

function decodeBody(raw: string): string {
  const separator = raw.indexOf("\r\n\r\n");
  const body = separator === -1 ? raw : raw.slice(separator + 4);
  if (!/content-transfer-encoding:\s*quoted-printable/i.test(raw.slice(0, separator))) return body;
  const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** A real SMTP server on a random local port that keeps what it receives. */
export async function startSmtpServer(): Promise<{ port: number; url: string; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          text: decodeBody(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
