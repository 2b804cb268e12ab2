/**
 * Staff tool for consultation requests. Works on the embedded database
 * (PGLITE_DIR, default ./data/pglite) or on PostgreSQL (DATABASE_URL).
 *
 *   node --import tsx cli/consultations.ts export [--format csv|json] [--since YYYY-MM-DD] [--email X | --phone Y]
 *   node --import tsx cli/consultations.ts purge [--older-than 90d]
 *   node --import tsx cli/consultations.ts find --email X | --phone Y
 *   node --import tsx cli/consultations.ts delete --email X | --phone Y
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
 * The embedded database can only be opened by one process. While the site
 * runs it, the command is sent to the site over the staff socket in the
 * database's directory (lib/db/staff-socket.ts) and runs on the site's own
 * connection; if the process holding the lock does not answer there, this
 * exits with code 2 without touching the directory. Exit 1: bad arguments or
 * settings, or a database error.
 */
import { pathToFileURL } from "node:url";
import { openDatabase, targetFromEnv, type DatabaseHandle } from "../lib/db/client";
import { readConsultationEnv, type ConsultationEnv } from "../lib/env";
import { DatabaseLockedError, lockHolder } from "../lib/db/lock";
import { runThroughStaffSocket } from "../lib/db/staff-socket";
import { parseCommand, runCommand, UsageError, USAGE, type Command, type StaffIo } from "../lib/consultation/staff-commands";

export { parseCommand, USAGE };

export const lockedMessage = (pid: number) =>
  `The site is running and holds the embedded database (pid ${pid}). Stop it first, or set DATABASE_URL to use PostgreSQL.`;

const write = (text: string) =>
  new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: StaffIo = { out: write, err: (text) => console.error(text) }): Promise<number> {
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
      const code = await runThroughStaffSocket(target.dir, argv, io);
      if (code !== undefined) return code;
      io.err(lockedMessage(pid));
      return 2;
    }
  }

  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase(target);
    return await runCommand(command, env, handle, io);
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
