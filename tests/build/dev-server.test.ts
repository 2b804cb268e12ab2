import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { copyProject } from "../helpers/project-copy";

// `npm run dev` (scripts/dev.sh), started for real: it must take Next's own
// arguments and, unless told otherwise, listen on the loopback address only,
// because the editing UI behind it writes content/ and has no login.

const PORT = 4123;
let child: ReturnType<typeof spawn> | undefined;

/** Stops the dev server's whole process group and waits (up to 10 s) until it has exited. */
async function stopDevServer(): Promise<void> {
  const running = child;
  child = undefined;
  if (!running?.pid) return;
  const exited = new Promise((resolve) => running.once("exit", resolve));
  process.kill(-running.pid, "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

afterEach(stopDevServer);

/** Local addresses listening on a TCP port, from /proc/net/tcp and tcp6 (hex, as the kernel writes them). */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[3] === "0A" && cols[1]?.endsWith(`:${hexPort}`))
      .map((cols) => cols[1]?.split(":")[0] ?? ""),
  );
}

async function waitForListener(port: number): Promise<string[]> {
  for (let i = 0; i < 240; i++) {
    const found = listeners(port);
    if (found.length > 0) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing listened on port ${port}`);
}

describe("npm run dev", () => {
  it("takes -p from its arguments and listens on 127.0.0.1 only", async () => {
    child = spawn("npm", ["run", "dev", "--", "-p", String(PORT)], {
      env: { ...process.env, KEYSTATIC_ENABLED: "0", NEXT_TELEMETRY_DISABLED: "1", PORT: "" },
      detached: true,
      stdio: "ignore",
    });
    // 0100007F is 127.0.0.1 in /proc's byte order; 00000000 would be every interface.
    expect(await waitForListener(PORT)).toEqual(["0100007F"]);
  });

  // `npm run dev` listens with -H 127.0.0.1, and then Next proxies proxy.ts's rewrite as a new request that
  // proxy.ts sees again: the rewrite to the treatment's own copy must pass it (it once answered 404).
  // In a copy of the project: a dev server that compiles a page rewrites tsconfig.json.
  it("serves the form with the treatment in the address preselected, as the production server does", async () => {
    const project = copyProject();
    try {
      child = spawn("npm", ["run", "dev", "--", "-p", String(PORT)], {
        cwd: project.dir,
        env: { ...process.env, KEYSTATIC_ENABLED: "0", NEXT_TELEMETRY_DISABLED: "1", PORT: "" },
        detached: true,
        stdio: "ignore",
      });
      await waitForListener(PORT);
      let response: Response | undefined;
      // Until the route has compiled and Contentlayer has generated: no answer yet, or a 500. A 404 is an answer.
      for (let i = 0; i < 90 && (response === undefined || response.status >= 500); i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 1000));
        response = await fetch(`http://127.0.0.1:${PORT}/consultation?treatment=prp-facial`).catch(() => undefined);
      }
      expect(response?.status).toBe(200);
      expect(await response?.text()).toContain('<option value="prp-facial" selected="">PRP facial</option>');
    } finally {
      // The server writes .next/dev until it has exited (and its children a moment after): only then remove the copy.
      await stopDevServer();
      await new Promise((r) => setTimeout(r, 500));
      await project.remove();
    }
  });
});
