/**
 * Sentence verdicts, kept by what decides them: the sentence's text and the
 * clinic it is judged for (jurisdictions, practitioners). A sentence that
 * appears in many documents, or again in the next check, is judged once.
 *
 * In memory always. On disk only when a command asks for it (content:check
 * and the build's content step, through `persistVerdicts`): the file is
 * keyed by a hash of the checker itself (its code, model and word lists), so
 * a change to any rule starts from an empty cache, and a file that cannot be
 * read is ignored, never trusted in part.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SentenceVerdict } from "./check";
import type { ClaimSite } from "./classes";

const siteKeys = new WeakMap<ClaimSite, string>();
const verdicts = new Map<string, SentenceVerdict[]>();
let stats = { judged: 0, reused: 0 };
let disk: { file: string; loaded: number } | undefined;

const hash = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 22);

function siteKey(site: ClaimSite): string {
  let key = siteKeys.get(site);
  if (!key) siteKeys.set(site, (key = hash(JSON.stringify({ j: [...site.jurisdictions].sort(), p: site.practitioners }))));
  return key;
}

/** The verdict for `text` under `site`, judged by `judge` only the first time. */
export function cachedVerdict(text: string, site: ClaimSite, judge: () => SentenceVerdict[]): SentenceVerdict[] {
  const key = `${siteKey(site)} ${hash(text)}`;
  const known = verdicts.get(key);
  if (known) {
    stats.reused++;
    return known;
  }
  const found = judge();
  verdicts.set(key, found);
  stats.judged++;
  return found;
}

export const verdictStats = () => ({ ...stats, fromDisk: disk?.loaded ?? 0 });

/** Forgets every verdict (tests, and the bench's cold runs). */
export function clearVerdicts(): void {
  verdicts.clear();
  stats = { judged: 0, reused: 0 };
  disk = undefined;
}

/** A hash of every file the verdicts depend on: the checker's code, its model and its word lists. */
export function checkerVersion(dir: string = path.join(process.cwd(), "lib", "compliance", "claims")): string {
  const files = readdirSync(dir)
    .filter((f) => /\.(?:ts|json)$/.test(f) && f !== "verdict-cache.ts")
    .sort();
  return hash(files.map((f) => `${f}\n${readFileSync(path.join(dir, f), "utf8")}`).join("\n"));
}

function isVerdictList(value: unknown): value is SentenceVerdict[] {
  return (
    Array.isArray(value) &&
    value.every(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        typeof (v as SentenceVerdict).classId === "string" &&
        typeof (v as SentenceVerdict).evidence === "string",
    )
  );
}

/**
 * Loads the verdicts saved by the last run of this version of the checker
 * from `cacheDir`, and returns a function that saves them back.
 */
export function persistVerdicts(cacheDir: string, version: string = checkerVersion()): () => void {
  const file = path.join(cacheDir, `claim-verdicts-${version}.json`);
  disk = { file, loaded: 0 };
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as unknown;
    if (typeof saved === "object" && saved !== null && !Array.isArray(saved)) {
      const entries = Object.entries(saved as Record<string, unknown>);
      // All or nothing: one malformed entry and the file is not trusted.
      if (entries.every(([, v]) => isVerdictList(v))) {
        for (const [key, v] of entries) verdicts.set(key, v as SentenceVerdict[]);
        disk.loaded = entries.length;
      }
    }
  } catch {
    // No cache yet, or an unreadable one: judge everything.
  }
  return () => {
    mkdirSync(cacheDir, { recursive: true });
    // Older versions' files are of no use once the checker has changed.
    for (const old of readdirSync(cacheDir).filter((f) => f.startsWith("claim-verdicts-") && f !== path.basename(file))) {
      rmSync(path.join(cacheDir, old), { force: true });
    }
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(verdicts)));
    renameSync(temporary, file);
  };
}
