import { test as base, expect, type Page } from "@playwright/test";
import { loadContent } from "../lib/content/load";
import { clinicSchema, practitionerSchema, treatmentSchema } from "../lib/content/schema";

/** Treatments straight from content/, so a new document is tested without touching the suite. */
function treatmentsFromContent() {
  return loadContent()
    .filter((doc) => doc.kind === "Treatment")
    .map((doc) => ({ slug: doc.slug, url: `/treatments/${doc.slug}`, ...treatmentSchema.parse(doc.data) }));
}

const all = treatmentsFromContent();
export const publishedTreatments = all.filter((t) => !t.draft);
export const draftTreatments = all.filter((t) => t.draft);
export const practitioners = new Map(
  loadContent()
    .filter((doc) => doc.kind === "Practitioner")
    .map((doc) => [doc.slug, practitionerSchema.parse(doc.data)]),
);
export const clinic = clinicSchema.parse(loadContent().find((doc) => doc.kind === "Clinic")?.data);

export const formatDate = (isoDay: string) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDay}T00:00:00Z`));

/**
 * Every test fails if the page logs a console error or throws: a user would
 * not see it, but it is how a broken page first shows itself.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // A deliberate 404 logs the failed document load; that is the point of those tests.
        if (message.type() === "error" && !/status of 404/.test(message.text())) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      // A blocked script, style or eval is reported as an event, not always on the console.
      await page.exposeBinding("reportCspViolation", (_source, text: string) => errors.push(text));
      await page.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (event) => {
          (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
            `CSP ${event.violatedDirective} blocked ${event.blockedURI} in ${event.sourceFile}`,
          );
        }),
      );
      await use(errors);
      expect(errors, "console errors and CSP violations on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The page has exactly one h1 and it reads `text`. */
export async function expectSingleHeading(page: Page, text: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text);
}

/** Every published page of the site, from the content: what the sitemap must list. */
export const publishedPages: { path: string; title: string }[] = [
  { path: "/", title: clinic.name },
  { path: "/treatments", title: "Treatments" },
  ...publishedTreatments.map((t) => ({ path: t.url, title: t.title })),
  { path: "/clinic", title: "Visit and contact" },
  { path: "/consultation", title: "Request a consultation" },
  ...loadContent()
    .filter((doc) => doc.kind === "LegalPage")
    .map((doc) => ({ path: `/legal/${doc.slug}`, title: (doc.data as { title: string }).title })),
];

/** The public address the site was built for (canonical URLs, sitemap). */
export const siteUrl = (process.env.SITE_URL || "http://localhost:3000").replace(/\/+$/, "");
