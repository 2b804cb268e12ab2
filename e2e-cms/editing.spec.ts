import { changedLines, expect, openTreatment, previewSecret, signIn, test } from "./fixtures";

// The editing UI in local mode (`npm run dev`), in a throwaway copy of the
// project: what a marketing person does, and what lands in content/.

test("an editor creates a treatment with the forms, and the file it writes passes the content check", async ({ page, content }) => {
  const file = "content/treatments/scalp-assessment.md";
  content.remove(file);

  await page.goto("/keystatic/collection/treatments/create");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Scalp assessment", { timeout: 120_000 });
  await page
    .getByRole("textbox", { name: "Summary", exact: true })
    .fill(
      "A consultation that looks at the scalp and hair under magnification to understand the cause of thinning before any treatment is discussed.",
    );
  await page
    .getByRole("textbox", { name: "Disclaimer", exact: true })
    .fill("General information, not medical advice. Suitability is decided at an in-person consultation.");
  await page.getByLabel("Last reviewed").fill("2026-11-20");
  // The picker lists the practitioner files; it loads them on first use, so
  // type as a person does and wait for the suggestion.
  const reviewer = page.getByRole("combobox", { name: "Reviewed by" });
  const option = page.getByRole("option", { name: "amara-okafor" });
  await expect(async () => {
    await reviewer.fill("");
    await reviewer.pressSequentially("amara", { delay: 100 });
    await expect(option).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await option.click();
  await page.getByRole("textbox", { name: "Sessions", exact: true }).fill("One visit of about 45 minutes");
  await page.getByRole("textbox", { name: "Downtime", exact: true }).fill("None");

  await page.getByRole("group", { name: "Sources" }).getByRole("button", { name: "Add" }).click();
  const source = page.getByRole("dialog");
  await source.getByRole("textbox", { name: "Citation key" }).fill("aad-hair-loss");
  await source.getByRole("textbox", { name: "Title", exact: true }).fill("Hair loss: diagnosis and treatment");
  await source.getByRole("textbox", { name: "Publisher" }).fill("American Academy of Dermatology");
  await source.getByRole("textbox", { name: "Year" }).fill("2024");
  await source.getByRole("textbox", { name: "URL" }).fill("https://www.aad.org/public/diseases/hair-loss/treatment/diagnosis-treatment");
  await source.getByRole("button", { name: "Add", exact: true }).click();
  await expect(source).toBeHidden();

  await page.getByRole("group", { name: "FAQs" }).getByRole("button", { name: "Add" }).click();
  const faq = page.getByRole("dialog");
  await faq.getByRole("textbox", { name: "Question" }).fill("Do I need to wash my hair before the visit?");
  await faq.getByRole("textbox", { name: "Answer" }).fill("Wash it as usual the day before and avoid styling products on the day.");
  await faq.getByRole("button", { name: "Add", exact: true }).click();
  await expect(faq).toBeHidden();

  const body = page.locator("[contenteditable=true]").first();
  await body.click();
  for (const [heading, paragraph] of [
    ["What it is", "A clinician asks about your health and looks closely at your scalp and hair."],
    [
      "Risks and side effects",
      "Most people feel only light pressure from the magnifier. If a small skin sample is suggested, its risks, such as a small scar, are explained first.",
    ],
    ["Who it is not for", "Anyone who needs urgent care for sudden, patchy hair loss with pain should see their doctor first."],
  ] as const) {
    // "## " at the start of a line becomes a heading (the editor's markdown shortcut).
    await page.keyboard.type("## ", { delay: 50 });
    await page.keyboard.type(heading);
    await expect(body.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await page.keyboard.press("Enter");
    await page.keyboard.type(paragraph);
    await expect(body.getByText(paragraph)).toBeVisible();
    await page.keyboard.press("Enter");
  }

  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/keystatic\/collection\/treatments\/item\/scalp-assessment$/, { timeout: 60_000 });
  const written = await content.saved(file, "");
  expect(written).toMatch(/^---\ntitle: Scalp assessment\n/);
  expect(written).toContain("lastReviewed: 2026-11-20");
  expect(written).toContain("reviewedBy: amara-okafor");
  expect(written).toContain("## Who it is not for");
  // Optional fields left empty are left out, never written as "".
  expect(written).not.toMatch(/: ''$/m);

  const check = content.check();
  expect(check.output).toContain("0 errors, 0 warnings");
  expect(check.status).toBe(0);
  content.remove(file);
});

test("the editing UI refuses to save an empty or blank disclaimer and names the field", async ({ page, content }) => {
  const file = "content/treatments/prp-facial.md";
  const before = content.read(file);
  await openTreatment(page, "prp-facial");
  const disclaimer = page.getByRole("textbox", { name: "Disclaimer", exact: true });
  // Every write the editor asks the server for; a refused save sends none.
  const writes: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/keystatic/update")) writes.push(request.url());
  });

  await disclaimer.fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Disclaimer must not be empty", { exact: true })).toBeVisible();

  await disclaimer.fill("   ");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Disclaimer must not be empty or only spaces")).toBeVisible();

  // Nothing was sent to be written, and nothing reached the file.
  expect(writes).toEqual([]);
  expect(content.read(file)).toBe(before);
});

