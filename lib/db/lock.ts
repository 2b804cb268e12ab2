/**
 * One process per embedded database directory. Two PGlite instances writing
 * the same directory corrupt it without any error, so whoever opens it first
 * writes its pid to `<dir>/.lock`, and everyone else is refused while that
 * process lives. A lock left by a process that has died is taken over.
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

export const LOCK_FILE = ".lock";

export class DatabaseLockedError extends Error {
  override readonly name = "DatabaseLockedError";
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dir} is in use by another process (pid ${pid}). ` +
        "Two processes on one PGlite directory corrupt it, so this one was not opened. " +
        "Stop the other process, or set DATABASE_URL to use PostgreSQL.",
    );
  }
}

export interface DirectoryLock {
  readonly dir: string;
  readonly file: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

/**
 * Locks held by this process, kept on globalThis so that a module reloaded by
 * a dev server still knows its own locks (and refuses a second open).
 */
const HELD = Symbol.for("clinic.db.heldLocks");
const EXIT_HOOK = Symbol.for("clinic.db.lockExitHook");
type Registry = Map<string, DirectoryLock>;
const globalRegistry = globalThis as typeof globalThis & { [HELD]?: Registry; [EXIT_HOOK]?: true };
const held: Registry = (globalRegistry[HELD] ??= new Map());

function installExitHook() {
  if (globalRegistry[EXIT_HOOK]) return;
  globalRegistry[EXIT_HOOK] = true;
  // 'exit' covers process.exit() and a drained event loop (Next's own SIGTERM
  // handler exits this way). A process killed outright leaves its lock, which
  // the next process finds stale and takes over.
  process.once("exit", () => {
    for (const lock of held.values()) lock.release();
  });
}

/** Whether a process with this pid exists (EPERM: it exists but is not ours). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | undefined {
  try {
    const text = readFileSync(file, "utf8").trim();
    return /^\d+$/.test(text) ? Number(text) : undefined;
  } catch {
    return undefined;
  }
}

/** The pid holding the directory's lock, if a live process other than this one's open handles holds it. */
export function lockHolder(dir: string): number | undefined {
  const resolved = path.resolve(dir);
  const pid = readPid(path.join(resolved, LOCK_FILE));
  if (pid === undefined) return undefined;
  if (pid === process.pid) return held.has(resolved) ? pid : undefined;
  return isProcessAlive(pid) ? pid : undefined;
}

function tryCreate(file: string): boolean {
  try {
    const fd = openSync(file, "wx", 0o644);
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Takes `<dir>/.lock` (creating the directory) or throws DatabaseLockedError.
 * A lock whose pid is dead, unreadable, or this very pid without a matching
 * open handle (a restarted container reusing the pid) is stale and replaced.
 */
export function acquireLock(dir: string): DirectoryLock {
  const resolved = path.resolve(dir);
  const file = path.join(resolved, LOCK_FILE);
  mkdirSync(resolved, { recursive: true });

  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(file)) {
      const lock: DirectoryLock = {
        dir: resolved,
        file,
        release() {
          if (held.get(resolved) !== lock) return;
          held.delete(resolved);
          if (readPid(file) === process.pid) rmSync(file, { force: true });
        },
      };
      held.set(resolved, lock);
      installExitHook();
      return lock;
    }
    const holder = lockHolder(resolved);
    if (holder !== undefined) throw new DatabaseLockedError(resolved, holder);
    // Stale: move it aside atomically (only one contender's rename succeeds),
    // then check that what moved was still stale before deleting it.
    const aside = `${file}.stale-${process.pid}-${attempt}`;
    try {
      renameSync(file, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw error;
    }
    const movedPid = readPid(aside);
    if (movedPid !== undefined && movedPid !== process.pid && isProcessAlive(movedPid)) {
      // Someone took it over between our read and the rename: put it back
      // unless yet another lock appeared meanwhile (link never overwrites).
      try {
        linkSync(aside, file);
      } catch {
        // fall through: the next attempt reports whoever holds it now
      }
      rmSync(aside, { force: true });
      continue;
    }
    try {
      unlinkSync(aside);
    } catch {
      // already gone
    }
  }
  const pid = lockHolder(resolved);
  if (pid !== undefined) throw new DatabaseLockedError(resolved, pid);
  throw new Error(`Could not take the lock ${file}; remove it if no process is using ${resolved}.`);
}
