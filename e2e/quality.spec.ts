import AxeBuilder from "@axe-core/playwright";
import { buildInteractivePageHeaders, buildSecurityHeaders, isInteractiveRoute } from "../config/security-headers";
import { expect, publishedPages, test } from "./fixtures";

// What `next start` must send: the production policy.
const securityHeaders = buildSecurityHeaders({ dev: false });
const interactivePageHeaders = buildInteractivePageHeaders({ dev: false });

const viewports = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "a 360 px phone", width: 360, height: 740 },
] as const;

// Every published page, plus the 404 page (same layout, different content).
const pages = [...publishedPages, { path: "/no-such-page", title: "404" }];

// Pages with an interactive island of ours load Next's client runtime on the first
// interaction; the build (build/static-pages.ts) serves every other prerendered page as plain HTML.
const pagesWithIslands = new Set(["/consultation"]);

for (const { path } of pages) {
  test.describe(`${path}`, () => {
    for (const viewport of viewports) {
      test(`has no accessibility violations on ${viewport.name}`, async ({ page }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(summary).toEqual([]);
      });
    }

    test("makes no request to any other origin", async ({ page, baseURL }) => {
      const origins = new Set<string>();
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol !== "data:" && url.protocol !== "blob:") origins.add(url.origin);
      });
      await page.goto(path, { waitUntil: "networkidle" });
      // Scrolling to the end loads anything lazy (images, prefetches).
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState("networkidle");
      expect([...origins]).toEqual([new URL(baseURL ?? "").origin]);
    });

    if (pagesWithIslands.has(path)) {
      test("loads only a small loader until the visitor interacts, then the runtime its form needs", async ({ page }) => {
        const scripts: string[] = [];
        page.on("request", (request) => {
          if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
        });
        await page.goto(path, { waitUntil: "networkidle" });
        expect(scripts).toEqual([expect.stringMatching(/^\/_next\/static\/chunks\/hydrate-on-interaction-[0-9a-f]{12}\.js$/)]);
        // No inline script at all (its CSP allows none): Next's payload waits in a JSON data block.
        await expect(page.locator('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])')).toHaveCount(0);
        await expect(page.locator("form[data-enhanced]")).toHaveCount(0);

        await page.getByLabel("Your name").focus();
        await expect(page.locator("form[data-enhanced]")).toHaveCount(1);
        expect(scripts.length).toBeGreaterThan(1);
      });
    } else {
      test("is plain HTML: it loads and runs no JavaScript", async ({ page }) => {
        const scripts: string[] = [];
        page.on("request", (request) => {
          if (request.resourceType() === "script") scripts.push(request.url());
        });
        await page.goto(path, { waitUntil: "networkidle" });
        expect(scripts).toEqual([]);
        // JSON-LD is data, not code; nothing else may sit in a script element.
        await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
        await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
      });
    }

    test("answers with the security headers", async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      const interactive = isInteractiveRoute(path);
      const expected = new Map(securityHeaders.map((h) => [h.key, h.value]));
      if (interactive) for (const { key, value } of interactivePageHeaders) expected.set(key, value);
      for (const [key, value] of expected) expect(headers[key.toLowerCase()], key).toBe(value);
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).not.toContain("unsafe-eval");
      // Plain pages run no script, so their policy allows no inline script either.
      if (interactive) expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
      else expect(csp).toMatch(/script-src 'self';/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  });
}

test("the security headers say what the budget asks for, as the server sends them", async ({ request }) => {
  // The server's answer, not the config that is meant to produce it.
  const headers = (await request.get("/")).headers();
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{8,}/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  for (const feature of ["camera", "microphone", "geolocation", "interest-cohort"]) {
    expect(headers["permissions-policy"]).toContain(`${feature}=()`);
  }
  expect(headers["x-frame-options"]).toBe("DENY");
  // Content pages run no inline script, so their policy allows none.
  expect(headers["content-security-policy"]?.split("; ")).toContain("script-src 'self'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("static files and metadata routes carry the headers too", async ({ request }) => {
  for (const path of ["/sitemap.xml", "/robots.txt", "/opengraph-image"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
  }
});

for (const { path } of publishedPages) {
  test(`every link and control on ${path} can be reached by keyboard and shows where focus is`, async ({ page }) => {
    await page.goto(path);
    // Number every focusable element, then Tab through the page and see which ones focus lands on.
    const total = await page.evaluate(() => {
      // Tab stops: one per radio group (the checked one), nothing hidden or taken out of the order.
      const els = [
        ...document.querySelectorAll<HTMLElement>(
          "a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])",
        ),
      ].filter((el) => el.tabIndex !== -1 && !(el instanceof HTMLInputElement && el.type === "radio" && !el.checked));
      els.forEach((el, i) => el.setAttribute("data-kbd", String(i)));
      return els.length;
    });
    const reached = new Set<string>();
    for (let step = 0; step < total + 2; step++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          id: el.getAttribute("data-kbd") ?? "",
          name: `${el.tagName} ${el.textContent?.trim().slice(0, 40) ?? ""}`,
          outlined: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focused) continue;
      expect(focused.outlined, `focus is visible on ${focused.name}`).toBe(true);
      reached.add(focused.id);
    }
    expect(reached.size).toBe(total);
  });
}
