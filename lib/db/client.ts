/**
 * The database: embedded PGlite (Postgres in WASM) in PGLITE_DIR by default,
 * or PostgreSQL through node-postgres when DATABASE_URL is set. Both get the
 * same drizzle schema and the same migrations from drizzle/, applied when the
 * database is opened.
 *
 * getDatabase() is the process's one connection; warmDatabase() opens it and
 * runs the migrations before the first request (call it from Next's
 * instrumentation hook). Tests and the staff CLI use openDatabase() directly.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { consultationEnv, type ConsultationEnv } from "./env";
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
const MIGRATION_LOCK_ID = 7_316_420_151;

export interface OpenOptions {
  /** Apply drizzle/ (default true). */
  migrate?: boolean;
  migrationsFolder?: string;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
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
  const pool = new Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  try {
    const db = drizzle({ client: pool, schema });
    if (options.migrate !== false) {
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
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

/** Closes getDatabase()'s connection if it was opened. */
export async function closeDatabase(): Promise<void> {
  const existing = globalSingleton[SINGLETON];
  if (!existing) return;
  const handle = await existing.catch(() => undefined);
  await handle?.close();
}
