/**
 * Staff tool for consultation requests. Works on the embedded database
 * (PGLITE_DIR, default ./data/pglite) or on PostgreSQL (DATABASE_URL).
 *
 *   node --import tsx scripts/consultations.ts export [--format csv|json] [--since YYYY-MM-DD] [--email X | --phone Y]
 *   node --import tsx scripts/consultations.ts purge [--older-than 90d]
 *   node --import tsx scripts/consultations.ts find --email X | --phone Y
 *   node --import tsx scripts/consultations.ts delete --email X | --phone Y
 *
 * export prints every request (or those created on or after --since, UTC) to
 * standard output; purge deletes requests older than --older-than days
 * (default CONSULTATION_RETENTION_DAYS), ended rate-limit windows and sent
 * notifications, gives the space back (with PGlite, the deleted rows are
 * gone from the disk too), and says how many. The server also purges by
 * itself every day (lib/consultation/retention.ts).
 *
 * find, export --email/--phone and delete answer a data subject's request:
 * one person's requests, matched by email or phone number normalised as the
 * abuse limits normalise them (Jane+news@x.com is jane@x.com); delete also
 * removes their notifications and rate-limit counters
 * (lib/consultation/data-subject.ts).
 *
 * The embedded database can only be opened by one process: while the site
 * runs, this exits with code 2 without touching it. Exit 1: bad arguments or
 * settings, or a database error.
 */
import { pathToFileURL } from "node:url";
import { openDatabase, targetFromEnv, type DatabaseHandle } from "../lib/db/client";
import { readConsultationEnv, type ConsultationEnv } from "../lib/db/env";
import { DatabaseLockedError, lockHolder } from "../lib/db/lock";
import { exportRequests, parseSinceDate, toCsv, toJson } from "../lib/consultation/export";
import { parseDays, purgeOlderThan, reclaimSpace } from "../lib/consultation/purge";
import { deleteSubject, describeSubject, findSubjectRequests, type DataSubject } from "../lib/consultation/data-subject";

export const USAGE = `Usage:
  node --import tsx scripts/consultations.ts export [--format csv|json] [--since YYYY-MM-DD] [--email X | --phone Y]
  node --import tsx scripts/consultations.ts purge [--older-than 90d]
  node --import tsx scripts/consultations.ts find --email X | --phone Y
  node --import tsx scripts/consultations.ts delete --email X | --phone Y`;

export const lockedMessage = (pid: number) =>
  `The site is running and holds the embedded database (pid ${pid}). Stop it first, or set DATABASE_URL to use PostgreSQL.`;

class UsageError extends Error {}

type Command =
  | { name: "export"; format: "csv" | "json"; since?: Date; subject?: DataSubject }
  | { name: "purge"; olderThanDays?: number }
  | { name: "find"; subject: DataSubject }
  | { name: "delete"; subject: DataSubject }
  | { name: "help" };

/** --email or --phone, not both; undefined when neither is given. */
function subjectFrom(flags: Map<string, string>): DataSubject | undefined {
  const email = flags.get("--email");
  const phone = flags.get("--phone");
  if (email !== undefined && phone !== undefined) throw new UsageError("Give --email or --phone, not both");
  if (email !== undefined) {
    if (!email.includes("@")) throw new UsageError(`--email must be an email address, not "${email}"`);
    return { email };
  }
  if (phone !== undefined) {
    if (!/\d/.test(phone)) throw new UsageError(`--phone must be a phone number, not "${phone}"`);
    return { phone };
  }
  return undefined;
}

/** Reads `--flag value` and `--flag=value`; every flag must be known and given once. */
function readFlags(args: string[], known: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (!known.includes(flag)) throw new UsageError(`Unknown argument: ${arg}`);
    const value = inline ?? args[++i];
    if (value === undefined || value === "") throw new UsageError(`${flag} needs a value`);
    if (flags.has(flag)) throw new UsageError(`${flag} is given twice`);
    flags.set(flag, value);
  }
  return flags;
}

