/**
 * Secrets the server makes for itself when the environment gives none. The
 * first instance to need one writes a random value (INSERT ... ON CONFLICT DO
 * NOTHING), and every instance then reads the row that won, so all of them
 * sign and hash with the same key, before and after a restart.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { setSecretLoader, hasSecretLoader } from "../consultation/secret";
import { getDatabase, type Database } from "./client";
import { serverSecrets } from "./schema";

export const CONSULTATION_SECRET_NAME = "consultation";

/** The secret called `name`, made (32 random bytes) the first time it is asked for. */
export async function loadOrCreateSecret(db: Database, name: string = CONSULTATION_SECRET_NAME): Promise<string> {
  await db
    .insert(serverSecrets)
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing({ target: serverSecrets.name });
  const [row] = await db.select({ value: serverSecrets.value }).from(serverSecrets).where(eq(serverSecrets.name, name));
  if (!row) throw new Error(`server secret ${name} was written but cannot be read`);
  return row.value;
}

/** Lets lib/consultation/secret.ts load the secret from the process's database (idempotent). */
export function installDatabaseSecretLoader(): void {
  if (hasSecretLoader()) return;
  setSecretLoader(async () => loadOrCreateSecret((await getDatabase()).db));
}
