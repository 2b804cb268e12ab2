/**
 * The editing UI's e2e server: `npm run dev` (local mode, the UI writes
 * content/ directly) in a throwaway copy of the project, so the tests can
 * create and change documents without touching this checkout's content/.
 * Playwright starts it (playwright.cms.config.ts) and stops it with SIGTERM;
 * the copy's path is written to test-results/cms-copy-dir.txt for the tests.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { copyProject } from "./lib/project-copy";

const port = process.env.CMS_E2E_PORT ?? "3150";
const project = copyProject();
mkdirSync("test-results", { recursive: true });
writeFileSync("test-results/cms-copy-dir.txt", project.dir);

const child = spawn("npm", ["run", "dev"], {
  cwd: project.dir,
  // Same process group as this script: Playwright signals the whole group on
  // shutdown (playwright.cms.config.ts gracefulShutdown), so next and contentlayer stop with it.
  stdio: "inherit",
  env: {
    ...process.env,
    PORT: port,
    NEXT_TELEMETRY_DISABLED: "1",
    CONTENT_DIR: undefined,
    PGLITE_DIR: `${project.dir}/data/pglite`,
  },
});

let stopping = false;
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  child.kill("SIGTERM");
  setTimeout(() => {
    rmSync(project.dir, { recursive: true, force: true });
    process.exit(code);
  }, 1500);
}

process.on("SIGTERM", () => stop(0));
process.on("SIGINT", () => stop(0));
child.on("exit", (code) => stop(code ?? 1));
