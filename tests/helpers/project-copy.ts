import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SKIP = new Set(["node_modules", ".next", ".contentlayer", ".git", "test-results", "playwright-report", "data"]);

/**
 * A throwaway copy of the project (sharing node_modules), so a test can break
 * the content and run the real build without touching this checkout's output.
 */
export function copyProject() {
  const dir = mkdtempSync(path.join(tmpdir(), "clinic-build-"));
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(path.basename(src)) || path.dirname(src) !== ROOT });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return {
    dir,
    read: (file: string) => readFileSync(path.join(dir, file), "utf8"),
    write: (file: string, text: string) => writeFileSync(path.join(dir, file), text),
    edit: (file: string, change: (text: string) => string) =>
      writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), "utf8"))),
    exists: (file: string) => existsSync(path.join(dir, file)),
    run: (...args: string[]) => {
      const result = spawnSync("npm", ["run", "--silent", ...args], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CONTENT_DIR: undefined },
        timeout: 300_000,
      });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
