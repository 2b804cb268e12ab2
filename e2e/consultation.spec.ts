import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { newFormTicket, serializeTicket } from "../lib/consultation/ticket";
import { clinic, expect, publishedTreatments, test } from "./fixtures";
import { E2E_CONSULTATION_SECRET } from "./secret";

// This spec runs its own production server on a fresh embedded database, so
// that at the end it can stop it and read what was stored with the staff CLI.
// It starts with the same secret as playwright.config.ts's server, so tests can
// sign the tickets they backdate, and with the per-address limit at 5: from this
// machine's one address the tests below store exactly 5 requests before the last
// one attacks the limit.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const base = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "clinic-e2e-consultations-"));
const RATE_LIMIT = 5;
let server: ChildProcess | undefined;

// In order, in one worker, sharing one server (the project runs one worker). Not serial: a failing
// test must not keep the others from running. After a failure Playwright starts a new worker, with
// a new server and an empty database, for the tests that are left.

test.beforeAll(async () => {
  server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      PGLITE_DIR: dataDir,
      CONSULTATION_MIN_FILL_MS: "1000",
      CONSULTATION_SECRET: E2E_CONSULTATION_SECRET,
      CONSULTATION_RATE_LIMIT: String(RATE_LIMIT),
      TRUSTED_PROXIES: "0",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/consultation`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the consultation test server did not start");
});

test.afterAll(() => {
  server?.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
});

const stamp = Date.now();
const emails = {
  noJs: `nojs-${stamp}@example.com`,
  js: `js-${stamp}@example.com`,
  twice: `twice-${stamp}@example.com`,
  rejected: `rejected-${stamp}@example.com`,
  tabs: `tabs-${stamp}@example.com`,
};
const treatment = publishedTreatments[0];
/** The attack test's posts that were stored (the export must show exactly these). */
let attackAccepted: string[] | undefined;
/** The consent wording's version the form showed (every stored request must record it). */
let shownConsentVersion: string | undefined;

/** The form's own error summary (Next adds a route announcer that is also an alert). */
const formAlert = (page: Page) => page.getByRole("alert").filter({ hasText: /Please check the form|Your request was not sent/ });

async function fillValid(page: Page, email: string) {
  await page.getByLabel("Your name").fill("Alex Example");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("By email").check();
  await page.getByLabel("Treatment you would like to discuss").selectOption(treatment?.slug ?? "");
  await page.getByLabel("Any time", { exact: true }).check();
  await page.getByLabel("Anything else we should know? (optional)").fill("Weekday mornings are best.");
  await page.getByRole("checkbox").check();
}

/** A ticket for a view of the form served at `servedAt`, signed with the server's key as the server would sign it. */
const signedTicket = (servedAt: number, id: string = newFormTicket().id) =>
  serializeTicket({ id, issuedAt: servedAt }, E2E_CONSULTATION_SECRET);

/** The ticket cookie GET /consultation gave this browser. */
async function ticketCookie(page: Page) {
  const ticket = (await page.context().cookies(`${base}/consultation`)).find((c) => c.name === "consultation-ticket");
  expect(ticket, "GET /consultation sets the ticket cookie").toBeDefined();
  return ticket!;
}

/**
 * Moves the ticket's time, keeping its id: the ticket says when the form was
 * served, and it is signed, so the test signs the moved time with the key the
 * server was started with (a bot, without the key, cannot; see "a made-up ticket").
 */
async function backdateTicket(page: Page, servedAt: number) {
  const ticket = await ticketCookie(page);
  const id = ticket.value.split(".")[0] ?? "";
  await page.context().addCookies([{ ...ticket, value: signedTicket(servedAt, id) }]);
}

/**
 * Opens the form as a visitor who has spent a while on it: the server refuses
 * forms sent faster than a person could fill them in, and the tests must not
 * race that clock, so the ticket says the form was served five seconds ago.
 */
async function openForm(page: Page, path = "/consultation") {
  await page.goto(`${base}${path}`);
  await backdateTicket(page, Date.now() - 5000);
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a complete request is stored and the thanks page follows; reloading it sends nothing again", async ({ page }) => {
    await openForm(page);
    await fillValid(page, emails.noJs);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page).toHaveURL(`${base}/consultation/thanks`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you, we have your request");
    // It confirms this request: its reference, the treatment asked about and how the clinic will reply.
    await expect(page.getByText(/^[0-9A-F]{8}$/)).toBeVisible();
    await expect(page.getByText(treatment?.title ?? "missing treatment", { exact: true })).toBeVisible();
    await expect(page.getByText(/email you at the address you gave, at any time of day/)).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you, we have your request");
  });

  test("a treatment in the address is preselected without JavaScript too", async ({ page }) => {
    await page.goto(`${base}/consultation?treatment=${treatment?.slug ?? ""}`);
    await expect(page.getByLabel("Treatment you would like to discuss")).toHaveValue(treatment?.slug ?? "");
  });

  test("missing fields come back next to their fields with what to fix, and typed values are kept", async ({ page }) => {
    await openForm(page);
    await page.getByLabel("Your name").fill("Sam Kept");
    await page.getByLabel("Anything else we should know? (optional)").fill("Please call after 5.");
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(formAlert(page)).toContainText("Please check the form");
    await expect(page.getByText("Enter an email address or a phone number so we can reach you").last()).toBeVisible();
    await expect(page.getByText("Choose the treatment you would like to talk about").last()).toBeVisible();
    await expect(page.getByText("Tick the box to agree").last()).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Sam Kept");
    await expect(page.getByLabel("Anything else we should know? (optional)")).toHaveValue("Please call after 5.");
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  });
});

test.describe("with JavaScript on", () => {
  test("errors show inline without a page load, then a corrected request goes through", async ({ page }) => {
    await openForm(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByLabel("Your name").fill("Jo Inline");
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByText("Enter an email address or a phone number so we can reach you").last()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expect(page.getByLabel("Your name")).toHaveValue("Jo Inline");
    await fillValid(page, emails.js);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page).toHaveURL(`${base}/consultation/thanks`);
  });

  test("control characters and an unknown treatment are field errors, not stored rows", async ({ page }) => {
    await openForm(page);
    await fillValid(page, emails.rejected);
    await page.getByLabel("Your name").fill("Bad\u0007Name");
    await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>("#treatment");
      select?.add(new Option("Made up", "made-up-treatment"));
      if (select) select.value = "made-up-treatment";
    });
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByText("Remove the special characters from your name").last()).toBeVisible();
    await expect(page.getByText("Choose a treatment from the list").last()).toBeVisible();
  });

  test("a treatment page's call to action preselects that treatment", async ({ page }) => {
    await page.goto(`${base}${treatment?.url ?? ""}`);
    await page.getByRole("region", { name: "Book a consultation" }).getByRole("link", { name: "Request a consultation" }).click();
    await expect(page).toHaveURL(`${base}/consultation?treatment=${treatment?.slug ?? ""}`);
    await expect(page.getByLabel("Treatment you would like to discuss")).toHaveValue(treatment?.slug ?? "");
  });

  test("a form for one treatment offers that treatment, and a link to choose any other", async ({ page }) => {
    await page.goto(`${base}/consultation?treatment=${treatment?.slug ?? ""}`);
    const select = page.getByLabel("Treatment you would like to discuss");
    await expect(select.locator("option:not([disabled])")).toHaveText([treatment?.title ?? "missing treatment"]);
    await page.getByRole("link", { name: "Ask about a different treatment" }).click();
    await expect(page).toHaveURL(`${base}/consultation`);
    const titles = publishedTreatments.map((t) => t.title).sort();
    await expect.poll(async () => (await select.locator("option:not([disabled])").allTextContents()).sort()).toEqual(titles);
  });

  // The server fills one template in per treatment (lib/consultation/preselected-form.ts): every published
  // treatment gets its own name and slug, and React takes the page over without a mismatch (a console error fails the test).
  for (const each of publishedTreatments) {
    test(`the form for ${each.title} names it, keeps it selected once React has taken over, and loads no runtime before`, async ({
      page,
    }) => {
      const scripts: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.push(request.url());
      });
      await page.goto(`${base}/consultation?treatment=${each.slug}`);
      const select = page.getByLabel("Treatment you would like to discuss");
      await expect(select).toHaveValue(each.slug);
      await expect(select.locator("option:checked")).toHaveText(each.title);
      expect(scripts.filter((url) => !url.includes("hydrate-on-interaction"))).toEqual([]);
      await page.getByLabel("Your name").click();
      await expect(page.locator("form[data-enhanced]")).toHaveCount(1);
      await expect(select).toHaveValue(each.slug);
      await expect(select.locator("option:not([disabled])")).toHaveText([each.title]);
    });
  }

  test("the copies behind the preselected form are not addresses of the site", async ({ request }) => {
    for (const path of [`/consultation/for/${treatment?.slug ?? ""}`, "/consultation/for/__preselected__"]) {
      const response = await request.get(`${base}${path}`);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain("__preselected");
    }
  });

  test("a router request for a preselected form gets the page, so the router loads it as one", async ({ request }) => {
    const response = await request.get(`${base}/consultation?treatment=${treatment?.slug ?? ""}`, { headers: { RSC: "1" } });
    expect(response.headers()["content-type"]).toContain("text/html");
    expect(await response.text()).toContain(`<option value="${treatment?.slug ?? ""}" selected="">`);
  });

  test("an unknown treatment in the address still shows the form, with nothing preselected", async ({ page }) => {
    const response = await page.goto(`${base}/consultation?treatment=retired-treatment`);
    expect(response?.status()).toBe(200);
    await expect(page.getByLabel("Treatment you would like to discuss")).toHaveValue("");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/consultation$/);
  });

  test("a request sent before the form's script has loaded still gets its errors in place", async ({ page }) => {
    await openForm(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    // Enter on the button is the first interaction: the loader holds the form until React has taken over.
    await page.getByRole("button", { name: "Send request" }).press("Enter");
    await expect(formAlert(page)).toContainText("Please check the form");
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  test("the form and its error state have no accessibility violations", async ({ page }) => {
    await openForm(page);
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(formAlert(page)).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe("sent by hand, as a browser or a bot would", () => {
  /** Opens the form (which hands this browser its ticket cookie) and returns the form's hidden fields. */
  async function formFields(page: Page) {
    await openForm(page);
    const hidden = await page
      .locator("form input[type=hidden]")
      .evaluateAll((els) => els.map((el) => [(el as HTMLInputElement).name, (el as HTMLInputElement).value] as const));
    return Object.fromEntries(hidden) as Record<string, string>;
  }

  const valid = (email: string) => ({
    name: "Twice Sent",
    email,
    phone: "",
    contactMethod: "email",
    treatment: treatment?.slug ?? "",
    timeWindow: "morning",
    message: "",
    consent: "on",
  });

  test("a form sent faster than a person could fill it in is refused and nothing is stored", async ({ page }) => {
    const fields = { ...(await formFields(page)), ...valid(emails.rejected) };
    await backdateTicket(page, Date.now());
    const response = await page.request.post(`${base}/consultation`, { multipart: fields, maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Your request was not sent");
  });

  test("the thanks page opened without sending anything sends the visitor to the form", async ({ page, context }) => {
    await context.clearCookies();
    await page.goto(`${base}/consultation/thanks`);
    await expect(page).toHaveURL(`${base}/consultation`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request a consultation");
  });

  test("a made-up receipt confirms nothing: the thanks page sends the visitor to the form", async ({ page, context }) => {
    for (const value of [crypto.randomUUID(), "not-a-uuid", "' or 1=1 --"]) {
      await context.clearCookies();
      await context.addCookies([{ name: "consultation-receipt", value, url: `${base}/consultation/thanks` }]);
      await page.goto(`${base}/consultation/thanks`);
      await expect(page).toHaveURL(`${base}/consultation`);
      await expect(page.getByText("Thank you, we have your request")).toHaveCount(0);
    }
  });

  test("the thanks page runs Next's scripts only under its own per-response nonce", async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const response = await request.get(`${base}/consultation/thanks`, { maxRedirects: 0 });
      const scriptSrc =
        (response.headers()["content-security-policy"] ?? "").split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc).not.toContain("unsafe-inline");
      nonces.add(/'nonce-([^']+)'/.exec(scriptSrc)?.[1] ?? "none");
    }
    expect(nonces.size).toBe(2);
    expect(nonces.has("none")).toBe(false);
  });

  test("the same form sent twice stores one request and both get the thanks page", async ({ page }) => {
    // Without JavaScript the form carries no key of its own: the ticket and the answers make it.
    const hidden = await formFields(page);
    expect(hidden.idempotencyKey).toBe("");
    const fields = { ...hidden, ...valid(emails.twice) };
    await backdateTicket(page, Date.now() - 5000);
    for (let i = 0; i < 2; i++) {
      const response = await page.request.post(`${base}/consultation`, { multipart: fields, maxRedirects: 0 });
      expect(response.status()).toBe(303);
      expect(response.headers().location).toContain("/consultation/thanks");
    }
    // Loaded as a page with JavaScript on, its inline scripts run under the nonce (a blocked one fails the test).
    await page.goto(`${base}/consultation/thanks`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you, we have your request");
    expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
  });

  test("two different requests sent from two tabs of one browser are both stored", async ({ page, context }) => {
    const first = { ...(await formFields(page)), ...valid(emails.tabs), treatment: publishedTreatments[0]?.slug ?? "" };
    const second = { ...(await formFields(await context.newPage())), ...valid(emails.tabs), treatment: publishedTreatments[1]?.slug ?? "" };
    await backdateTicket(page, Date.now() - 5000);
    for (const fields of [first, second]) {
      const response = await page.request.post(`${base}/consultation`, { multipart: fields, maxRedirects: 0 });
      expect(response.status()).toBe(303);
    }
  });

  test("a form sent without the page's ticket cookie is refused with a way forward, and nothing is stored", async ({ page, request }) => {
    const fields = { ...(await formFields(page)), ...valid(emails.rejected) };
    const response = await request.post(`${base}/consultation`, { multipart: fields, maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain("Your request was not sent");
    expect(html).toContain("Reload the page");
    expect(html).toContain(clinic.phone);
  });

  test("a made-up, edited, foreign or expired ticket is refused like a missing one, with a way forward and the answers kept", async ({
    page,
    request,
  }) => {
    const fields = { ...(await formFields(page)), ...valid(emails.rejected) };
    const real = (await ticketCookie(page)).value;
    const [id, issuedAt, mac] = real.split(".");
    const forgeries = {
      "made up, unsigned (<any uuid>.1)": `${crypto.randomUUID()}.1`,
      "unsigned, in the old format": `${crypto.randomUUID()}.${Date.now() - 5000}`,
      "the server's own ticket with its time moved back": `${id}.${Number(issuedAt) - 5000}.${mac}`,
      "signed with another key": serializeTicket(newFormTicket(Date.now() - 5000), "some-other-key-that-is-long-enough-0123456"),
      "signed, but older than its maximum age (24 hours)": signedTicket(Date.now() - 25 * 3600_000),
    };
    for (const [what, ticket] of Object.entries(forgeries)) {
      const response = await request.post(`${base}/consultation`, {
        multipart: fields,
        headers: { cookie: `consultation-ticket=${ticket}` },
        maxRedirects: 0,
      });
      expect(response.status(), what).toBe(200);
      const html = await response.text();
      expect(html, what).toContain("This copy of the form has expired, so nothing was sent");
      expect(html, what).toContain("Reload the page");
      expect(html, what).toContain(clinic.phone);
      expect(html, what).toContain(`value="${emails.rejected}"`);
    }
  });

  test("a form that says it showed another consent wording is refused, asks for the box to be ticked again, and nothing is stored", async ({
    page,
  }) => {
    const fields: Record<string, string> = { ...(await formFields(page)), ...valid(emails.rejected) };
    expect(fields.consentVersion).toMatch(/^v1-[0-9a-f]{16}$/);
    shownConsentVersion = fields.consentVersion;
    for (const version of ["v1-ffffffffffffffff", ""]) {
      const response = await page.request.post(`${base}/consultation`, {
        multipart: { ...fields, consentVersion: version },
        maxRedirects: 0,
      });
      expect(response.status(), version).toBe(200);
      const html = await response.text();
      expect(html, version).toContain("The consent wording has changed since this page was loaded, so nothing was sent");
      expect(html, version).toContain(clinic.phone);
      expect(html, version).toContain(`value="${emails.rejected}"`);
      // The page that answers shows the current wording and its version, with the box to tick again.
      expect(html, version).toContain(`name="consentVersion" value="${shownConsentVersion}"`);
      expect(html, version).not.toMatch(/<input[^>]*id="consent"[^>]*checked/);
    }
  });

  test("unknown fields, oversized bodies and cross-site posts get a clear refusal, never a 500", async ({ page }) => {
    const fields = { ...(await formFields(page)), ...valid(emails.rejected) };
    await backdateTicket(page, Date.now() - 5000);
    const request = page.request;
    const unknown = await request.post(`${base}/consultation`, { multipart: { ...fields, dateOfBirth: "1980-01-01" }, maxRedirects: 0 });
    expect(unknown.status()).toBe(200);
    expect(await unknown.text()).toContain("This form could not be read");

    const huge = await request.post(`${base}/consultation`, { multipart: { ...fields, message: "x".repeat(60_000) }, maxRedirects: 0 });
    expect(huge.status()).toBeGreaterThanOrEqual(400);
    expect(huge.status()).toBeLessThan(500);

    const crossSite = await request.post(`${base}/consultation`, {
      multipart: fields,
      headers: { origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(crossSite.status()).toBeGreaterThanOrEqual(400);
    expect(crossSite.status()).toBeLessThan(500);
  });

  test("treatment pages ship none of the form's JavaScript", async ({ page, request }) => {
    await page.goto(`${base}${treatment?.url ?? ""}`);
    const scripts = await page.locator("script[src]").evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
    for (const src of scripts) expect(await (await request.get(src)).text()).not.toContain("idempotencyKey");
  });

  // Last of the tests that post: it spends whatever is left of this machine's address's quota.
  test("40 rapid posts with valid tickets, a rotating X-Forwarded-For and distinct emails and phones are not all accepted", async ({
    page,
    request,
  }) => {
    const hidden = await formFields(page);
    const results = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const email = `attack-${stamp}-${i}@example.com`;
        const response = await request.post(`${base}/consultation`, {
          multipart: { ...hidden, ...valid(email), phone: `+1 503 555 ${String(1000 + i)}` },
          headers: {
            cookie: `consultation-ticket=${signedTicket(Date.now() - 5000)}`,
            // What a client says about itself, and a forged copy of the server's own stamp.
            "x-forwarded-for": `198.51.100.${i + 1}`,
            "x-clinic-peer-address": `192.0.2.${i + 1}`,
          },
          maxRedirects: 0,
        });
        return { email, status: response.status(), html: response.status() === 200 ? await response.text() : "" };
      }),
    );
    const accepted = results.filter((r) => r.status === 303);
    const refused = results.filter((r) => r.status === 200 && r.html.includes("You have sent several requests in a short time"));
    expect(accepted.length + refused.length, "every post is either stored or refused by the address limit").toBe(40);
    expect(accepted.length).toBeLessThanOrEqual(RATE_LIMIT);
    // A refusal keeps the answers and gives the phone number.
    expect(refused[0]?.html).toContain(`value="${refused[0]?.email}"`);
    expect(refused[0]?.html).toContain(clinic.phone);
    attackAccepted = accepted.map((r) => r.email);
  });
});

test("while the site runs, the staff CLI's export prints the requests just submitted", async () => {
  // The site holds the embedded database; the CLI's command runs in the site (lib/db/staff-socket.ts).
  const exported = spawnSync("node", ["--import", "tsx", "cli/consultations.ts", "export", "--format", "json"], {
    env: { ...process.env, PGLITE_DIR: dataDir },
    encoding: "utf8",
  });
  expect(exported.status, exported.stderr).toBe(0);
  expect(server?.exitCode, "the site is still running").toBeNull();
  const emailsExported = (JSON.parse(exported.stdout) as { email: string | null }[]).map((r) => r.email);
  expect(emailsExported).toContain(emails.noJs);
  expect(emailsExported).toContain(emails.twice);
});

test("the staff export shows each accepted request exactly once and nothing that was refused", async () => {
  server?.kill("SIGTERM");
  await new Promise<void>((resolve) => (server?.exitCode !== null ? resolve() : server.once("exit", () => resolve())));
  let exported = spawnSync("node", ["--import", "tsx", "cli/consultations.ts", "export", "--format", "json"], {
    env: { ...process.env, PGLITE_DIR: dataDir },
    encoding: "utf8",
  });
  for (let i = 0; i < 20 && exported.status === 2; i++) {
    // The server is still releasing the embedded database's lock.
    await new Promise((r) => setTimeout(r, 500));
    exported = spawnSync("node", ["--import", "tsx", "cli/consultations.ts", "export", "--format", "json"], {
      env: { ...process.env, PGLITE_DIR: dataDir },
      encoding: "utf8",
    });
  }
  expect(exported.status, exported.stderr).toBe(0);
  const rows = JSON.parse(exported.stdout) as { email: string | null; consentVersion: string | null }[];
  // Each request records the wording its page showed.
  if (shownConsentVersion) expect(new Set(rows.map((r) => r.consentVersion))).toEqual(new Set([shownConsentVersion]));
  const count = (email: string) => rows.filter((r) => r.email === email).length;
  expect(count(emails.noJs)).toBe(1);
  expect(count(emails.js)).toBe(1);
  expect(count(emails.twice)).toBe(1);
  expect(count(emails.tabs)).toBe(2);
  expect(count(emails.rejected)).toBe(0);
  if (attackAccepted)
    expect(
      rows
        .filter((r) => r.email?.startsWith(`attack-${stamp}-`))
        .map((r) => r.email)
        .sort(),
    ).toEqual([...attackAccepted].sort());
});
