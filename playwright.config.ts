import { defineConfig, devices } from "@playwright/test";
import { E2E_CONSULTATION_SECRET } from "./e2e/secret";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // Two cores: one browser at a time keeps the run steady.
  workers: 1,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // Baselines are committed, one per page and width, with no platform suffix: CI and
  // developers run the same Debian chromium. `npm run test:visual:update` rewrites them.
  snapshotPathTemplate: "{testDir}/__screenshots__/{arg}{ext}",
  expect: {
    // The same Debian chromium renders the same pixels, so the tolerance is a handful of
    // anti-aliased pixels: a ratio (0.2% was tried) let a changed word in the footer pass.
    toHaveScreenshot: { maxDiffPixels: 100, threshold: 0.2, animations: "disabled", caret: "hide", scale: "css" },
  },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's chromium; Playwright cannot download its own browser here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  // The production build, served by `next start`; `npm test` builds it first.
  webServer: {
    command: `rm -rf test-results/e2e-pglite-${PORT} && npx next start -p ${PORT} -H 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // A throwaway embedded database, never ./data (a developer's own site may hold that one), and a
    // known consultation secret, so tests can sign the form tickets they backdate (e2e/secret.ts).
    env: { NEXT_TELEMETRY_DISABLED: "1", PGLITE_DIR: `test-results/e2e-pglite-${PORT}`, CONSULTATION_SECRET: E2E_CONSULTATION_SECRET },
  },
});
