import { timingSafeEqual } from "node:crypto";
import { z } from "zod";

// Draft preview is switched on only by a link carrying this secret. `npm run dev`
// makes a fresh one per run; a deployed editing site sets its own (README).
const previewEnvSchema = z.object({
  PREVIEW_SECRET: z
    .string()
    .min(16, { error: "PREVIEW_SECRET must be at least 16 characters; use a long random string" })
    .optional(),
});

function parsePreviewEnv() {
  const parsed = previewEnvSchema.safeParse({ PREVIEW_SECRET: process.env.PREVIEW_SECRET || undefined });
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  return parsed.data;
}

export const previewEnv = parsePreviewEnv();

/** True only when a secret is configured and `given` equals it. */
export function isPreviewSecret(given: string | null): boolean {
  const expected = previewEnv.PREVIEW_SECRET;
  if (!expected || given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
