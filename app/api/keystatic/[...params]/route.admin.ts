import { makeRouteHandler } from "@keystatic/next/route-handler";
import config from "@/keystatic.config";
import { cmsStorage, parseCmsGithubSecrets } from "@/lib/cms/env";

// Admin only: this file exists in a build only with KEYSTATIC_ENABLED=1 (pageExtensions in next.config.ts).
// In local mode this API reads and writes files in the project: never enable it on a public deployment
// with local storage.

const github = cmsStorage.KEYSTATIC_STORAGE === "github" ? parseCmsGithubSecrets(process.env) : undefined;

export const { GET, POST } = makeRouteHandler({
  config,
  clientId: github?.KEYSTATIC_GITHUB_CLIENT_ID,
  clientSecret: github?.KEYSTATIC_GITHUB_CLIENT_SECRET,
  secret: github?.KEYSTATIC_SECRET,
});
