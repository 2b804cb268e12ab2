/**
 * The database: embedded PGlite (Postgres in WASM) in PGLITE_DIR by default,
 * or PostgreSQL through node-postgres when DATABASE_URL is set. Both get the
 * same drizzle schema and the same migrations from drizzle/, applied when the
 * database is opened.
 *
 * getDatabase() is the process's one connection, opened on first use; a
 * failed open is never kept, so the next call tries again. The server never
 * waits for it to start: startDatabaseWarmer() (from Next's instrumentation
 * hook) opens it in the background, retrying with backoff, so pages are served
 * while the database is down or migrating. Tests and the staff CLI use
 * openDatabase() directly.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { consultationEnv, type ConsultationEnv } from "../env";
import { acquireLock, type DirectoryLock } from "./lock";
import { schema, type Schema } from "./schema";

/** A drizzle database (or transaction) over either driver. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Closes the connection and, for PGlite, releases the directory lock. */
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: "pglite"; dir: string } | { kind: "postgres"; url: string };

export function targetFromEnv(env: Pick<ConsultationEnv, "DATABASE_URL" | "PGLITE_DIR"> = consultationEnv()): DatabaseTarget {
  return env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dir: env.PGLITE_DIR };
}

/** drizzle/ at the project root, where `next start`, the CLI and the tests run. */
export function migrationsFolder(): string {
  const fromCwd = path.resolve(process.cwd(), "drizzle");
  if (existsSync(path.join(fromCwd, "meta", "_journal.json"))) return fromCwd;
  throw new Error(`No migrations found in ${fromCwd}. Run the site and the CLI from the project folder.`);
}

/** Any fixed number: PostgreSQL instances starting together run the migrations one at a time. */
export const MIGRATION_LOCK_ID = 7_316_420_151;

export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
  idleInTransactionMs: number;
  migrationLockMs: number;
}

export function timeoutsFromEnv(env: ConsultationEnv = consultationEnv()): DatabaseTimeouts {
  return {
    connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    idleInTransactionMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    migrationLockMs: env.DATABASE_MIGRATION_LOCK_TIMEOUT_MS,
  };
}

