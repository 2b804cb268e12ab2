import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, type Dirent } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** The repository root (this file is scripts/lib/project-copy.ts). */
const ROOT = path.resolve(import.meta.dirname, "../..");
const SKIP = new Set(["node_modules", ".next", ".contentlayer", ".git", "test-results", "playwright-report", "data"]);

/**
 * A throwaway copy of the project (sharing node_modules' files), so a test can break
 * the content, or the bench can build generated content, and run the real build
 * without touching this checkout's output. Used by tests/ and scripts/bench.ts.
 */
export function copyProject() {
  const dir = mkdtempSync(path.join(tmpdir(), "clinic-build-"));
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(path.basename(src)) || path.dirname(src) !== ROOT });
  // Hard links: a real node_modules tree in under a second. Turbopack refuses a
  // symlinked one that points outside the project; other tools are happy with it.
  const linked = spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")]);
  if (linked.status !== 0) symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return {
    dir,
    read: (file: string) => readFileSync(path.join(dir, file), "utf8"),
    write: (file: string, text: string) => writeFileSync(path.join(dir, file), text),
    edit: (file: string, change: (text: string) => string) =>
      writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), "utf8"))),
    exists: (file: string) => existsSync(path.join(dir, file)),
    removeFile: (file: string) => rmSync(path.join(dir, file), { force: true }),
    /** Every file under a folder of the copy, as paths relative to the copy. */
    list: (folder: string) =>
      (readdirSync(path.join(dir, folder), { recursive: true, withFileTypes: true }) as Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))),
    /** `npm run <script>` in the copy. Asynchronous, so the test worker stays responsive during a long build. */
    run: (...args: string[]) => runIn(dir, "npm", ["run", "--silent", ...args]),
    /** Any command in the copy (`npx next build`, `node …`), the same way. */
    exec: (command: string, ...args: string[]) => runIn(dir, command, args),
    /** Back to the repository's content, with no build output: a fresh start for the next test. */
    reset: () => {
      for (const generated of ["content", ".contentlayer", ".next"]) rmSync(path.join(dir, generated), { recursive: true, force: true });
      cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

function runIn(dir: string, command: string, args: string[]) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CONTENT_DIR: undefined },
      timeout: 300_000,
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (status) => resolve({ status, output }));
  });
}
