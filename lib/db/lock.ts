/**
 * One process per embedded database directory. Two PGlite instances writing
 * the same directory corrupt it without any error, so whoever opens it first
 * writes `<dir>/.lock`, and everyone else is refused while that process lives.
 * A lock left by a process that has died is taken over.
 *
 * A pid alone does not say that its process lives: after a reboot or a
 * container restart the number is soon given to another process (often
 * another long-lived one), and the lock would then be refused for ever. So
 * the lock records, with the pid, when that process started (field 22 of
 * /proc/<pid>/stat, in clock ticks since boot) and the boot it started in
 * (/proc/sys/kernel/random/boot_id). A pid that is alive but started at
 * another time, or in another boot, is another process: the lock is stale.
 * Where /proc is missing (not Linux) the pid is all there is, and is trusted;
 * so is a lock file written by an older version, which holds only the pid.
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

/** Who holds a lock: the pid, and what tells that process apart from a later one with the same pid. */
export interface LockOwner {
  pid: number;
  /** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
  startTime?: string;
  /** /proc/sys/kernel/random/boot_id of the boot the process started in. */
  bootId?: string;
}

/** When process `pid` started (clock ticks since boot), or undefined without /proc or such a process. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces; field 3 starts after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const start = fields[22 - 3];
    return start && /^\d+$/.test(start) ? start : undefined;
  } catch {
    return undefined;
  }
}

/** This boot's id, or undefined without /proc. */
export function currentBootId(): string | undefined {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/** This process as a lock records it. */
export function ownerOfThisProcess(): LockOwner {
  return { pid: process.pid, startTime: processStartTime(process.pid), bootId: currentBootId() };
}

/** A lock file: JSON with pid, startTime and bootId; a bare pid (older versions) is read as the pid alone. */
export function readLockOwner(file: string): LockOwner | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const parsed = JSON.parse(text) as Partial<Record<keyof LockOwner, unknown>>;
    if (typeof parsed.pid !== "number" || !Number.isSafeInteger(parsed.pid) || parsed.pid <= 0) return undefined;
    return {
      pid: parsed.pid,
      startTime: typeof parsed.startTime === "string" ? parsed.startTime : undefined,
      bootId: typeof parsed.bootId === "string" ? parsed.bootId : undefined,
    };
  } catch {
    return undefined;
  }
}

const readPid = (file: string): number | undefined => readLockOwner(file)?.pid;

/**
 * Whether the process that wrote this record still runs: its pid is alive, in the same boot,
 * and started at the same time. Anything the record or this system does not say is not held against it.
 */
export function isOwnerAlive(owner: LockOwner): boolean {
  if (!isProcessAlive(owner.pid)) return false;
  const boot = currentBootId();
  if (owner.bootId !== undefined && boot !== undefined && owner.bootId !== boot) return false;
  const started = processStartTime(owner.pid);
  if (owner.startTime !== undefined && started !== undefined && owner.startTime !== started) return false;
  return true;
}

/** The pid holding the directory's lock, if a live process other than this one's open handles holds it. */
export function lockHolder(dir: string): number | undefined {
  const resolved = path.resolve(dir);
  const owner = readLockOwner(path.join(resolved, LOCK_FILE));
  if (owner === undefined) return undefined;
  if (owner.pid === process.pid) return held.has(resolved) ? owner.pid : undefined;
  return isOwnerAlive(owner) ? owner.pid : undefined;
}

function tryCreate(file: string): boolean {
  try {
    const fd = openSync(file, "wx", 0o644);
    try {
      writeSync(fd, `${JSON.stringify(ownerOfThisProcess())}\n`);
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
 * A lock whose pid is dead, unreadable, alive but another process (another
 * start time or boot), or this very pid without a matching open handle (a
 * restarted container reusing the pid) is stale and replaced.
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
    const moved = readLockOwner(aside);
    if (moved !== undefined && moved.pid !== process.pid && isOwnerAlive(moved)) {
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
