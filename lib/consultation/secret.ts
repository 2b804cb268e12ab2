/**
 * The consultation secret: it signs the form tickets (ticket.ts) and keys the
 * rate-limit hashes (rate-limit.ts). CONSULTATION_SECRET when set; otherwise
 * one the server made and keeps in the database (lib/db/secrets.ts), so that
 * it survives restarts and every instance on one PostgreSQL uses the same one.
 *
 * This module imports no database code, because proxy.ts (which signs the
 * tickets) uses it: the database loader is handed in by lib/db/secrets.ts
 * (from instrumentation.ts and the Server Action). Next runs proxy.ts in the
 * server's own Node.js process ("runtime": "nodejs" in
 * .next/server/functions-config-manifest.json; next-server.js calls it
 * in-process), so the loader and its cached secret live on globalThis and are
 * shared with the Server Action.
 */
import { createHmac } from "node:crypto";
import { consultationEnv } from "../env";

type SecretLoader = () => Promise<string>;

const LOADER = Symbol.for("clinic.consultation.secret-loader");
const CACHE = Symbol.for("clinic.consultation.secret");
const store = globalThis as typeof globalThis & { [LOADER]?: SecretLoader; [CACHE]?: Promise<string> };

/** Where the secret comes from when the environment has none (called by lib/db/secrets.ts). */
export function setSecretLoader(loader: SecretLoader): void {
  store[LOADER] = loader;
}

export const hasSecretLoader = (): boolean => store[LOADER] !== undefined;

/**
 * The secret, or undefined when there is none yet (no CONSULTATION_SECRET and
 * the database could not be reached, or did not answer within `waitMs`, or
 * nothing has registered a loader). A failed load is not cached: the next
 * call tries again.
 */
export async function consultationSecret(options: { waitMs?: number } = {}): Promise<string | undefined> {
  const fromEnv = consultationEnv().CONSULTATION_SECRET;
  if (fromEnv) return fromEnv;
  const loader = store[LOADER];
  if (!loader) return undefined;
  const loading = (store[CACHE] ??= loader());
  loading.catch(() => {
    if (store[CACHE] === loading) delete store[CACHE];
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout =
    options.waitMs === undefined
      ? undefined
      : new Promise<undefined>((resolve) => {
          timer = setTimeout(() => resolve(undefined), options.waitMs);
        });
  try {
    return await (timeout ? Promise.race([loading, timeout]) : loading);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** A key for one purpose, derived from the secret, so that no two uses share a key. */
export const deriveKey = (secret: string, purpose: string): Buffer => createHmac("sha256", secret).update(purpose).digest();
