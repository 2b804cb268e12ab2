import { clinic, expect, expectSingleHeading, formatDate, practitioners, publishedTreatments, test } from "./fixtures";

test("the content has published treatments to test", () => {
  expect(publishedTreatments.length).toBeGreaterThanOrEqual(4);
});

for (const treatment of publishedTreatments) {
  test.describe(`the ${treatment.title} page`, () => {
    test("loads with one heading, the disclaimer visible near the top, and the reviewer and date", async ({ page }) => {
      const response = await page.goto(treatment.url);
      expect(response?.status()).toBe(200);
      await expectSingleHeading(page, treatment.title);

      const disclaimer = page.getByRole("complementary", { name: "Medical disclaimer" });
      await expect(disclaimer).toBeVisible();
      await expect(disclaimer).toContainText(treatment.disclaimer);
      // "Near the top": the disclaimer comes before the body's first section.
      const disclaimerTop = (await disclaimer.boundingBox())?.y ?? Infinity;
      const bodyTop = (await page.getByRole("heading", { level: 2 }).first().boundingBox())?.y ?? 0;
      expect(disclaimerTop).toBeLessThan(bodyTop);

      const reviewer = practitioners.get(treatment.reviewedBy);
      await expect(page.getByText(/Medically reviewed by/)).toContainText(reviewer?.name ?? "missing reviewer");
      await expect(page.getByText(/Medically reviewed by/)).toContainText(formatDate(treatment.lastReviewed));
    });

    test("shows its sessions, downtime, FAQs and every source", async ({ page }) => {
      await page.goto(treatment.url);
      await expect(page.getByText(treatment.sessions, { exact: true })).toBeVisible();
      await expect(page.getByText(treatment.downtime, { exact: true })).toBeVisible();
      for (const faq of treatment.faqs) {
        await expect(page.getByRole("heading", { name: faq.question })).toBeVisible();
        await expect(page.getByText(faq.answer, { exact: true })).toBeVisible();
      }
      const sources = page.getByRole("region", { name: "Sources" }).getByRole("listitem");
      await expect(sources).toHaveCount(treatment.sources.length);
      for (const source of treatment.sources) {
        await expect(sources.filter({ hasText: source.title })).toHaveCount(1);
      }
    });

    test("has the sections a patient needs, including risks and who it is not for", async ({ page }) => {
      await page.goto(treatment.url);
      for (const name of [/who it is not for/i, /risks and side effects/i, /how it goes/i]) {
        await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
      }
    });

    test("offers a consultation by the clinic's phone and email", async ({ page }) => {
      await page.goto(treatment.url);
      const cta = page.getByRole("region", { name: "Book a consultation" });
      await expect(cta.getByRole("link", { name: `Call ${clinic.phone}` })).toHaveAttribute("href", /^tel:\+\d+$/);
      await expect(cta.getByRole("link", { name: `Email ${clinic.email}` })).toHaveAttribute("href", `mailto:${clinic.email}`);
    });

    if (treatment.offLabel) {
      test("says that this use of PRP is off-label", async ({ page }) => {
        await page.goto(treatment.url);
        await expect(page.getByRole("complementary", { name: "Off-label use" })).toBeVisible();
      });
    }

    if (treatment.comparison) {
      test("shows the comparison table from its frontmatter rows", async ({ page }) => {
        await page.goto(treatment.url);
        const table = page.getByRole("table");
        await expect(table.getByRole("columnheader", { name: treatment.comparison?.left })).toBeVisible();
        await expect(table.getByRole("columnheader", { name: treatment.comparison?.right })).toBeVisible();
        for (const row of treatment.comparison?.rows ?? []) {
          await expect(table.getByRole("row", { name: new RegExp(row.aspect) })).toContainText(row.left);
        }
      });

      test("on a 360 px phone each row shows both treatments at once, with no sideways scrolling", async ({ page }) => {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.goto(treatment.url);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        const comparison = treatment.comparison;
        for (const row of comparison?.rows ?? []) {
          const cells = page.getByRole("row", { name: new RegExp(row.aspect) }).getByRole("cell");
          await expect(cells).toHaveCount(2);
          // Each answer carries its treatment's name, and both sit inside the screen side by side.
          await expect(cells.nth(0)).toHaveText(`${comparison?.left ?? ""}${row.left}`, { useInnerText: false });
          await expect(cells.nth(1)).toHaveText(`${comparison?.right ?? ""}${row.right}`, { useInnerText: false });
          for (const cell of [cells.nth(0), cells.nth(1)]) {
            await cell.scrollIntoViewIfNeeded();
            const box = await cell.boundingBox();
            expect(box && box.x >= 0 && box.x + box.width <= 360, `${row.aspect} fits the screen`).toBe(true);
          }
        }
      });
    }
  });
}

test("every treatment is reachable from the home page by clicking", async ({ page }) => {
  for (const treatment of publishedTreatments) {
    await page.goto("/");
    await page.getByRole("link", { name: treatment.title, exact: true }).first().click();
    await expect(page).toHaveURL(treatment.url);
    await expectSingleHeading(page, treatment.title);
  }
});

test("the treatments index lists exactly the published treatments", async ({ page }) => {
  await page.goto("/treatments");
  await expectSingleHeading(page, "Treatments");
  const cards = page.getByRole("list", { name: "All treatments" }).getByRole("listitem");
  await expect(cards).toHaveCount(publishedTreatments.length);
  for (const treatment of publishedTreatments) {
    await expect(page.getByRole("link", { name: treatment.title, exact: true })).toHaveAttribute("href", treatment.url);
  }
});

test("the disclaimer is in the HTML as served, without JavaScript", async ({ request }) => {
  for (const treatment of publishedTreatments) {
    const html = await (await request.get(treatment.url)).text();
    expect(html).toContain(treatment.disclaimer.replaceAll("'", "&#x27;").replaceAll('"', "&quot;"));
  }
});
