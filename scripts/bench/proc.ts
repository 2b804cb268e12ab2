/**
 * Child processes and temporary folders for the bench: every process is
 * started in its own process group and every temporary folder is registered,
 * so an exit, an error or Ctrl-C leaves nothing running and nothing on disk.
 *
 * Peak memory is the highest sum of resident set sizes (RSS) of the whole
 * process tree, sampled from /proc every 100 ms: the started process, every
 * descendant (by parent pid) and every member of its process group. RSS
 * counts pages shared between processes (node's binary, hard-linked files)
 * once per process, so the sum overstates what the tree needs a little; a
 * process that lives less than 100 ms can be missed.
 */
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PAGE_SIZE = Number(spawnSync("getconf", ["PAGESIZE"], { encoding: "utf8" }).stdout?.trim()) || 4096;
export const SAMPLE_INTERVAL_MS = 100;

/** Process groups we started, with a promise that settles when the leader has exited (and been reaped). */
const groups = new Map<number, Promise<void>>();
/** Set on Ctrl-C / SIGTERM: no new process may start while we clean up. */
let stopping = false;
const tempDirs = new Set<string>();
const cleanups = new Set<() => void>();

export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** Registers a folder made elsewhere (e.g. a project copy) for removal on exit. */
export function trackTempDir(dir: string): void {
  tempDirs.add(dir);
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** Extra synchronous clean-up for exit (e.g. stop a server). */
export function onCleanup(fn: () => void): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

interface ProcInfo {
  pid: number;
  ppid: number;
  pgrp: number;
  rssBytes: number;
  /** CPU time used so far, user + system, in clock ticks. */
  cpuTicks: number;
}

/** Every process in /proc (those that vanish while we read are skipped). */
function readProcTable(): ProcInfo[] {
  const table: ProcInfo[] = [];
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return table;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime priority nice threads itrealvalue starttime vsize rss ..."
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      const pgrp = Number(fields[2]);
      const rssPages = Number(fields[21]);
      const cpuTicks = Number(fields[11]) + Number(fields[12]);
      table.push({ pid: Number(entry), ppid, pgrp, rssBytes: Number.isFinite(rssPages) ? rssPages * PAGE_SIZE : 0, cpuTicks });
    } catch {
      // the process ended between readdir and read
    }
  }
  return table;
}

/** Pids of `root`, its descendants and its process group (the group is `root` when started detached). */
export function processTree(root: number, table: ProcInfo[] = readProcTable()): ProcInfo[] {
  const children = new Map<number, ProcInfo[]>();
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const found = new Map<number, ProcInfo>();
  for (const p of table) if (p.pid === root || p.pgrp === root) found.set(p.pid, p);
  const queue = [...found.values()];
  while (queue.length) {
    const next = queue.pop();
    if (!next) break;
    for (const child of children.get(next.pid) ?? []) {
      if (!found.has(child.pid)) {
        found.set(child.pid, child);
        queue.push(child);
      }
    }
  }
  return [...found.values()];
}

export function treeRss(root: number): number {
  return processTree(root).reduce((sum, p) => sum + p.rssBytes, 0);
}

/** CPU time (user + system, in clock ticks) the processes of `root`'s tree have used so far. */
export function treeCpuTicks(root: number): number {
  return processTree(root).reduce((sum, p) => sum + p.cpuTicks, 0);
}

/** SIGKILL to a process, its group and every descendant (chrome-launcher starts Chrome in a group of its own). */
export function killTree(root: number, signal: NodeJS.Signals = "SIGKILL"): void {
  const tree = processTree(root);
  try {
    process.kill(-root, signal);
  } catch {
    // not a group leader, or already gone
  }
  for (const p of tree) {
    try {
      process.kill(p.pid, signal);
    } catch {
      // already gone
    }
  }
}

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  peakRssBytes: number;
  /** stdout and stderr interleaved, at most the last 2 MB. */
  output: string;
  stdout: string;
  timedOut: boolean;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Called with each chunk of output (for progress lines). */
  onOutput?: (text: string) => void;
  /** Sample the tree's memory (default true); off where the sampling itself would add noise (Lighthouse). */
  sampleMemory?: boolean;
}

const MAX_OUTPUT = 2_000_000;

/** Runs a command in its own process group, timing it and sampling the tree's memory. */
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    if (stopping) return reject(new Error("the bench is stopping"));
    const started = performance.now();
    const spawnOptions: SpawnOptions = {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    };
    const child = spawn(command, args, spawnOptions);
    const pid = child.pid;
    if (pid === undefined) {
      child.once("error", reject);
      return;
    }
    groups.set(pid, new Promise<void>((done) => child.once("close", () => done())));
    let output = "";
    let stdout = "";
    let peak = 0;
    let timedOut = false;
    const sample = () => {
      peak = Math.max(peak, treeRss(pid));
    };
    sample();
    const sampler = setInterval(options.sampleMemory === false ? () => undefined : sample, SAMPLE_INTERVAL_MS);
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          killTree(pid);
        }, options.timeoutMs)
      : undefined;
    const append = (chunk: Buffer, isStdout: boolean) => {
      const text = chunk.toString();
      output = (output + text).slice(-MAX_OUTPUT);
      if (isStdout) stdout = (stdout + text).slice(-MAX_OUTPUT * 10);
      options.onOutput?.(text);
    };
    child.stdout?.on("data", (chunk: Buffer) => append(chunk, true));
    child.stderr?.on("data", (chunk: Buffer) => append(chunk, false));
    child.once("error", (error) => {
      clearInterval(sampler);
      if (timer) clearTimeout(timer);
      groups.delete(pid);
      reject(error);
    });
    child.once("close", (status, signal) => {
      clearInterval(sampler);
      if (timer) clearTimeout(timer);
      // Anything the command left behind in its group goes too.
      killTree(pid);
      groups.delete(pid);
      resolve({ status, signal, wallMs: performance.now() - started, peakRssBytes: peak, output, stdout, timedOut });
    });
  });
}

export interface Spawned {
  pid: number;
  /** Resolves when the process has exited. */
  exited: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
  /** Forgets the group (after it was killed and has exited). */
  release(): void;
}

/** Starts a long-running process (a server) in its own process group. */
export function startDetached(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Spawned {
  if (stopping) throw new Error("the bench is stopping");
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  groups.set(pid, new Promise<void>((done) => child.once("close", () => done())));
  let output = "";
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("close", (status, signal) => resolve({ status, signal }));
    child.once("error", () => resolve({ status: null, signal: null }));
  });
  return { pid, exited, output: () => output, release: () => groups.delete(pid) };
}

let cleanedUp = false;

/** Kills every process group we started and removes every temporary folder. Synchronous, for exit handlers. */
export function cleanupAll(): void {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const fn of cleanups) {
    try {
      fn();
    } catch {
      // keep cleaning
    }
  }
  for (const pid of groups.keys()) killTree(pid);
  groups.clear();
  for (const dir of tempDirs) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // keep cleaning
    }
  }
  tempDirs.clear();
}

/** Clean up on normal exit, on Ctrl-C / SIGTERM and on a crash. */
export function installCleanupHandlers(): void {
  process.once("exit", cleanupAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n[bench] ${signal}: stopping child processes and removing temporary folders\n`);
      stopping = true;
      // Kill first, then give the children a moment to be reaped (no zombies left to init), then remove the folders.
      const exits = [...groups.values()];
      for (const pid of groups.keys()) killTree(pid);
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 3000));
      void Promise.race([Promise.all(exits), timeout]).then(() => {
        cleanupAll();
        process.exit(signal === "SIGINT" ? 130 : 143);
      });
    });
  }
}
