import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import { clinic, expect, publishedPages, publishedTreatments, siteUrl, test } from "./fixtures";

// Crawlers run no JavaScript: everything here is checked on the HTML as served.
test.use({ javaScriptEnabled: false });

type Node = Record<string, unknown> & { "@type"?: string | string[]; "@id"?: string };

async function graphOf(page: Page): Promise<Node[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts, "one JSON-LD graph per page").toHaveLength(1);
  const data = JSON.parse(scripts[0] ?? "") as { "@context": string; "@graph": Node[] };
  expect(data["@context"]).toBe("https://schema.org");
  return data["@graph"];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The og:image the page names, as an absolute URL on this site. */
async function shareImageOf(page: Page): Promise<URL> {
  const image = (await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "";
  expect(image).toMatch(new RegExp(`^${escapeRegExp(siteUrl)}/`));
  return new URL(image);
}

/** Width and height from a PNG's IHDR chunk; fails on anything that is not a PNG. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString("hex"), "PNG signature").toBe("89504e470d0a1a0a");
  expect(png.subarray(12, 16).toString("latin1"), "IHDR first").toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const ofType = (graph: Node[], type: string) => graph.filter((n) => n["@type"] === type);

/** Every @id a node points at is defined in the same graph: one connected graph, not loose blobs. */
function expectLinksResolve(graph: Node[]) {
  const defined = new Set(graph.map((n) => n["@id"]).filter(Boolean));
  const refs: string[] = [];
  const walk = (value: unknown, top: boolean) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, false));
    else if (value && typeof value === "object") {
      const keys = Object.keys(value);
      if (!top && keys.length === 1 && keys[0] === "@id") refs.push((value as Node)["@id"] as string);
      Object.values(value).forEach((v) => walk(v, false));
    }
  };
  graph.forEach((node) => walk(node, true));
  for (const ref of refs) expect(defined, `@id ${ref} is defined in the graph`).toContain(ref);
}

for (const { path, title } of publishedPages) {
  test.describe(`${path} as a crawler sees it`, () => {
    test("has an absolute, self-referencing canonical URL and a description a search result can show", async ({ page }) => {
      await page.goto(path);
      // Next writes the root's canonical without the trailing slash; both name the same URL.
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", path === "/" ? siteUrl : `${siteUrl}${path}`);
      const description = (await page.locator('meta[name="description"]').getAttribute("content")) ?? "";
      expect(description.length).toBeGreaterThanOrEqual(50);
      expect(description.length).toBeLessThanOrEqual(160);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
        "content",
        new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
      );
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "index, follow");
    });

    test("shares an image of its own: a 1200×630 PNG served from its own address, the same for Twitter", async ({ page, request }) => {
      await page.goto(path);
      const image = await shareImageOf(page);
      expect(await page.locator('meta[name="twitter:image"]').getAttribute("content")).toBe(image.href);
      // The image route lives in the page's own segment (Next adds a hash to the name inside route groups).
      expect(image.pathname).toMatch(new RegExp(`^${path === "/" ? "" : escapeRegExp(path)}/opengraph-image(-[a-z0-9]+)?$`));
      const response = await request.get(`${image.pathname}${image.search}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    });

    test("has one connected JSON-LD graph with the clinic as MedicalClinic and no ratings", async ({ page }) => {
      await page.goto(path);
      const graph = await graphOf(page);
      const [clinicNode] = ofType(graph, "MedicalClinic");
      expect(clinicNode).toMatchObject({
        name: clinic.name,
        telephone: clinic.phone,
        url: `${siteUrl}/`,
        address: { streetAddress: clinic.address.street, postalCode: clinic.address.postalCode },
        geo: { latitude: clinic.geo.latitude, longitude: clinic.geo.longitude },
      });
      expect(clinicNode?.openingHoursSpecification).toHaveLength(clinic.openingHours.length);
      expectLinksResolve(graph);
      const text = JSON.stringify(graph);
      expect(text).not.toMatch(/aggregateRating|"review"/i);
    });

    test("has landmarks, one h1 and headings in order", async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("banner")).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("contentinfo")).toHaveCount(1);
      await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i} skips a level`).toBeLessThanOrEqual(1));
    });
  });
}

