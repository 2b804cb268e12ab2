import { loadContent } from "../lib/content/load";
import { clinic, draftTreatments, expect, expectSingleHeading, test } from "./fixtures";

test("the content includes a draft, so the draft tests below test something", () => {
  expect(draftTreatments.length).toBeGreaterThan(0);
});

for (const draft of draftTreatments) {
  test(`the draft "${draft.title}" is not published anywhere`, async ({ page, request }) => {
    const response = await page.goto(draft.url);
    expect(response?.status()).toBe(404);
    await page.goto("/treatments");
    await expect(page.getByText(draft.title)).toHaveCount(0);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).not.toContain(draft.url);
  });
}

test("an unknown address shows a helpful 404 page", async ({ page }) => {
  const response = await page.goto("/treatments/no-such-treatment");
  expect(response?.status()).toBe(404);
  await expectSingleHeading(page, "We could not find that page");
  await page.getByRole("main").getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL("/");
});

test("the clinic page shows the address, hours, phone and a map link from the clinic document", async ({ page }) => {
  await page.goto("/clinic");
  await expectSingleHeading(page, "Visit and contact");
  const main = page.getByRole("main");
  await expect(main.getByText(clinic.address.street)).toBeVisible();
  await expect(main.getByRole("link", { name: clinic.phone })).toBeVisible();
  await expect(main.getByRole("link", { name: clinic.email })).toBeVisible();
  await expect(main.getByRole("link", { name: /open the map/i })).toHaveAttribute("href", clinic.mapUrl);
  for (const row of clinic.openingHours) {
    await expect(main.getByText(`${row.opens}–${row.closes}`).first()).toBeVisible();
  }
  // No embedded third-party map.
  await expect(page.locator("iframe")).toHaveCount(0);
});

const legalPages = loadContent().filter((doc) => doc.kind === "LegalPage");

for (const legal of legalPages) {
  const { title } = legal.data as { title: string };
  test(`the legal page "${title}" is linked from the footer and renders`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(`/legal/${legal.slug}`);
    await expectSingleHeading(page, title);
  });
}

test("the home page names the clinic and links to every section of the site", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expectSingleHeading(page, clinic.name);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Visit & contact" }).click();
  await expect(page).toHaveURL("/clinic");
});

test("a keyboard user can skip straight to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});

// The editing UI and the draft preview exist only in builds made with
// KEYSTATIC_ENABLED=1; in the public build their addresses are ordinary 404s.
test("the public site has no editing UI, CMS API or draft preview", async ({ request }) => {
  const draft = draftTreatments[0]?.slug ?? "prp-under-eye";
  const addresses = [
    "/keystatic",
    "/keystatic/collection/treatments",
    "/api/keystatic/tree",
    `/api/preview?secret=anything&collection=treatments&slug=${draft}`,
    "/api/preview/exit",
    `/preview/treatments/${draft}`,
  ];
  for (const address of addresses) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(404);
  }
  const write = await request.post("/api/keystatic/update", { data: {}, maxRedirects: 0 });
  expect(write.status(), "POST /api/keystatic/update").toBe(404);
});
