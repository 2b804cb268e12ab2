/**
 * Whether the database is known to be down, so that the consultation page
 * itself can say that online requests are paused before anyone types
 * anything (proxy.ts serves the paused copy of the form then).
 *
 * Known down: the last open or submission failed on the database. Known up
 * again: an open, a stored request, or the probe that runs while it is down
 * (every few seconds, backing off to DATABASE_RETRY_MAX_MS) succeeds. Unknown
 * counts as up: the page never claims an outage it has not seen. Kept on
 * globalThis, because proxy.ts runs in the server's process but in a module
 * graph of its own (see lib/consultation/secret.ts); this module imports no
 * database code for the same reason: instrumentation.ts hands in the probe.
 */
import { consultationEnv } from "../env";

type Probe = () => Promise<void>;

interface HealthState {
  down: boolean;
  probe?: Probe;
  timer?: NodeJS.Timeout;
  failures: number;
}

const KEY = Symbol.for("clinic.db.health");
const store = globalThis as typeof globalThis & { [KEY]?: HealthState };
const state = (): HealthState => (store[KEY] ??= { down: false, failures: 0 });

/** How the database can be tried while it is down (instrumentation.ts). */
export function setDatabaseProbe(probe: Probe): void {
  state().probe = probe;
}

export const databaseKnownDown = (): boolean => state().down;

export function reportDatabaseUp(): void {
  const current = state();
  current.down = false;
  current.failures = 0;
  clearTimeout(current.timer);
  current.timer = undefined;
}

export function reportDatabaseDown(): void {
  const current = state();
  current.down = true;
  if (!current.timer) scheduleProbe(current);
}

function scheduleProbe(current: HealthState) {
  const wait = Math.min(2000 * 2 ** Math.min(current.failures, 10), consultationEnv().DATABASE_RETRY_MAX_MS);
  current.timer = setTimeout(() => {
    current.timer = undefined;
    const probe = current.probe;
    if (!probe || !current.down) return;
    probe().then(reportDatabaseUp, () => {
      current.failures++;
      if (current.down && !current.timer) scheduleProbe(current);
    });
  }, wait);
  // Never keeps a server that is shutting down alive.
  current.timer.unref();
}
