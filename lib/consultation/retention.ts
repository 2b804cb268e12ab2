/**
 * The retention the privacy notice promises, kept by the server itself: a
 * purge shortly after start and then every CONSULTATION_PURGE_INTERVAL_MINUTES
 * (a day by default) deletes what is older than CONSULTATION_RETENTION_DAYS
 * and gives the space back (purge.ts). A run that fails (the database is
 * down) is tried again sooner, and never stops the server. Every instance on
 * one PostgreSQL may run it: deleting what is already deleted does nothing.
 */
import { getDatabase, type DatabaseHandle } from "../db/client";
import { consultationEnv } from "../env";
import { consultationLogger, errorKind, type ConsultationLogger } from "./log";
import { purgeOlderThan, reclaimSpace, type PurgeResult } from "./purge";

export interface RetentionWorkerOptions {
  retentionDays?: number;
  rateWindowSeconds?: number;
  /** Between runs; defaults to CONSULTATION_PURGE_INTERVAL_MINUTES. */
  intervalMs?: number;
  /** Before the first run, so start-up is not slowed by it; defaults to a minute (or the interval, if shorter). */
  firstRunDelayMs?: number;
  /** After a failed run; defaults to ten minutes (or the interval, if shorter). */
  retryMs?: number;
  /** Defaults to the process's database (getDatabase()). */
  database?: () => Promise<Pick<DatabaseHandle, "db" | "kind">>;
  logger?: ConsultationLogger;
  now?: () => Date;
  /** Called after each successful run (tests wait on it). */
  onRun?: (result: PurgeResult) => void;
}

export interface RetentionWorker {
  /** Runs one purge now (or waits for the one running); undefined when it failed. */
  runNow(): Promise<PurgeResult | undefined>;
  stop(): Promise<void>;
}

const MINUTE_MS = 60_000;

export function startRetentionWorker(options: RetentionWorkerOptions = {}): RetentionWorker {
  const env = consultationEnv();
  const retentionDays = options.retentionDays ?? env.CONSULTATION_RETENTION_DAYS;
  const rateWindowSeconds = options.rateWindowSeconds ?? env.CONSULTATION_RATE_WINDOW_SECONDS;
  const intervalMs = options.intervalMs ?? env.CONSULTATION_PURGE_INTERVAL_MINUTES * MINUTE_MS;
  const firstRunDelayMs = options.firstRunDelayMs ?? Math.min(MINUTE_MS, intervalMs);
  const retryMs = options.retryMs ?? Math.min(10 * MINUTE_MS, intervalMs);
  const database = options.database ?? getDatabase;
  const logger = options.logger ?? consultationLogger();
  let running: Promise<PurgeResult | undefined> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const runNow = (): Promise<PurgeResult | undefined> => {
    running ??= (async () => {
      try {
        const handle = await database();
        const result = await purgeOlderThan(handle.db, { olderThanDays: retentionDays, now: options.now?.(), rateWindowSeconds });
        await reclaimSpace(handle);
        logger.info({ ...result, retentionDays }, "consultation retention purge");
        options.onRun?.(result);
        return result;
      } catch (error) {
        logger.warn({ error: errorKind(error) }, "consultation retention purge failed; trying again later");
        return undefined;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      void runNow().then((result) => schedule(result ? intervalMs : retryMs));
    }, ms);
    // The schedule never keeps a server that is shutting down alive.
    timer.unref();
  };
  schedule(firstRunDelayMs);

  return {
    runNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
