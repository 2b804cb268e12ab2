/**
 * `next start` of a built project copy, started directly (node_modules/.bin/next,
 * not through npm) in its own process group, so the bench holds the real
 * server pid and can stop it, or kill -9 the whole group for the crash run.
 */
import net from "node:net";
import path from "node:path";
import { waitForHttp } from "./http";
import { killTree, onCleanup, startDetached, treeCpuTicks, type Spawned } from "./proc";

/** Ports the other work on this machine uses; never touch them. */
const RESERVED = new Set([3000, 3100, 3200]);

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The first free port from `start` (4100 by default). */
export async function findFreePort(start = 4100): Promise<number> {
  for (let port = start; port < start + 200; port++) {
    if (RESERVED.has(port)) continue;
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port in ${start}-${start + 199}`);
}

export interface Server {
  port: number;
  pid: number;
  baseUrl: string;
  process: Spawned;
  /** Milliseconds from spawn until the first answer. */
  readyMs: number;
  alive(): boolean;
}

export interface ServerOptions {
  dir: string;
  port: number;
  env?: Record<string, string>;
  /** Path polled until it answers (default /). */
  readyPath?: string;
  timeoutMs?: number;
}

export async function startServer(options: ServerOptions): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CONTENT_DIR: undefined,
    PORT: String(options.port),
    ...options.env,
  };
  delete env.CONTENT_DIR;
  const spawned = startDetached(path.join(options.dir, "node_modules", ".bin", "next"), ["start", "-p", String(options.port)], {
    cwd: options.dir,
    env,
  });
  let alive = true;
  void spawned.exited.then(() => {
    alive = false;
  });
  const removeCleanup = onCleanup(() => killTree(spawned.pid));
  void spawned.exited.then(removeCleanup);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  try {
    const readyMs = await waitForHttp(`${baseUrl}${options.readyPath ?? "/"}`, options.timeoutMs ?? 60_000, () => alive);
    return { port: options.port, pid: spawned.pid, baseUrl, process: spawned, readyMs, alive: () => alive };
  } catch (error) {
    killTree(spawned.pid);
    await spawned.exited;
    spawned.release();
    const tail = spawned.output().trim().split("\n").slice(-5).join(" | ");
    throw new Error(`${(error as Error).message}${tail ? `; server said: ${tail}` : ""}`);
  }
}

/** SIGTERM (Next closes cleanly and releases the PGlite lock), then SIGKILL after 15 s. */
export async function stopServer(server: Server): Promise<void> {
  if (server.alive()) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 15_000).unref());
    if ((await Promise.race([server.process.exited, timeout])) === "timeout") killTree(server.pid);
  }
  await server.process.exited;
  killTree(server.pid);
  server.process.release();
}

/** kill -9 of the server's whole process group, as a power cut or an OOM kill would. */
export async function crashServer(server: Server): Promise<void> {
  killTree(server.pid, "SIGKILL");
  await server.process.exited;
  server.process.release();
}

/**
 * Waits until the server's process tree has used under 5% of a core for half a second (at most `maxMs`),
 * and returns how long that took. A server that has just started is still opening its database
 * (PGlite compiles its WASM and migrates) on the cores a load test would measure it on.
 */
export async function waitUntilIdle(server: Server, maxMs = 30_000): Promise<number> {
  const started = Date.now();
  const intervalMs = 500;
  // Linux counts CPU time in 1/100 s (USER_HZ): half a second of one core is 50 ticks.
  const idleTicks = (intervalMs / 10) * 0.05;
  let before = treeCpuTicks(server.pid);
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, intervalMs));
    const now = treeCpuTicks(server.pid);
    if (now - before <= idleTicks) break;
    before = now;
  }
  return Date.now() - started;
}
