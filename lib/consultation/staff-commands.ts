/**
 * The staff commands behind `consultations` (cli/consultations.ts): their
 * arguments and what each does on an open database. The CLI runs them on a
 * database it opens itself, or, while the site holds the embedded database,
 * asks the site to run them on its own connection (lib/db/staff-socket.ts),
 * so there is still one writer.
 */
import { getDatabase, targetFromEnv, type DatabaseHandle } from "../db/client";
import { consultationEnv, type ConsultationEnv } from "../env";
import { serveStaffSocket } from "../db/staff-socket";
import { deleteSubject, describeSubject, findSubjectRequests, type DataSubject } from "./data-subject";
import { exportRequests, parseSinceDate, toCsv, toJson } from "./export";
import { parseDays, purgeOlderThan, reclaimSpace } from "./purge";

export const USAGE = `Usage:
  node --import tsx cli/consultations.ts export [--format csv|json] [--since YYYY-MM-DD] [--email X | --phone Y]
  node --import tsx cli/consultations.ts purge [--older-than 90d]
  node --import tsx cli/consultations.ts find --email X | --phone Y
  node --import tsx cli/consultations.ts delete --email X | --phone Y`;

export class UsageError extends Error {}

export type Command =
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

/** Where a command writes: standard output and error, or a staff socket's connection. */
export interface StaffIo {
  out(text: string): Promise<void>;
  err(text: string): void;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Runs a parsed command on an open database; returns the exit code (errors are the caller's). */
export async function runCommand(
  command: Exclude<Command, { name: "help" }>,
  env: ConsultationEnv,
  handle: Pick<DatabaseHandle, "db" | "kind">,
  io: StaffIo,
): Promise<number> {
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
    const lines = rows.map((row) => [row.id, row.createdAt, row.name, row.email ?? "-", row.phone ?? "-", row.treatment].join("  "));
    await io.out(
      `${plural(rows.length, "request", "requests")} for ${describeSubject(command.subject)}.\n${lines.map((l) => `${l}\n`).join("")}`,
    );
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
}

/** Parses and runs one command line on an open database, as the site does for the staff socket. */
export async function runArgv(
  argv: string[],
  env: ConsultationEnv,
  handle: Pick<DatabaseHandle, "db" | "kind">,
  io: StaffIo,
): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    io.err(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : (error as Error).message);
    return 1;
  }
  if (command.name === "help") {
    await io.out(`${USAGE}\n`);
    return 0;
  }
  try {
    return await runCommand(command, env, handle, io);
  } catch (error) {
    io.err(`consultations ${command.name} failed: ${(error as Error).message}`);
    return 1;
  }
}

/**
 * In the site, on the embedded database: answers the staff CLI on the socket in the
 * database's directory (lib/db/staff-socket.ts). Call once the database is open (the lock held).
 */
export async function serveStaffCommands(): Promise<string | undefined> {
  const target = targetFromEnv();
  if (target.kind !== "pglite") return undefined;
  const env = consultationEnv();
  const served = await serveStaffSocket(target.dir, async (argv, io) => runArgv(argv, env, await getDatabase(), io));
  return served.file;
}
