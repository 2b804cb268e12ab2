import { existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { clinicFile, collections, contentDir, REVIEW_POLICY_SLUG } from "../../config/content";
import type { RawDocument } from "./load";
import type { Problem } from "./report";
import { PHOTO_PATH } from "./schema";
import { documentType } from "./types";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const formatPath = (segments: readonly PropertyKey[]) =>
  segments.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1));
      prev = saved;
    }
  }
  return row[b.length] ?? Math.max(a.length, b.length);
}

function closest(key: string, known: string[]): string | undefined {
  const ranked = known.map((k) => [k, distance(key, k)] as const).sort((x, y) => x[1] - y[1]);
  const best = ranked[0];
  return best && best[1] <= Math.max(2, Math.floor(best[0].length / 3)) ? best[0] : undefined;
}

interface SchemaDef {
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}
const defOf = (schema: z.ZodType | undefined) => schema?.def as SchemaDef | undefined;

/** Strip optional/default wrappers to reach the object or array inside. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (defOf(current)?.innerType) current = defOf(current)?.innerType;
  return current;
}

/** Keys a strict object at this path allows, for "did you mean" hints. */
function knownKeys(schema: z.ZodType, segments: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of segments) {
    const def = defOf(current);
    current = unwrap(typeof key === "number" ? def?.element : def?.shape?.[String(key)]);
  }
  return Object.keys(defOf(current)?.shape ?? {});
}

function problem(doc: RawDocument, segments: readonly PropertyKey[], message: string, field = formatPath(segments)): Problem {
  const { line, column } = doc.locate(segments);
  return { file: doc.file, line, column, field: field || "frontmatter", message, severity: "error" };
}

/** The zod contract for one document, as problems with lines. */
export function validateDocument(doc: RawDocument): Problem[] {
  if (!doc.kind) return [];
  if (doc.yamlErrors.length) {
    return doc.yamlErrors.map((e) => ({
      file: doc.file,
      line: e.line,
      column: e.column,
      field: "frontmatter",
      message: `the frontmatter is not valid YAML (${e.message}); check quotes, colons and indentation on this line`,
      severity: "error" as const,
    }));
  }
  if (!doc.hasFrontmatter) {
    return [
      {
        file: doc.file,
        line: 1,
        column: 1,
        field: "frontmatter",
        message: "the file has no frontmatter; start it with a line '---', the fields, then another '---'",
        severity: "error",
      },
    ];
  }
  const { schema, label } = documentType(doc.kind);
  const result = schema.safeParse(doc.data ?? {});
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        return problem(
          doc,
          [...issue.path, key],
          guess
            ? `"${key}" is not a ${label} field; did you mean "${guess}"? Rename it`
            : `"${key}" is not a ${label} field; remove it or use one of: ${known.join(", ")}`,
        );
      });
    }
    const field = formatPath(issue.path);
    const message = issue.message.startsWith("Invalid")
      ? `${field || "frontmatter"}: ${issue.message.toLowerCase()}; see docs/content.md, Content fields`
      : issue.message;
    return [problem(doc, issue.path, message)];
  });
}

