/**
 * Consultation requests under load, as browsers with JavaScript off send them:
 * GET /consultation once, take every hidden <input> of its form (React's
 * server-action fields and ours; the idempotency key is empty, as without
 * JavaScript), then POST multipart/form-data with a unique email and a ticket
 * cookie of its own, served 10 s before (so the server makes each request's
 * key from its ticket and answers, lib/consultation/ticket.ts).
 * Acknowledged = HTTP 303 with Location /consultation/thanks...
 *
 * The crash run kill -9s the server's process group part-way, restarts it on
 * the same PGLITE_DIR and resends every request that got no answer with the
 * same body and ticket (so the same idempotency key), like a person pressing Send again.
 */
import http from "node:http";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { newFormTicket, serializeTicket, TICKET_COOKIE } from "../../lib/consultation/ticket";
import { get, multipartBody, parseAttributes } from "./http";
import { makeTempDir, run } from "./proc";
import { crashServer, startServer, stopServer, type Server } from "./server";

export interface ConsultationForm {
  path: string;
  hidden: [string, string][];
  treatmentOptions: string[];
}

/** The consultation form's hidden fields and treatment options, from the server-rendered HTML. */
export async function fetchForm(baseUrl: string, formPath: string): Promise<ConsultationForm> {
  const res = await get(`${baseUrl}${formPath}`);
  if (res.status !== 200) throw new Error(`GET ${formPath}: HTTP ${res.status}`);
  const html = res.body.toString("utf8");
  const forms = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)].map((m) => m[0]);
  const form = forms.find((f) => /name="idempotencyKey"/.test(f)) ?? forms.find((f) => /\$ACTION_/.test(f));
  if (!form) throw new Error(`GET ${formPath}: no <form> with an idempotencyKey field (${forms.length} forms on the page)`);
  const hidden: [string, string][] = [];
  for (const match of form.matchAll(/<input\b[^>]*>/gi)) {
    const attrs = parseAttributes(match[0]);
    const name = attrs.get("name");
    if (attrs.get("type")?.toLowerCase() === "hidden" && name) hidden.push([name, attrs.get("value") ?? ""]);
  }
  const select = /<select\b[^>]*name="treatment"[^>]*>([\s\S]*?)<\/select>/i.exec(form)?.[1] ?? "";
  const treatmentOptions = [...select.matchAll(/<option\b[^>]*>/gi)]
    .map((m) => parseAttributes(m[0]).get("value") ?? "")
    .filter((value) => value !== "");
  return { path: formPath, hidden, treatmentOptions };
}

interface Job {
  n: number;
  email: string;
  /** Built when first sent; a resend reuses it unchanged. */
  body?: Buffer;
  /** The ticket cookie, served 10 s before the first send; a resend reuses it unchanged. */
  cookie?: string;
  fields: () => [string, string][];
  acked: boolean;
  attempts: number;
  outcome: string;
}

const BOUNDARY_PREFIX = "----BenchFormBoundary";

function makeJobs(form: ConsultationForm, count: number, treatment: string, runId: string): Job[] {
  const jobs: Job[] = [];
  for (let n = 1; n <= count; n++) {
    const email = `bench-${runId}-${n}@example.com`;
    const fields = (): [string, string][] => [
      ...form.hidden.map(([name, value]): [string, string] => {
        if (name === "website") return [name, ""];
        return [name, value];
      }),
      ["name", `Bench Person ${n}`],
      ["email", email],
      ["phone", ""],
      ["contactMethod", "email"],
      ["treatment", treatment],
      ["timeWindow", "any"],
      ["message", `Bench request ${n}: please call about a consultation.`],
      ["consent", "on"],
    ];
    jobs.push({ n, email, fields, acked: false, attempts: 0, outcome: "not sent" });
  }
  return jobs;
}

type Outcome = { kind: "ack"; ms: number } | { kind: "http"; status: number; ms: number; detail: string } | { kind: "conn"; code: string };

