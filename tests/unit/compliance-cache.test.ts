import { mkdtempSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { CLAIM_CLASSES } from "@/lib/compliance/claims/classes";
import { clearVerdicts } from "@/lib/compliance/claims/verdict-cache";
import { openResultCache } from "@/lib/compliance/result-cache";
import { checkContent } from "@/lib/content/check";
import { loadContent } from "@/lib/content/load";
import { doc, markdown, validClinic, validPractitioner, validTreatment } from "../helpers/documents";

const now = new Date("2026-11-20T12:00:00Z");
const honestBody = "## What it is\n\nSome people notice thicker hair after a course; others see little change.\n";
const promiseBody = "## What it is\n\nYou will leave with a full head of hair, guaranteed.\n";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "check-cache-"));
  clearVerdicts();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const site = (credentials = "MD") => [
  doc("content/practitioners/jane-doe.md", "Practitioner", markdown({ ...validPractitioner, credentials })),
  doc("content/clinic.md", "Clinic", markdown(validClinic, "")),
];
const treatment = (body: string) => doc("content/treatments/example.md", "Treatment", markdown(validTreatment, body));

/** What the treatment's one sentence is refused for (its short body lacks the sections a real page needs; that is not tested here). */
const CLAIM_RULES = new Set([...CLAIM_CLASSES.map((c) => c.id), "no-promises", "unsure-claim"]);
const inTreatment = (result: ReturnType<typeof checkContent>) =>
  result.problems.filter((p) => p.file === "content/treatments/example.md" && CLAIM_RULES.has(p.field));

/** A run as content:check makes it: open the cache, check, save. */
function run(docs: ReturnType<typeof site>, version = "v1", day = now) {
  const cache = openResultCache(dir, version);
  const result = checkContent(docs, day, cache);
  cache.save();
  return { result, stats: cache.stats };
}

describe("the content check's cache never lets a changed document through", () => {
  test("a document cached clean is refused once its text breaks a rule", () => {
    expect(inTreatment(run([...site(), treatment(honestBody)]).result)).toEqual([]);
    const second = run([...site(), treatment(promiseBody)]);
    expect(
      inTreatment(second.result)
        .map((p) => p.message)
        .join("\n"),
    ).toMatch(/guarantee|promise/i);
    expect(second.stats.checked).toBe(1);
  });

  test("a credential cached as backed is refused once the practitioner's file no longer holds it", () => {
    const claim = "## What it is\n\nDr Jane Doe is a board-certified dermatologist.\n";
    expect(inTreatment(run([...site("MD, board-certified dermatologist"), treatment(claim)]).result)).toEqual([]);
    const after = run([...site("MD"), treatment(claim)]).result;
    expect(inTreatment(after).map((p) => p.field)).toContain("credential-claim");
  });

  test("an unchanged document is reused, and gives the same findings as a fresh check", () => {
    const docs = [...site(), treatment(promiseBody)];
    const fresh = run(docs).result;
    const again = run(docs);
    expect(again.stats).toEqual({ reused: docs.length, checked: 0 });
    expect(again.result).toEqual(fresh);
  });

  test("a changed checker, another day or an unreadable cache file starts from nothing", () => {
    const docs = [...site(), treatment(honestBody)];
    run(docs);
    expect(run(docs, "v2").stats.reused).toBe(0);
    expect(run(docs, "v2", new Date("2026-11-21T12:00:00Z")).stats.reused).toBe(0);
    for (const file of readdirSync(dir)) writeFileSync(path.join(dir, file), '{"x": {"problems": "none"}}');
    expect(run(docs, "v2", new Date("2026-11-21T12:00:00Z")).stats.reused).toBe(0);
  });

  test("the shipped content gives the same report from the cache as without it", () => {
    const docs = loadContent();
    const uncached = checkContent(docs, now);
    run(docs);
    clearVerdicts();
    expect(run(docs).result).toEqual(uncached);
  });
});
