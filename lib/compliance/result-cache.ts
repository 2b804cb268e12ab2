/**
 * Each document's compliance result, kept between runs of the content check
 * (issue 18: a thousand treatments checked in seconds, an edit re-checked
 * alone). A result is reused only when everything it depends on is the same:
 * the document's path and text, the clinic it is judged for (jurisdictions,
 * practitioners), the day (review dates age), and the checker itself (a hash
 * of lib/compliance/, the document types and the lockfile). Anything else,
 * and an unreadable cache file, means the document is checked again.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RawDocument } from "../content/load";
import type { Problem } from "../content/report";
import type { ClaimSite } from "./claims/classes";
import type { ComplianceResult } from "./index";

const hash = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 22);

/** A hash of the files under `roots` (folders walked in order), as the cache's version. */
export function sourceVersion(roots: readonly string[]): string {
  const digest = createHash("sha256");
  const walk = (entry: string) => {
    if (!existsSync(entry)) return;
    if (statSync(entry).isDirectory()) {
      for (const name of readdirSync(entry).sort()) walk(path.join(entry, name));
      return;
    }
    digest.update(`${entry}\n`).update(readFileSync(entry));
  };
  roots.forEach(walk);
  return digest.digest("base64url").slice(0, 22);
}

/** What a document's result depends on besides the checker. */
const inputKey = (doc: RawDocument, now: Date, site: ClaimSite) =>
  hash(JSON.stringify([doc.file, doc.kind ?? null, doc.data ?? null, doc.body, doc.bodyLine, now.toISOString().slice(0, 10), site]));

function isResult(value: unknown): value is ComplianceResult {
  if (typeof value !== "object" || value === null) return false;
  const { problems, exceptions } = value as Partial<ComplianceResult>;
  const isProblem = (p: Problem) =>
    typeof p.file === "string" &&
    typeof p.line === "number" &&
    typeof p.message === "string" &&
    (p.severity === "error" || p.severity === "warning");
  return Array.isArray(problems) && problems.every(isProblem) && Array.isArray(exceptions);
}

export interface ResultCache {
  result(doc: RawDocument, now: Date, site: ClaimSite, check: () => ComplianceResult): ComplianceResult;
  /** Writes what this run used (results of documents no longer present are dropped). */
  save(): void;
  readonly stats: { reused: number; checked: number };
}

export function openResultCache(dir: string, version: string): ResultCache {
  const file = path.join(dir, `results-${version}.json`);
  let saved = new Map<string, ComplianceResult>();
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as unknown;
    const entries = typeof parsed === "object" && parsed !== null ? Object.entries(parsed as Record<string, unknown>) : [];
    // All or nothing: one malformed entry and the file is not trusted.
    if (entries.every(([, v]) => isResult(v))) saved = new Map(entries as [string, ComplianceResult][]);
  } catch {
    // No cache yet, or an unreadable one.
  }
  const used = new Map<string, ComplianceResult>();
  const stats = { reused: 0, checked: 0 };
  return {
    stats,
    result(doc, now, site, check) {
      const key = inputKey(doc, now, site);
      const known = saved.get(key);
      if (known) {
        stats.reused++;
        used.set(key, known);
        return known;
      }
      const fresh = check();
      stats.checked++;
      used.set(key, fresh);
      return fresh;
    },
    save() {
      mkdirSync(dir, { recursive: true });
      for (const old of readdirSync(dir).filter((f) => f.startsWith("results-") && f !== path.basename(file)))
        rmSync(path.join(dir, old), { force: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(used)));
      renameSync(temporary, file);
    },
  };
}
