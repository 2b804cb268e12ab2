import { spawnSync } from "node:child_process";
import { readFileSync, existsSync, writeFileSync, rmSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

/** The throwaway project copy that `npm run dev` serves (scripts/cms-dev-copy.ts). */
const projectDir = readFileSync("test-results/cms-copy-dir.txt", "utf8").trim();

export const previewSecret = process.env.PREVIEW_SECRET ?? "e2e-preview-secret-0123456789";

export interface ContentFiles {
  read(file: string): string;
  write(file: string, text: string): void;
  remove(file: string): void;
  exists(file: string): boolean;
  /**
   * The file once a save has changed it and finished writing. The writer
   * truncates before it writes, so a read can catch an empty or half-written
   * file: wait until it differs from `before`, is not empty, and reads the
   * same twice in a row. A file that does not exist yet reads as "".
   */
  saved(file: string, before: string): Promise<string>;
  /** `npm run content:check` in the copy, as the marketing team would run it. */
  check(): { status: number | null; output: string };
}

export const test = base.extend<{ content: ContentFiles }>({
  content: async ({}, provide) => {
    const at = (file: string) => path.join(projectDir, file);
    await provide({
      read: (file) => readFileSync(at(file), "utf8"),
      write: (file, text) => writeFileSync(at(file), text),
      remove: (file) => rmSync(at(file), { force: true }),
      exists: (file) => existsSync(at(file)),
      saved: async (file, before) => {
        let last = "";
        for (let waited = 0; waited < 30_000; waited += 250) {
          const now = existsSync(at(file)) ? readFileSync(at(file), "utf8") : "";
          if (now !== before && now !== "" && now === last) return now;
          last = now;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        throw new Error(`${file} was not saved within 30 s`);
      },
      check: () => {
        const result = spawnSync("npm", ["run", "--silent", "content:check"], {
          cwd: projectDir,
          encoding: "utf8",
          env: { ...process.env, CONTENT_DIR: undefined },
        });
        return { status: result.status, output: `${result.stdout}${result.stderr}` };
      },
    });
  },
  page: async ({ page }, provide) => {
    // The admin is a large client app and `next dev` compiles it on first use.
    page.setDefaultTimeout(60_000);
    await provide(page);
  },
});

export { expect };

/** Opens a treatment in the editing UI and waits until its form is ready. */
export async function openTreatment(page: Page, slug: string) {
  await page.goto(`/keystatic/collection/treatments/item/${slug}`);
  await expect(page.getByRole("textbox", { name: "Sessions", exact: true })).toBeVisible({ timeout: 120_000 });
}

/** Signs in on the editor sign-in page the browser is on (or was sent to), with the server's PREVIEW_SECRET. */
export async function signIn(page: Page) {
  await expect(page).toHaveURL(/\/preview\/sign-in/);
  await page.getByLabel("Passphrase").fill(previewSecret);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/preview\/sign-in/);
}

/** Lines of `before` and `after` outside their common start and end: what a save changed. */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}
