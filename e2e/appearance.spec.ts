import AxeBuilder from "@axe-core/playwright";
import { controlContrasts } from "./contrast";
import { expect, publishedPages, test } from "./fixtures";

// What a visitor sees, page by page, on a phone and on a desktop.
const viewports = [
  { name: "360", width: 360, height: 740 },
  { name: "1280", width: 1280, height: 800 },
] as const;

// Pages kept out of search results that a visitor still meets.
const otherPages = [{ path: "/no-such-page", title: "404" }];

/**
 * axe reports contrast it cannot decide (text over an image, overlapping
 * elements, an exact 1:1) as "needs review" rather than as a violation; we
 * count each such item as a failure unless it is explained here, by the
 * control's text, with the reason a person checked and accepted it.
 */
const explainedContrastReviews: Record<string, string> = {};

const slug = (path: string) => (path === "/" ? "home" : path.slice(1).replace(/\//g, "-"));

for (const { path } of [...publishedPages, ...otherPages]) {
  for (const viewport of viewports) {
    test.describe(`${path} at ${viewport.name} px`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("every link and button has text a visitor can read: 4.5:1 against its own background", async ({ page }) => {
        await page.goto(path);
        const controls = await controlContrasts(page);
        expect(controls.length).toBeGreaterThan(0);
        const nameless = controls.filter((c) => c.name === "");
        expect(nameless, "links and buttons without visible text or a label").toEqual([]);
        const unreadable = controls.filter((c) => c.ratio === null || c.ratio < 4.5).filter((c) => !explainedContrastReviews[c.name]);
        expect(unreadable, "links and buttons below 4.5:1, or on a background that cannot be measured").toEqual([]);
      });

      test("axe finds no contrast to review, only contrast that passes", async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
        const failures = [...results.violations, ...results.incomplete]
          .flatMap((rule) =>
            rule.nodes.map((node) => ({
              rule: rule.id,
              target: node.target.join(" "),
              html: node.html,
              why: node.failureSummary ?? node.any.map((a) => a.message).join("; "),
            })),
          )
          .filter((item) => !Object.keys(explainedContrastReviews).some((name) => item.html.includes(`>${name}<`)));
        expect(failures).toEqual([]);
      });

      // Compared with the committed baseline (e2e/__screenshots__); after an intended change run
      // `npm run test:visual:update` and look at the new PNGs before committing them.
      test("looks as it did when the baseline was approved", async ({ page }) => {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        await expect(page).toHaveScreenshot(`${slug(path)}-${viewport.name}.png`, { fullPage: true });
      });
    });
  }
}

test("the contrast check catches a white-on-white button like the one it was written for", async ({ page }) => {
  await page.goto("/");
  // The old defect, as the stylesheet resolved it: the variant's white text on a caller's white background
  // (with the button's colour transition off, or the check would read a colour halfway there).
  await page
    .getByRole("link", { name: "Request a consultation" })
    .last()
    .evaluate((el) => Object.assign((el as HTMLElement).style, { transition: "none", color: "white", backgroundColor: "white" }));
  const unreadable = (await controlContrasts(page)).filter((c) => c.ratio !== null && c.ratio < 4.5);
  expect(unreadable).toEqual([expect.objectContaining({ name: "Request a consultation", ratio: 1 })]);
});