function post(port: number, formPath: string, body: Buffer, cookie: string, boundary: string, agent: http.Agent): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: formPath,
        method: "POST",
        agent,
        headers: {
          "content-type": `multipart/form-data; boundary=${boundary}`,
          "content-length": body.length,
          origin: `http://127.0.0.1:${port}`,
          cookie,
          accept: "text/html,application/xhtml+xml",
          "user-agent": "clinic-bench",
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => {
          if (chunks.length < 4) chunks.push(chunk);
        });
        res.on("end", () => {
          const ms = performance.now() - started;
          const status = res.statusCode ?? 0;
          const location = res.headers.location ?? "";
          if (status === 303 && /\/consultation\/thanks/.test(location)) return resolve({ kind: "ack", ms });
          const text = Buffer.concat(chunks).toString("utf8");
          const alert = /role="alert"[^>]*>([\s\S]{0,200}?)</.exec(text)?.[1]?.trim();
          resolve({ kind: "http", status, ms, detail: location ? `Location ${location}` : (alert ?? "") });
        });
        res.on("error", () => resolve({ kind: "conn", code: "response aborted" }));
      },
    );
    req.setTimeout(60_000, () => req.destroy(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })));
    req.on("error", (error: NodeJS.ErrnoException) => resolve({ kind: "conn", code: error.code ?? error.message }));
    req.end(body);
  });
}

export interface LoadFigures {
  label: string;
  requests: number;
  acknowledged: number;
  rps: number;
  p50: number;
  p99: number;
  /** HTTP answers other than the acknowledgement, by status. */
  otherResponses: Record<string, number>;
  otherSample?: string;
  connectionErrors: number;
  connectionErrorsDuringGap: number;
  retriedJobs: number;
  notAcknowledged: number;
  rowsStored?: number;
  ackedMissing?: number;
  duplicates?: number;
  storedNotAcked?: number;
  downtimeMs?: number;
  killedAfterAcks?: number;
  exportError?: string;
  wallMs: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) : 0;

const MAX_ATTEMPTS = 6;

interface LoadOptions {
  projectDir: string;
  port: number;
  requests: number;
  concurrency: number;
  /** kill -9 after this many acknowledgements (crash run), then restart. */
  crashAfter?: number;
  label: string;
  log: (line: string) => void;
  serverEnv: (pgliteDir: string) => Record<string, string>;
}

/** A throwaway key, for the bench's servers only. */
const BENCH_SECRET = `bench-only-${randomBytes(24).toString("base64url")}`;

