import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { newFormTicket, serializeTicket } from "../lib/consultation/ticket";
import { clinic, expect, publishedTreatments, test } from "./fixtures";
import { E2E_CONSULTATION_SECRET } from "./secret";

// The production server started against a PostgreSQL that is not running, then
// running, then hung (every one of its processes stopped with SIGSTOP): the
// pages never depend on it, the form says plainly that online requests are
// paused, and requests work again by themselves when it is back.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 60;
const base = `http://127.0.0.1:${PORT}`;
const SCRIPT = "scripts/ensure-postgres.sh";
// Short, so that a hung database is given up on quickly; the assertions never measure time.
const STATEMENT_TIMEOUT_MS = 1500;
const PAUSED = "Online requests are paused just now";
const treatment = publishedTreatments[0];
let server: ChildProcess | undefined;
let postgres: { url: string; data: string } | undefined;
let skipped: string | undefined;

// Serial on purpose: these tests are one outage told in order (down, a post while down, back up,
// hung), each step starting from the state the one before left.
test.describe.configure({ mode: "serial" });

/** The cluster's processes: the postmaster (first line of postmaster.pid) and its children. */
function clusterPids(data: string): number[] {
  const postmaster = Number(readFileSync(`${data}/postmaster.pid`, "utf8").split("\n")[0]);
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // Field 4 of /proc/<pid>/stat, after the parenthesised command name, is the parent pid.
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster;
      } catch {
        return false; // the process ended while we looked
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

const signal = (name: "SIGSTOP" | "SIGCONT") => {
  if (postgres) for (const pid of clusterPids(postgres.data)) process.kill(pid, name);
};

test.beforeAll(async () => {
  let out = "";
  try {
    out = execFileSync("bash", [SCRIPT], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 120_000 });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? "");
  }
  const line = (key: string) =>
    out
      .split("\n")
      .find((l) => l.startsWith(`${key}=`))
      ?.slice(key.length + 1);
  const url = line("DATABASE_URL");
  const data = line("PGDATA");
  if (!url || !data) {
    skipped = line("REASON") ?? "ensure-postgres.sh gave no database";
    return;
  }
  postgres = { url, data };
  // An outage from the start: the server is started with a DATABASE_URL nobody answers on.
  execFileSync("bash", [SCRIPT, "--halt", data]);
  server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      CONSULTATION_SECRET: E2E_CONSULTATION_SECRET,
      CONSULTATION_MIN_FILL_MS: "1000",
      DATABASE_CONNECT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      DATABASE_RETRY_MAX_MS: "1000",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "silent",
    },
    stdio: "ignore",
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start while PostgreSQL was down");
});

test.afterAll(() => {
  signal("SIGCONT");
  server?.kill("SIGTERM");
  if (postgres) execFileSync("bash", [SCRIPT, "--stop", postgres.data]);
});

test.beforeEach(() => {
  // On a developer's machine without PostgreSQL these are skipped with the reason; in CI that is a failure.
  if (process.env.CI === "true" && skipped !== undefined) throw new Error(`PostgreSQL is needed in CI: ${skipped}`);
  test.skip(skipped !== undefined, skipped);
});

/** Opens the form as a visitor who has spent a while on it and returns everything the browser would post. */
async function filledForm(page: Page, email: string): Promise<Record<string, string>> {
  await page.goto(`${base}/consultation`);
  const ticket = (await page.context().cookies(`${base}/consultation`)).find((c) => c.name === "consultation-ticket");
  expect(ticket, "the form is served with its ticket while the database is down").toBeDefined();
  const id = ticket?.value.split(".")[0] ?? newFormTicket().id;
  await page.context().addCookies([{ ...ticket!, value: serializeTicket({ id, issuedAt: Date.now() - 5000 }, E2E_CONSULTATION_SECRET) }]);
  const hidden = await page
    .locator("form input[type=hidden]")
    .evaluateAll((els) => els.map((el) => [(el as HTMLInputElement).name, (el as HTMLInputElement).value] as const));
  return {
    ...Object.fromEntries(hidden),
    name: "Outage Example",
    email,
    phone: "",
    contactMethod: "email",
    treatment: treatment?.slug ?? "",
    timeWindow: "any",
    message: "",
    consent: "on",
  };
}

const post = (page: Page, fields: Record<string, string>) =>
  page.request.post(`${base}/consultation`, { multipart: fields, maxRedirects: 0 });

/** Sends the same form (one idempotency key) until it is stored: the database needs a moment to start and migrate. */
async function postUntilStored(page: Page, fields: Record<string, string>) {
  let status = 0;
  for (let i = 0; i < 60 && status !== 303; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 500));
    status = (await post(page, fields)).status();
  }
  return status;
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("with PostgreSQL not running, every page answers 200", async ({ request }) => {
    for (const path of [
      "/",
      "/consultation",
      `/consultation?treatment=${treatment?.slug ?? ""}`,
      treatment?.url ?? "/",
      "/clinic",
      "/legal/privacy",
    ]) {
      expect((await request.get(`${base}${path}`)).status(), path).toBe(200);
    }
  });

  test("with PostgreSQL not running, the consultation page itself says online requests are paused and gives the phone number", async ({
    page,
  }) => {
    await page.goto(`${base}/consultation`);
    const notice = page.getByRole("status").filter({ hasText: "Online requests are paused" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(clinic.phone);
    await expect(page.getByRole("button", { name: "Send request" })).toBeVisible();
  });

  test("with PostgreSQL not running, the form says online requests are paused, gives the phone number and keeps the answers", async ({
    page,
  }) => {
    const fields = await filledForm(page, "down@example.com");
    const response = await post(page, fields);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain("Your request was not sent");
    expect(html).toContain(PAUSED);
    expect(html).toContain(clinic.phone);
    expect(html).toContain('value="down@example.com"');
    expect(html).toContain('value="Outage Example"');
  });

  test("once PostgreSQL is started, a request is stored without restarting the site", async ({ page }) => {
    const fields = await filledForm(page, "back@example.com");
    execFileSync("bash", [SCRIPT, "--resume", postgres?.data ?? ""]);
    expect(await postUntilStored(page, fields)).toBe(303);
    expect(server?.exitCode, "the same server process answered").toBeNull();
    const stored = execFileSync("psql", [postgres?.url ?? "", "-Atc", "select email from consultation_requests"], { encoding: "utf8" });
    expect(stored.trim().split("\n")).toEqual(["back@example.com"]);
    const html = await (await page.request.get(`${base}/consultation`)).text();
    expect(html).not.toContain("Online requests are paused");
  });

  test("with PostgreSQL hung, a request answers with the paused message, and works again once it resumes", async ({ page }) => {
    const fields = await filledForm(page, "hung@example.com");
    signal("SIGSTOP");
    try {
      const response = await post(page, fields);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(PAUSED);
      expect(html).toContain('value="hung@example.com"');
      // The pages do not wait for it either.
      expect((await page.request.get(`${base}${treatment?.url ?? "/"}`)).status()).toBe(200);
    } finally {
      signal("SIGCONT");
    }
    expect(await postUntilStored(page, fields)).toBe(303);
    expect(await (await page.request.get(`${base}/consultation`)).text()).not.toContain("Online requests are paused");
  });
});
