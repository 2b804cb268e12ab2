import { z } from "zod";

const envSchema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/, error: "SITE_URL must be the site's full address, e.g. https://www.example-clinic.com" })
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
});

function parseEnv() {
  const parsed = envSchema.safeParse({ SITE_URL: process.env.SITE_URL || undefined });
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

/** Parsed once at start-up: a bad SITE_URL stops the build, not a page render. */
export const env = parseEnv();