test("editing one FAQ answer changes only that answer in the file", async ({ page, content }) => {
  const file = "content/treatments/prp-hair-restoration.md";
  const before = content.read(file);
  await openTreatment(page, "prp-hair-restoration");

  await page.getByRole("row", { name: "Does it hurt?" }).click();
  const dialog = page.getByRole("dialog");
  const answer = dialog.getByRole("textbox", { name: "Answer" });
  const newAnswer = "Most people feel a series of sharp pricks. We numb and cool the scalp first.";
  await answer.fill(newAnswer);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Save" }).click();

  const { removed, added } = changedLines(before, await content.saved(file, before));
  // The old answer's lines out, the new answer's lines in, nothing else
  // (Keystatic folds text longer than 80 columns over several lines).
  const text = (lines: string[]) =>
    lines
      .map((l) => l.trim())
      .join(" ")
      .replace(/^answer: (?:>-\s*)?/, "");
  expect(text(removed)).toBe(
    "Most people feel the injections as a series of sharp pricks. We numb and cool the scalp first, and the discomfort usually settles within a day or two.",
  );
  expect(text(added)).toBe(newAnswer);
  content.write(file, before);
});

test("the preview link opens a draft as its page would look, with its compliance findings above it", async ({ page, content }) => {
  const file = "content/treatments/prp-under-eye.md";
  const before = content.read(file);
  expect(before).toContain("draft: true");
  // A claim the no-promises rule stops, written into the draft's body.
  const claim = "Most patients see guaranteed results after one session.";
  content.write(file, before.replace("## Who it may suit\n", `## Who it may suit\n\n${claim}\n`));

  await openTreatment(page, "prp-under-eye");
  const href = await page.getByRole("button", { name: "Preview", exact: true }).getAttribute("href");
  // The editor's link names the document and nothing else: the server signs the real one.
  expect(href).toBe("/api/preview?collection=treatments&slug=prp-under-eye");
  await page.goto(href ?? "");
  await signIn(page);

  await expect(page).toHaveURL(/\/preview\/treatments\/prp-under-eye$/);
  const report = page.getByRole("region", { name: /Compliance report for content\/treatments\/prp-under-eye\.md/ });
  await expect(report).toContainText("1 error");
  const finding = report.getByRole("row").filter({ hasText: "no-promises" });
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText("guaranteed");
  const line = before.replace("## Who it may suit\n", `## Who it may suit\n\n${claim}\n`).split("\n").indexOf(claim) + 1;
  await expect(finding.getByRole("cell").first()).toHaveText(String(line));

  await expect(page.getByText("this treatment is a draft")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("PRP for the under-eye area");
  await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
  content.write(file, before);
});

test("the editor's form shows the same findings as the build, and shows them again after a fix", async ({ page, content }) => {
  const file = "content/treatments/prp-under-eye.md";
  const before = content.read(file);
  const claim = "Nobody ever reacts badly to this treatment.";
  const withClaim = before.replace("## Who it may suit\n", `## Who it may suit\n\n${claim}\n`);
  content.write(file, withClaim);
  const line = withClaim.split("\n").indexOf(claim) + 1;
  // What `npm run content:check` says about this file, as the build would say it.
  const check = content.check();
  expect(check.status).not.toBe(0);
  const buildLine = check.output.split("\n").find((l) => l.includes("prp-under-eye.md") && l.includes(claim.slice(0, 20)));
  expect(buildLine).toBeDefined();
  const rule = /\b(no-[a-z-]+|[a-z]+-claim|unsure-claim)\b/.exec(buildLine ?? "")?.[1];
  expect(rule).toBeDefined();

  await page.goto("/preview/sign-in?next=/keystatic/collection/treatments/item/prp-under-eye");
  await signIn(page);
  await expect(page.getByRole("textbox", { name: "Sessions", exact: true })).toBeVisible({ timeout: 120_000 });
  const panel = page.getByRole("region", { name: "Compliance findings" });
  const finding = panel.getByRole("listitem").filter({ hasText: claim.slice(0, 20) });
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText(`Line ${line}`);
  await expect(finding).toContainText(rule ?? "");
  await expect(panel).toContainText("The build refuses this document");

  content.write(file, before);
  await panel.getByRole("button", { name: "Check again" }).click();
  await expect(panel).toContainText("passes the content check");
  await expect(finding).toHaveCount(0);
});

test("draft preview and findings need an editor, and the preview page is hidden outside draft mode", async ({ page, request }) => {
  // No editor cookie: the editor's link leads to the sign-in, and findings are refused.
  const none = await request.get("/api/preview?collection=treatments&slug=prp-under-eye", { maxRedirects: 0 });
  expect(none.status()).toBe(307);
  expect(none.headers()["location"]).toMatch(/^\/preview\/sign-in\?next=/);
  expect((await request.get("/api/compliance/findings?collection=treatments&slug=prp-under-eye")).status()).toBe(401);
  // The secret in the link, as links used to carry it, no longer switches draft mode on.
  const oldStyle = await request.get(`/api/preview?collection=treatments&slug=prp-under-eye&secret=${previewSecret}`, { maxRedirects: 0 });
  expect(oldStyle.headers()["location"]).toMatch(/^\/preview\/sign-in/);
  const forged = await request.get(
    `/api/preview?collection=treatments&slug=prp-under-eye&expires=${Date.now() + 60_000}&signature=${"A".repeat(43)}`,
    {
      maxRedirects: 0,
    },
  );
  expect(forged.status()).toBe(401);

  const wrong = await request.post("/api/preview/sign-in", {
    form: { passphrase: "wrong-secret-0123456789", next: "/keystatic" },
    maxRedirects: 0,
  });
  expect(wrong.status()).toBe(303);
  expect(wrong.headers()["location"]).toContain("error=1");
  expect(wrong.headers()["set-cookie"]).toBeUndefined();
  // Posted from another site's page, even the right passphrase signs nobody in.
  const crossSite = await request.post("/api/preview/sign-in", {
    form: { passphrase: previewSecret, next: "/keystatic" },
    headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()["set-cookie"]).toBeUndefined();

  const response = await page.goto("/preview/treatments/prp-under-eye");
  expect(response?.status()).toBe(404);
});

test("the editor's scripts carry no preview secret, and a signed link works without it", async ({ page, request }) => {
  const scripts = new Set<string>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.add(response.url());
  });
  await openTreatment(page, "prp-under-eye");
  expect(scripts.size).toBeGreaterThan(0);
  for (const url of scripts) {
    const body = await (await request.get(url)).text();
    expect(body.includes(previewSecret), `${url} contains the preview secret`).toBe(false);
  }
  expect(await page.content()).not.toContain(previewSecret);

  // A signed link is the whole credential: another browser opens the preview with it alone.
  await page.goto("/preview/sign-in?next=/api/preview?collection=treatments%26slug=prp-under-eye");
  await signIn(page);
  await expect(page).toHaveURL(/\/preview\/treatments\/prp-under-eye$/);
  const signed = await page.request.get("/api/preview?collection=treatments&slug=prp-under-eye", { maxRedirects: 0 });
  const link = signed.headers()["location"] ?? "";
  expect(link).toMatch(/^\/api\/preview\?collection=treatments&slug=prp-under-eye&expires=\d{13}&signature=/);
  expect(link).not.toContain(previewSecret);
  const colleague = await request.get(link, { maxRedirects: 0 });
  expect(colleague.status()).toBe(307);
  expect(colleague.headers()["location"]).toBe("/preview/treatments/prp-under-eye");
});