/** One run: a fresh PGLITE_DIR, a server, the load, stop, export, compare. */
export async function consultationRun(options: LoadOptions): Promise<LoadFigures> {
  const pgliteDir = makeTempDir("bench-pglite-");
  // The bench signs its own tickets (as a browser gets them from GET /consultation), so the server gets the key.
  const env = { ...options.serverEnv(pgliteDir), CONSULTATION_SECRET: BENCH_SECRET };
  let server: Server = await startServer({ dir: options.projectDir, port: options.port, env, readyPath: "/consultation" });
  try {
    const form = await fetchForm(server.baseUrl, "/consultation");
    const published = form.treatmentOptions;
    const treatment = published.includes("prp-hair-restoration") ? "prp-hair-restoration" : published[0];
    if (!treatment) throw new Error("the form offers no treatment to choose");
    const runId = randomBytes(3).toString("hex");
    const jobs = makeJobs(form, options.requests, treatment, runId);
    const boundary = `${BOUNDARY_PREFIX}${randomBytes(8).toString("hex")}`;

    let agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
    const latencies: number[] = [];
    const otherResponses: Record<string, number> = {};
    let otherSample: string | undefined;
    let acknowledged = 0;
    let connectionErrors = 0;
    let connectionErrorsDuringGap = 0;
    const retried = new Set<number>();
    let crashed = false;
    let gate: Promise<void> | undefined;
    let gateOpen = true;
    let downtimeMs: number | undefined;
    let killedAfterAcks: number | undefined;

    const crashAndRestart = async () => {
      const killedAt = performance.now();
      killedAfterAcks = acknowledged;
      options.log(`kill -9 of the server's process group (pid ${server.pid}) after ${acknowledged} acknowledged`);
      await crashServer(server);
      agent.destroy();
      agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
      server = await startServer({ dir: options.projectDir, port: options.port, env, readyPath: "/consultation" });
      downtimeMs = performance.now() - killedAt;
      options.log(`restarted on the same PGLITE_DIR (pid ${server.pid}) after ${(downtimeMs / 1000).toFixed(1)} s`);
    };

    const queue: Job[] = [];
    let nextJob = 0;
    let inFlight = 0;
    const started = performance.now();
    let lastAnswer = started;

    const worker = async () => {
      for (;;) {
        const job = queue.shift() ?? (nextJob < jobs.length ? jobs[nextJob++] : undefined);
        if (!job) {
          if (inFlight === 0 && queue.length === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 20));
          continue;
        }
        if (gate) await gate;
        inFlight++;
        job.attempts++;
        if (job.attempts > 1) retried.add(job.n);
        job.body ??= multipartBody(job.fields(), boundary);
        job.cookie ??= `${TICKET_COOKIE}=${serializeTicket(newFormTicket(Date.now() - 10_000), BENCH_SECRET)}`;
        const outcome = await post(options.port, form.path, job.body, job.cookie, boundary, agent);
        inFlight--;
        if (outcome.kind === "ack") {
          job.acked = true;
          job.outcome = "acknowledged";
          latencies.push(outcome.ms);
          lastAnswer = performance.now();
          acknowledged++;
          if (options.crashAfter !== undefined && !crashed && acknowledged >= options.crashAfter) {
            crashed = true;
            gateOpen = false;
            gate = crashAndRestart().finally(() => {
              gateOpen = true;
            });
          }
          continue;
        }
        if (outcome.kind === "http") {
          latencies.push(outcome.ms);
          lastAnswer = performance.now();
          const key = `HTTP ${outcome.status}`;
          otherResponses[key] = (otherResponses[key] ?? 0) + 1;
          otherSample ??= `${key}${outcome.detail ? `: ${outcome.detail.slice(0, 160)}` : ""}`;
          job.outcome = key;
          // A server error may be a restart in progress: resend it like a person would; anything else stands.
          if (outcome.status >= 500 && job.attempts < MAX_ATTEMPTS) {
            await new Promise((resolve) => setTimeout(resolve, 200));
            queue.push(job);
          }
          continue;
        }
        connectionErrors++;
        if (crashed && !gateOpen) connectionErrorsDuringGap++;
        job.outcome = `connection error (${outcome.code})`;
        if (job.attempts < MAX_ATTEMPTS) {
          if (gate && !gateOpen) await gate;
          else await new Promise((resolve) => setTimeout(resolve, 200));
          queue.push(job);
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    if (gate) await gate;
    const wallMs = lastAnswer - started;
    agent.destroy();
    await stopServer(server);

    latencies.sort((a, b) => a - b);
    const figures: LoadFigures = {
      label: options.label,
      requests: jobs.length,
      acknowledged: jobs.filter((j) => j.acked).length,
      rps: (latencies.length / wallMs) * 1000,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      otherResponses,
      otherSample,
      connectionErrors,
      connectionErrorsDuringGap,
      retriedJobs: retried.size,
      notAcknowledged: jobs.filter((j) => !j.acked).length,
      downtimeMs,
      killedAfterAcks,
      wallMs,
    };

    // PGlite is single-process: the export runs only now that the server has stopped.
    try {
      const rows = await exportRows(options.projectDir, pgliteDir);
      const byEmail = new Map<string, number>();
      for (const row of rows) if (row.email) byEmail.set(row.email, (byEmail.get(row.email) ?? 0) + 1);
      const ours = rows.filter((r) => r.email?.startsWith(`bench-${runId}-`));
      figures.rowsStored = rows.length;
      figures.ackedMissing = jobs.filter((j) => j.acked && !byEmail.has(j.email)).length;
      figures.duplicates = [...byEmail.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
      const ackedEmails = new Set(jobs.filter((j) => j.acked).map((j) => j.email));
      figures.storedNotAcked = ours.filter((r) => !ackedEmails.has(r.email ?? "")).length;
    } catch (error) {
      figures.exportError = (error as Error).message;
    }
    return figures;
  } finally {
    if (server.alive()) await stopServer(server);
  }
}

async function exportRows(projectDir: string, pgliteDir: string): Promise<{ email: string | null }[]> {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir };
  delete env.DATABASE_URL;
  const result = await run(process.execPath, ["--import", "tsx", path.join("cli", "consultations.ts"), "export", "--format", "json"], {
    cwd: projectDir,
    env,
    timeoutMs: 120_000,
  });
  if (result.status !== 0)
    throw new Error(`consultations export exited ${result.status}: ${result.output.trim().split("\n").slice(-2).join(" ")}`);
  const rows = JSON.parse(result.stdout) as unknown;
  if (!Array.isArray(rows)) throw new Error("consultations export did not print a JSON array");
  return rows as { email: string | null }[];
}
