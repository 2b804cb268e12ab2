import { z } from "zod";

/**
 * The CMS (Keystatic) environment, parsed with zod like lib/env.ts.
 *
 * Two halves, because keystatic.config.ts runs in the browser too:
 * - the storage choice (KEYSTATIC_STORAGE, KEYSTATIC_GITHUB_REPO) is public and
 *   next.config.ts inlines it into the admin bundle (`env`), so the UI and the
 *   API agree on local or GitHub mode;
 * - the GitHub app secrets are read only by the API route, on the server.
 *
 * Keystatic's own variable names are kept, so its docs apply unchanged.
 */

const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

const storageSchema = z.discriminatedUnion("KEYSTATIC_STORAGE", [
  z.object({ KEYSTATIC_STORAGE: z.literal("local") }),
  z.object({
    KEYSTATIC_STORAGE: z.literal("github"),
    KEYSTATIC_GITHUB_REPO: z
      .string({
        error: 'KEYSTATIC_GITHUB_REPO is missing; with KEYSTATIC_STORAGE=github set it to the repository, e.g. "acme/clinic-site"',
      })
      .regex(REPO, { error: 'KEYSTATIC_GITHUB_REPO must be "owner/name", e.g. "acme/clinic-site"' })
      .transform((repo) => {
        const [owner = "", name = ""] = repo.split("/");
        return { owner, name };
      }),
  }),
]);

export type CmsStorage = z.infer<typeof storageSchema>;

function issues(error: z.ZodError) {
  return error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`).join("; ");
}

/** `local` unless KEYSTATIC_STORAGE=github. A bad value stops the build or the dev server, not a click in the admin. */
export function parseCmsStorage(source: Record<string, string | undefined>): CmsStorage {
  const parsed = storageSchema.safeParse({
    KEYSTATIC_STORAGE: source.KEYSTATIC_STORAGE || "local",
    KEYSTATIC_GITHUB_REPO: source.KEYSTATIC_GITHUB_REPO || undefined,
  });
  if (!parsed.success) {
    const hint = parsed.error.issues.some((i) => i.path[0] === "KEYSTATIC_STORAGE") ? " (KEYSTATIC_STORAGE must be local or github)" : "";
    throw new Error(`Invalid CMS environment: ${issues(parsed.error)}${hint}`);
  }
  return parsed.data;
}

const githubSecretsSchema = z.object({
  KEYSTATIC_GITHUB_CLIENT_ID: z
    .string({ error: "KEYSTATIC_GITHUB_CLIENT_ID is missing; copy it from the GitHub app Keystatic created" })
    .min(1),
  KEYSTATIC_GITHUB_CLIENT_SECRET: z.string({ error: "KEYSTATIC_GITHUB_CLIENT_SECRET is missing; copy it from the GitHub app" }).min(1),
  KEYSTATIC_SECRET: z
    .string({ error: "KEYSTATIC_SECRET is missing; set a random string of at least 32 characters (it signs the login cookie)" })
    .min(32, { error: "KEYSTATIC_SECRET is too short; use a random string of at least 32 characters" }),
  NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG: z
    .string({ error: "NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG is missing; set the GitHub app's slug" })
    .min(1),
});

export type CmsGithubSecrets = z.infer<typeof githubSecretsSchema>;

/** Server only (the API route): the GitHub app's credentials, required in GitHub mode. */
export function parseCmsGithubSecrets(source: Record<string, string | undefined>): CmsGithubSecrets {
  const parsed = githubSecretsSchema.safeParse({
    KEYSTATIC_GITHUB_CLIENT_ID: source.KEYSTATIC_GITHUB_CLIENT_ID || undefined,
    KEYSTATIC_GITHUB_CLIENT_SECRET: source.KEYSTATIC_GITHUB_CLIENT_SECRET || undefined,
    KEYSTATIC_SECRET: source.KEYSTATIC_SECRET || undefined,
    NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG: source.NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG || undefined,
  });
  if (!parsed.success) throw new Error(`Invalid CMS environment (KEYSTATIC_STORAGE=github): ${issues(parsed.error)}`);
  return parsed.data;
}

/**
 * The storage choice as this bundle sees it. Written as two direct
 * `process.env.X` reads so that Next inlines them (next.config.ts `env`) in
 * the browser bundle; an object spread of process.env would be empty there.
 */
export const cmsStorage: CmsStorage = parseCmsStorage({
  KEYSTATIC_STORAGE: process.env.KEYSTATIC_STORAGE,
  KEYSTATIC_GITHUB_REPO: process.env.KEYSTATIC_GITHUB_REPO,
});