for (const treatment of publishedTreatments) {
  test.describe(`${treatment.url} structured data`, () => {
    test("describes a reviewed MedicalWebPage about a MedicalProcedure, citing its sources", async ({ page }) => {
      await page.goto(treatment.url);
      const graph = await graphOf(page);
      const [webPage] = ofType(graph, "MedicalWebPage");
      expect(webPage).toMatchObject({ url: `${siteUrl}${treatment.url}`, name: treatment.title, lastReviewed: treatment.lastReviewed });
      await expect(page.locator("time").first()).toHaveAttribute("datetime", treatment.lastReviewed);

      const reviewer = graph.find((n) => n["@id"] === (webPage?.reviewedBy as Node)["@id"]);
      expect(reviewer?.["@type"]).toMatch(/^(Person|Physician)$/);
      await expect(page.getByText(/Medically reviewed by/)).toContainText(String(reviewer?.name));

      const procedure = graph.find((n) => n["@id"] === (webPage?.about as Node)["@id"]);
      expect(procedure).toMatchObject({
        "@type": "MedicalProcedure",
        name: treatment.title,
        procedureType: `https://schema.org/${treatment.procedureType}`,
        followup: treatment.sessions,
      });
      // How it is performed is the page's own "How it goes" steps, in order.
      const steps = await page
        .getByRole("heading", { level: 2, name: /^How it goes/ })
        .locator("xpath=following-sibling::ol[1]/li")
        .evaluateAll((items) =>
          items.map((item) => {
            // The numbered links to the sources are the page's; structured data cites them separately.
            const step = item.cloneNode(true) as Element;
            step.querySelectorAll('a[href^="#source-"]').forEach((link) => (link.closest("sup") ?? link).remove());
            return step.textContent ?? "";
          }),
        );
      expect(steps.length).toBeGreaterThan(1);
      expect(procedure?.howPerformed).toBe(
        steps
          .map(
            (step, i) =>
              `${i + 1}. ${step
                .replace(/\s+/g, " ")
                .trim()
                .replace(/\s+([.,;])/g, "$1")}`,
          )
          .join(" "),
      );

      const citations = webPage?.citation as Node[];
      expect(citations.map((c) => c.name)).toEqual(treatment.sources.map((s) => s.title));
    });

    test("has a BreadcrumbList that matches the visible breadcrumbs", async ({ page }) => {
      await page.goto(treatment.url);
      const [breadcrumb] = ofType(await graphOf(page), "BreadcrumbList");
      const items = breadcrumb?.itemListElement as { name: string; item: string; position: number }[];
      const visible = await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem").allInnerTexts();
      expect(items.map((i) => i.name)).toEqual(visible.map((t) => t.replace(/^\/\s*/, "").trim()));
      expect(items.at(-1)?.item).toBe(`${siteUrl}${treatment.url}`);
    });

    test("has an FAQPage whose questions and answers are exactly the FAQ on the page", async ({ page }) => {
      await page.goto(treatment.url);
      const [faq] = ofType(await graphOf(page), "FAQPage");
      const entities = faq?.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
      const section = page.getByRole("region", { name: "Frequently asked questions" });
      const questions = await section.getByRole("heading", { level: 3 }).allInnerTexts();
      const answers = await section.locator("p").allInnerTexts();
      expect(entities.map((e) => e.name)).toEqual(questions);
      expect(entities.map((e) => e.acceptedAnswer.text)).toEqual(answers);
    });

    test("contains its full text, disclaimer included, without JavaScript", async ({ page }) => {
      await page.goto(treatment.url);
      await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toContainText(treatment.disclaimer);
      await expect(page.getByRole("heading", { name: "Risks and side effects" })).toBeVisible();
      for (const faq of treatment.faqs) await expect(page.getByText(faq.answer, { exact: true })).toBeVisible();
    });
  });
}

test("no two published pages share the same share image", async ({ page, request }) => {
  const owners = new Map<string, string>();
  for (const { path } of publishedPages) {
    await page.goto(path);
    const image = await shareImageOf(page);
    const digest = createHash("sha256")
      .update(await (await request.get(`${image.pathname}${image.search}`)).body())
      .digest("hex");
    expect(owners.get(digest), `${path} shows the same image as ${owners.get(digest)}`).toBeUndefined();
    owners.set(digest, path);
  }
  expect(owners.size).toBe(publishedPages.length);
});

test("a treatment's share image, drawn on its first request, is the same image when asked again; no image is drawn for a treatment that does not exist", async ({
  page,
  request,
}) => {
  const [treatment] = publishedTreatments;
  await page.goto(`/treatments/${treatment?.slug ?? ""}`);
  const image = await shareImageOf(page);
  const first = await request.get(`${image.pathname}${image.search}`);
  const again = await request.get(`${image.pathname}${image.search}`);
  expect(first.status()).toBe(200);
  expect(Buffer.compare(await first.body(), await again.body())).toBe(0);
  // The same route for a slug no document has: a 404, not a card with an empty title.
  const unknown = await request.get(image.pathname.replace(treatment?.slug ?? "", "no-such-treatment"));
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"]).not.toBe("image/png");
});

test("the sitemap lists exactly the published pages, with lastmod from the review date", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs.sort()).toEqual(publishedPages.map((p) => `${siteUrl}${p.path === "/" ? "/" : p.path}`).sort());
  for (const treatment of publishedTreatments) {
    expect(xml).toContain(`<loc>${siteUrl}${treatment.url}</loc>\n<lastmod>${treatment.lastReviewed}`);
  }
  expect([...xml.matchAll(/<url>/g)]).toHaveLength(locs.length);
  expect([...xml.matchAll(/<lastmod>/g)]).toHaveLength(locs.length);
});

test("robots.txt allows crawling and names the sitemap", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/User-Agent: \*\nAllow: \//i);
  expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
});

test("the 404 page is kept out of search results", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  const robots = await page.locator('meta[name="robots"]').evaluateAll((els) => els.map((e) => e.getAttribute("content")));
  expect(robots.length).toBeGreaterThan(0);
  for (const content of robots) expect(content).toMatch(/noindex/);
});
