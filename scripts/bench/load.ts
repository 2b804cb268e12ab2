/**
 * autocannon in a process of its own, through its CLI's JSON output. Called
 * inside the bench's process, the same load came out 15 to 25% slower than
 * from a plain node process in the same minutes (about 1,050 against 1,300
 * req/s for a treatment page): the bench's own heap and loaded modules slow
 * the load generator, which shares the 2 cores with the server. In its own
 * process it measures the server, not the bench.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import type { AutocannonResult } from "autocannon";

const cli = createRequire(import.meta.url).resolve("autocannon");

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  headers?: Record<string, string>;
}

export function loadTest({ url, connections, duration, headers = {} }: LoadOptions): Promise<AutocannonResult> {
  const args = [cli, "--json", "-c", String(connections), "-d", String(duration)];
  for (const [key, value] of Object.entries(headers)) args.push("-H", `${key}=${value}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${err.trim().split("\n").slice(-2).join(" | ")}`));
      try {
        resolve(JSON.parse(out) as AutocannonResult);
      } catch {
        reject(new Error(`autocannon printed no JSON: ${out.slice(0, 200)}`));
      }
    });
  });
}