/** Checks that need every document at once: references, duplicates, placement. */
export function validateCollection(docs: RawDocument[]): Problem[] {
  const problems: Problem[] = [];
  const known = Object.keys(collections).map((folder) => `${contentDir}/${folder}/`);

  for (const doc of docs) {
    if (!doc.kind) {
      problems.push({
        file: doc.file,
        line: 1,
        column: 1,
        field: "file",
        message: `this file is not a known document and would not be published; move it into ${known.join(", ")} as a .md file, or delete it`,
        severity: "error",
      });
    } else if (doc.kind !== "Clinic" && !SLUG.test(doc.slug)) {
      problems.push({
        file: doc.file,
        line: 1,
        column: 1,
        field: "file name",
        message: `"${doc.slug}" cannot be a web address; rename the file in lower case with hyphens, e.g. prp-facial.md`,
        severity: "error",
      });
    }
  }

  for (const kind of ["Treatment", "Practitioner", "LegalPage"] as const) {
    const bySlug = new Map<string, RawDocument[]>();
    for (const doc of docs.filter((d) => d.kind === kind)) bySlug.set(doc.slug, [...(bySlug.get(doc.slug) ?? []), doc]);
    for (const [slug, same] of bySlug) {
      if (same.length < 2) continue;
      for (const doc of same) {
        const others = same.filter((d) => d !== doc).map((d) => d.file);
        problems.push({
          file: doc.file,
          line: 1,
          column: 1,
          field: "slug",
          message: `two documents would both be published at "${slug}" (also ${others.join(", ")}); rename or delete one of them`,
          severity: "error",
        });
      }
    }
  }

  if (!docs.some((d) => d.kind === "Clinic")) {
    problems.push({
      file: `${contentDir}/${clinicFile}`,
      line: 1,
      column: 1,
      field: "file",
      message: "the clinic document is missing; create it with the clinic's name, address, phone, email, geo and openingHours",
      severity: "error",
    });
  }

  const consentPages = docs.filter(
    (d) => d.kind === "LegalPage" && typeof (d.data as { consentText?: unknown } | undefined)?.consentText === "string",
  );
  if (consentPages.length !== 1) {
    problems.push({
      file: consentPages[1]?.file ?? `${contentDir}/legal/privacy.md`,
      line: 1,
      column: 1,
      field: "consentText",
      message:
        consentPages.length === 0
          ? "no legal page has consentText, so the consultation form has no consent wording; add consentText to the privacy notice"
          : "more than one legal page has consentText; keep it only on the privacy notice",
      severity: "error",
    });
  }

  const practitioners = new Set(docs.filter((d) => d.kind === "Practitioner").map((d) => d.slug));
  for (const doc of docs.filter((d) => d.kind === "Treatment")) {
    const reviewedBy = (doc.data as { reviewedBy?: unknown } | undefined)?.reviewedBy;
    if (typeof reviewedBy === "string" && reviewedBy.trim() && !practitioners.has(reviewedBy.trim())) {
      const choices = [...practitioners].join(", ") || "none yet: add one to content/practitioners/";
      problems.push(problem(doc, ["reviewedBy"], `no practitioner "${reviewedBy}" exists; write one of: ${choices}`));
    }
  }

  // A practitioner's photo must exist, or the home page would show a broken image.
  for (const doc of docs.filter((d) => d.kind === "Practitioner")) {
    const photo = (doc.data as { photo?: unknown } | undefined)?.photo;
    if (typeof photo === "string" && PHOTO_PATH.test(photo) && !existsSync(path.join("public", photo))) {
      problems.push(problem(doc, ["photo"], `there is no file public${photo}; add the photo there or correct the path`));
    }
  }

  // Every "Medically reviewed by" line links to the review policy.
  if (docs.some((d) => d.kind === "LegalPage") && !docs.some((d) => d.kind === "LegalPage" && d.slug === REVIEW_POLICY_SLUG)) {
    problems.push({
      file: `content/legal/${REVIEW_POLICY_SLUG}.md`,
      line: 1,
      column: 1,
      field: "file",
      message: `the medical review policy is missing; every "Medically reviewed by" line links to /legal/${REVIEW_POLICY_SLUG}, so add the file`,
      severity: "error",
    });
  }

  // Before/after pictures must exist, or the page would show a broken image.
  for (const doc of docs.filter((d) => d.kind === "Treatment")) {
    const testimonials = (doc.data as { testimonials?: unknown } | undefined)?.testimonials;
    if (!Array.isArray(testimonials)) continue;
    testimonials.forEach((t: unknown, i) => {
      for (const key of ["beforeImage", "afterImage"] as const) {
        const file = t && typeof t === "object" && key in t ? (t as Record<string, unknown>)[key] : undefined;
        if (typeof file === "string" && !existsSync(path.join("public", file))) {
          problems.push(
            problem(doc, ["testimonials", i, key], `there is no file public${file}; add the picture there or correct the path`),
          );
        }
      }
    });
  }
  return problems;
}

export function validateContent(docs: RawDocument[]): Problem[] {
  return [...docs.flatMap(validateDocument), ...validateCollection(docs)];
}
