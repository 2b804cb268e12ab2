import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Document } from "yaml";
import { clinicFile, collections, contentDir, markdownExtensions } from "../../config/content";

export type { DocumentKind } from "./types";
import type { DocumentKind } from "./types";

/** A content file as written, with enough position data to point at a line. */
export interface RawDocument {
  /** Path as the marketing team sees it, e.g. content/treatments/prp-facial.md */
  file: string;
  kind: DocumentKind | undefined;
  slug: string;
  /** Parsed frontmatter (undefined when there is none or it does not parse). */
  data: unknown;
  /** Markdown after the frontmatter. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  yamlErrors: { line: number; column: number; message: string }[];
  hasFrontmatter: boolean;
  /** Line and column of the value (or the nearest existing parent) at a frontmatter path. */
  locate(fieldPath: readonly PropertyKey[]): { line: number; column: number };
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

function locator(doc: Document | undefined, counter: LineCounter, offsetLines: number) {
  return (fieldPath: readonly PropertyKey[]) => {
    if (!doc) return { line: 1, column: 1 };
    // Walk down as far as the path exists; point at the key when we can.
    let node: unknown = doc.contents;
    let best: [number, number] | undefined = (node as { range?: [number, number] } | null)?.range?.slice(0, 2) as
      [number, number] | undefined;
    for (const key of fieldPath) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair || !isPair(pair)) break;
        const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
        if (keyRange) best = [keyRange[0], keyRange[1]];
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        const item = node.items[key];
        const range = (item as { range?: [number, number] } | undefined)?.range;
        if (!item || !range) break;
        best = [range[0], range[1]];
        node = item;
      } else break;
    }
    if (!best) return { line: offsetLines + 1, column: 1 };
    const pos = counter.linePos(best[0]);
    return { line: pos.line + offsetLines, column: pos.col };
  };
}

export function parseContentFile(file: string, source: string, kind: DocumentKind | undefined): RawDocument {
  const slug = path.basename(file).replace(/\.[^.]+$/, "");
  const match = FRONTMATTER.exec(source);
  if (!match || match.index !== 0) {
    return {
      file,
      kind,
      slug,
      data: undefined,
      body: source,
      bodyLine: 1,
      yamlErrors: [],
      hasFrontmatter: false,
      locate: () => ({ line: 1, column: 1 }),
    };
  }
  const yamlText = match[1] ?? "";
  const counter = new LineCounter();
  // YAML 1.2 core schema: dates stay strings, so the contract sees what was typed.
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const yamlErrors = doc.errors.map((error) => {
    const pos = counter.linePos(error.pos[0]);
    return { line: pos.line + 1, column: pos.col, message: error.message.split("\n")[0] ?? error.message };
  });
  const frontmatterLines = match[0].split("\n").length - (match[0].endsWith("\n") ? 1 : 0);
  return {
    file,
    kind,
    slug,
    data: yamlErrors.length ? undefined : doc.toJS(),
    body: source.slice(match[0].length),
    bodyLine: frontmatterLines + 1,
    yamlErrors,
    hasFrontmatter: true,
    locate: locator(doc, counter, 1),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function kindOf(relative: string): DocumentKind | undefined {
  const parts = relative.split(path.sep);
  if (parts.length === 1 && parts[0] === clinicFile) return "Clinic";
  const folder = parts[0] ?? "";
  const isMarkdown = markdownExtensions.some((ext) => relative.endsWith(ext));
  return parts.length > 1 && isMarkdown && Object.hasOwn(collections, folder) ? collections[folder] : undefined;
}

/** Every file under the content folder, known or not (unknown ones are reported). */
/**
 * Files parsed before, by path, with what identifies the version read (size,
 * modification and change times, inode): the draft preview reads content/ on
 * every request, and on a large site parsing every file again cost more than
 * the check itself. A file whose stat differs in any way is read again.
 */
const parsed = new Map<string, { version: string; doc: RawDocument }>();

export function loadContent(root: string = contentDir): RawDocument[] {
  const base = path.resolve(root);
  if (!statSync(base, { throwIfNoEntry: false })?.isDirectory()) return [];
  return walk(base)
    .sort()
    .map((full) => {
      const relative = path.relative(base, full);
      const shown = path.relative(process.cwd(), full) || full;
      const stat = statSync(full);
      const version = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}:${shown}`;
      const known = parsed.get(full);
      if (known?.version === version) return known.doc;
      const doc = parseContentFile(shown, readFileSync(full, "utf8"), kindOf(relative));
      parsed.set(full, { version, doc });
      return doc;
    });
}