export interface OpenOptions {
  /** Apply drizzle/ (default true). */
  migrate?: boolean;
  migrationsFolder?: string;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** PostgreSQL timeouts (default: the environment's, lib/env.ts). */
  timeouts?: DatabaseTimeouts;
}

/** Another instance held the migration lock for longer than DATABASE_MIGRATION_LOCK_TIMEOUT_MS. */
export class MigrationLockTimeoutError extends Error {
  override readonly name = "MigrationLockTimeoutError";
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Takes the migration lock, or throws once `timeoutMs` has passed: pg_advisory_lock would wait
 * for ever behind an instance that hangs mid-migration, so poll pg_try_advisory_lock instead.
 */
async function takeMigrationLock(
  client: { query(text: string, values: unknown[]): Promise<{ rows: { locked: boolean }[] }> },
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query("select pg_try_advisory_lock($1) as locked", [MIGRATION_LOCK_ID]);
    if (rows[0]?.locked) return;
    if (Date.now() >= deadline) {
      throw new MigrationLockTimeoutError(`Another instance has been migrating the database for over ${timeoutMs} ms; trying again later.`);
    }
    await sleep(Math.min(250, Math.max(0, deadline - Date.now())));
  }
}

async function openPglite(dir: string, options: OpenOptions): Promise<DatabaseHandle> {
  // The lock comes first: nothing touches the directory while another process holds it.
  const lock: DirectoryLock = acquireLock(dir);
  try {
    const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("drizzle-orm/pglite"),
      import("drizzle-orm/pglite/migrator"),
    ]);
    const client = await PGlite.create(lock.dir);
    try {
      const db = drizzle({ client, schema });
      if (options.migrate !== false) await migrate(db, { migrationsFolder: options.migrationsFolder ?? migrationsFolder() });
      return {
        db,
        kind: "pglite",
        close: once(async () => {
          try {
            await client.close();
          } finally {
            lock.release();
          }
        }),
      };
    } catch (error) {
      await client.close().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** A close() that does its work the first time and nothing after. */
function once(work: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= work());
}

async function openPostgres(url: string, options: OpenOptions): Promise<DatabaseHandle> {
  const [{ Pool }, { drizzle }, { migrate }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
    import("drizzle-orm/node-postgres/migrator"),
  ]);
  const timeouts = options.timeouts ?? timeoutsFromEnv();
  const pool = new Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    // The server's statement_timeout cannot fire when the server itself is stuck (SIGSTOP, a
    // dead network path): the client gives up a little later on its own.
    query_timeout: timeouts.statementMs + 1000,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  try {
    const db = drizzle({ client: pool, schema });
    if (options.migrate !== false) {
      const client = await pool.connect();
      try {
        await takeMigrationLock(client, timeouts.migrationLockMs);
        try {
          await migrate(db, { migrationsFolder: options.migrationsFolder ?? migrationsFolder() });
        } finally {
          await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
        }
      } finally {
        client.release();
      }
    }
    return { db, kind: "postgres", close: once(() => pool.end()) };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

/** Opens a new connection (PGlite: takes the directory lock) and applies the migrations. */
export function openDatabase(target: DatabaseTarget = targetFromEnv(), options: OpenOptions = {}): Promise<DatabaseHandle> {
  return target.kind === "pglite" ? openPglite(target.dir, options) : openPostgres(target.url, options);
}

/** On globalThis so that a dev server's module reloads reuse the one open database. */
const SINGLETON = Symbol.for("clinic.db.singleton");
const globalSingleton = globalThis as typeof globalThis & { [SINGLETON]?: Promise<DatabaseHandle> };

/**
 * The process's database, opened (lock, migrations) on first use. A failed
 * open is not cached: the next call tries again.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  const existing = globalSingleton[SINGLETON];
  if (existing) return existing;
  const opening = openDatabase(targetFromEnv()).then((handle) => {
    const close = handle.close;
    return {
      ...handle,
      async close() {
        if (globalSingleton[SINGLETON] === opening) delete globalSingleton[SINGLETON];
        await close();
      },
    } satisfies DatabaseHandle;
  });
  globalSingleton[SINGLETON] = opening;
  opening.catch(() => {
    if (globalSingleton[SINGLETON] === opening) delete globalSingleton[SINGLETON];
  });
  return opening;
}

/** Opens the database and runs the migrations now, so the first visitor does not wait for them. */
export async function warmDatabase(): Promise<void> {
  const { db } = await getDatabase();
  await db.execute(sql`select 1`);
}

export interface DatabaseWarmer {
  /** Settles when the database has been opened (never rejects). */
  opened: Promise<void>;
  stop(): void;
}

/** Wait before attempt n+1 after n failures: 0.5 s, 1 s, 2 s, ... up to maxMs. */
export const retryDelayMs = (failures: number, maxMs: number): number => Math.min(500 * 2 ** Math.min(failures, 20), maxMs);

/**
 * Opens the database in the background, trying again with backoff until it
 * works, and never makes its caller wait: the server starts and serves its
 * pages whether the database is up, down or still migrating. Requests that
 * need the database in the meantime open it themselves (getDatabase() keeps
 * no failure), so the first one after the database is back succeeds.
 */
export function startDatabaseWarmer(
  options: { retryMaxMs?: number; warm?: () => Promise<void>; onFailure?: (error: unknown, retryInMs: number) => void } = {},
): DatabaseWarmer {
  const retryMaxMs = options.retryMaxMs ?? consultationEnv().DATABASE_RETRY_MAX_MS;
  const warm = options.warm ?? warmDatabase;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let resolveOpened: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (resolveOpened = resolve));
  const attempt = (failures: number) => {
    if (stopped) return;
    warm().then(resolveOpened, (error: unknown) => {
      if (stopped) return;
      const wait = retryDelayMs(failures, retryMaxMs);
      options.onFailure?.(error, wait);
      timer = setTimeout(() => attempt(failures + 1), wait);
      // A server shutting down must not be held up by a retry.
      timer.unref();
    });
  };
  attempt(0);
  return {
    opened,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Closes getDatabase()'s connection if it was opened. */
export async function closeDatabase(): Promise<void> {
  const existing = globalSingleton[SINGLETON];
  if (!existing) return;
  const handle = await existing.catch(() => undefined);
  await handle?.close();
}