export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") return { name: "help" };
  if (name === "export") {
    const flags = readFlags(rest, ["--format", "--since", "--email", "--phone"]);
    const format = flags.get("--format") ?? "csv";
    if (format !== "csv" && format !== "json") throw new UsageError(`--format must be csv or json, not "${format}"`);
    const sinceText = flags.get("--since");
    const since = sinceText === undefined ? undefined : parseSinceDate(sinceText);
    if (sinceText !== undefined && !since) throw new UsageError(`--since must be a date like 2025-01-31, not "${sinceText}"`);
    const subject = subjectFrom(flags);
    return subject ? { name: "export", format, since, subject } : { name: "export", format, since };
  }
  if (name === "find" || name === "delete") {
    const subject = subjectFrom(readFlags(rest, ["--email", "--phone"]));
    if (!subject) throw new UsageError(`${name} needs --email or --phone`);
    return name === "find" ? { name, subject } : { name, subject };
  }
  if (name === "purge") {
    const flags = readFlags(rest, ["--older-than"]);
    const text = flags.get("--older-than");
    const olderThanDays = text === undefined ? undefined : parseDays(text);
    if (text !== undefined && olderThanDays === undefined) {
      throw new UsageError(`--older-than must be a number of days like 90d, not "${text}"`);
    }
    return { name: "purge", olderThanDays };
  }
  throw new UsageError(`Unknown command: ${name}`);
}

interface Io {
  out(text: string): Promise<void>;
  err(text: string): void;
}

const write = (text: string) => new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: Io = { out: write, err: (text) => console.error(text) }): Promise<number> {
  let command: Command;
  let env: ConsultationEnv;
  try {
    command = parseCommand(argv);
    if (command.name === "help") {
      await io.out(`${USAGE}\n`);
      return 0;
    }
    env = readConsultationEnv();
  } catch (error) {
    io.err(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : (error as Error).message);
    return 1;
  }

  const target = targetFromEnv(env);
  if (target.kind === "pglite") {
    // Check before opening: the running site's directory must not be touched at all.
    const pid = lockHolder(target.dir);
    if (pid !== undefined) {
      io.err(lockedMessage(pid));
      return 2;
    }
  }

  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase(target);
    const countryCode = env.CONSULTATION_PHONE_COUNTRY_CODE;
    if (command.name === "export") {
      let rows = await exportRequests(handle.db, { since: command.since });
      if (command.subject) {
        const ids = new Set((await findSubjectRequests(handle.db, command.subject, countryCode)).map((row) => row.id));
        rows = rows.filter((row) => ids.has(row.id));
      }
      await io.out(command.format === "csv" ? toCsv(rows) : toJson(rows));
      return 0;
    }
    if (command.name === "find") {
      const rows = await findSubjectRequests(handle.db, command.subject, countryCode);
      const lines = rows.map((row) =>
        [row.id, row.createdAt, row.name, row.email ?? "-", row.phone ?? "-", row.treatment].join("  "),
      );
      await io.out(`${plural(rows.length, "request", "requests")} for ${describeSubject(command.subject)}.\n${lines.map((l) => `${l}\n`).join("")}`);
      return 0;
    }
    if (command.name === "delete") {
      const deleted = await deleteSubject(handle.db, command.subject, { phoneCountryCode: countryCode, secret: env.CONSULTATION_SECRET });
      // The deleted rows should not linger on disk either (with PGlite, in the files and the log).
      await reclaimSpace(handle);
      await io.out(
        `Deleted ${plural(deleted.requests, "request", "requests")}, ` +
          `${plural(deleted.notifications, "notification", "notifications")} and ` +
          `${plural(deleted.rateLimits, "rate-limit counter", "rate-limit counters")} for ${describeSubject(command.subject)}.\n`,
      );
      return 0;
    }
    const olderThanDays = command.olderThanDays ?? env.CONSULTATION_RETENTION_DAYS;
    const result = await purgeOlderThan(handle.db, { olderThanDays, rateWindowSeconds: env.CONSULTATION_RATE_WINDOW_SECONDS });
    await reclaimSpace(handle);
    await io.out(
      `Deleted ${plural(result.requests, "request", "requests")} older than ${plural(olderThanDays, "day", "days")}, ` +
        `${plural(result.rateLimits, "ended rate-limit window", "ended rate-limit windows")} and ` +
        `${plural(result.sentNotifications, "sent notification", "sent notifications")}.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      io.err(lockedMessage(error.pid));
      return 2;
    }
    io.err(`consultations ${command.name} failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await handle?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2));
}
