import { loadContent } from "../lib/content/load";
import { clinic, draftTreatments, expect, expectSingleHeading, practitioners, publishedPages, publishedTreatments, test } from "./fixtures";

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

test("the 404 page suggests a few treatments and links to all of them", async ({ page }) => {
  await page.goto("/treatments/no-such-treatment");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: publishedTreatments[0]?.title ?? "missing treatment" })).toBeVisible();
  await main.getByRole("link", { name: "All treatments" }).click();
  await expect(page).toHaveURL("/treatments");
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

for (const { path } of publishedPages) {
  const isForm = path === "/consultation";
  test(`the header on ${path} ${isForm ? "offers no button to the form it is on" : "offers a request button that opens the form"}`, async ({
    page,
  }) => {
    await page.goto(path);
    const button = page.getByRole("banner").getByRole("link", { name: "Request a consultation" });
    if (isForm) {
      await expect(button).toHaveCount(0);
      return;
    }
    await expect(button).toBeVisible();
    await button.click();
    await expect(page).toHaveURL("/consultation");
    await expectSingleHeading(page, "Request a consultation");
  });
}

test("the home page introduces the practitioners with their credentials and photos from their files", async ({ page }) => {
  await page.goto("/");
  const team = page.getByRole("region", { name: "Who you will see" });
  for (const [, practitioner] of practitioners) {
    const name = [practitioner.honorificPrefix, practitioner.name].filter(Boolean).join(" ");
    await expect(team.getByRole("heading", { name: `${name}, ${practitioner.credentials}` })).toBeVisible();
    const photo = team.getByRole("img", { name: `Photo of ${name}` });
    await expect(photo).toHaveAttribute("src", practitioner.photo ?? "missing photo");
    // The photos load lazily: scroll to each as a visitor would, then it must have loaded.
    await photo.scrollIntoViewIfNeeded();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
});

test("the home page lists every treatment with its sessions and downtime", async ({ page }) => {
  await page.goto("/");
  const list = page.getByRole("region", { name: "Treatments" });
  for (const treatment of publishedTreatments) {
    const card = list.getByRole("listitem").filter({ has: page.getByRole("link", { name: treatment.title, exact: true }) });
    await expect(card).toContainText(treatment.sessions);
    await expect(card).toContainText(treatment.downtime);
  }
});

test('every "Medically reviewed by" line links to the medical review policy', async ({ page }) => {
  for (const treatment of publishedTreatments) {
    await page.goto(treatment.url);
    await page
      .getByText(/Medically reviewed by/)
      .getByRole("link")
      .click();
    await expect(page).toHaveURL("/legal/medical-review-policy");
    await expectSingleHeading(page, "How we review our medical information");
  }
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
    "/preview/sign-in",
    `/api/compliance/findings?collection=treatments&slug=${draft}`,
    `/preview/treatments/${draft}`,
  ];
  for (const address of addresses) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(404);
  }
  const write = await request.post("/api/keystatic/update", { data: {}, maxRedirects: 0 });
  expect(write.status(), "POST /api/keystatic/update").toBe(404);
});
