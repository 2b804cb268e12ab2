import { defineConfig } from "@playwright/test";
import baseConfig from "./playwright.config";

// The editing UI's round trip: `npm run dev` in local mode, in a temporary copy
// of the project (scripts/cms-dev-copy.ts), driven in Debian's chromium. Browser,
// workers and the rest come from the main config.
const PORT = Number(process.env.CMS_E2E_PORT ?? 3150);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  ...baseConfig,
  testDir: "./e2e-cms",
  // `next dev` compiles each route on first use; the admin is large.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-cms.json" }]],
  use: { ...baseConfig.use, baseURL, navigationTimeout: 120_000 },
  webServer: {
    command: "node --import tsx scripts/cms-dev-copy.ts",
    url: `${baseURL}/robots.txt`,
    reuseExistingServer: false,
    timeout: 240_000,
    // SIGTERM first, so the script can delete its project copy.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: { CMS_E2E_PORT: String(PORT), PREVIEW_SECRET: "e2e-preview-secret-0123456789" },
  },
});
