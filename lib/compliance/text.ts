import type { Root, Nodes } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { RawDocument } from "../content/load";

/**
 * A piece of prose a reader sees, with a way back to the file position of any
 * character in it: a paragraph, heading or table cell of the body, or a
 * frontmatter text field (title, summary, FAQ answer, …).
 */
export interface Passage {
  text: string;
  /** Where it comes from: "body" or a frontmatter path such as faqs[2].answer. */
  origin: string;
  kind: "paragraph" | "heading" | "cell" | "field";
  position(index: number): { line: number; column: number };
}

export interface Sentence {
  text: string;
  /** Index of the sentence's first character in its passage. */
  start: number;
  passage: Passage;
}

export interface ParsedBody {
  tree: Root;
  passages: Passage[];
}

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseBody(doc: RawDocument): ParsedBody {
  const tree = parser.parse(doc.body);
  const passages: Passage[] = [];
  const lineOffset = doc.bodyLine - 1;
  visit(tree, (node: Nodes) => {
    if (node.type !== "paragraph" && node.type !== "heading" && node.type !== "tableCell") return;
    const start = node.position?.start;
    const end = node.position?.end;
    if (start?.offset === undefined || end?.offset === undefined) return;
    const text = doc.body.slice(start.offset, end.offset);
    passages.push({
      text,
      origin: "body",
      kind: node.type === "tableCell" ? "cell" : node.type,
      position(index) {
        const before = text.slice(0, index);
        const newline = before.lastIndexOf("\n");
        const lines = before.split("\n").length - 1;
        return {
          line: start.line + lineOffset + lines,
          column: newline === -1 ? start.column + index : index - newline,
        };
      },
    });
  });
  return { tree, passages };
}

/** Frontmatter fields that are shown to readers as prose. Source titles are not ours to police. */
export function fieldPassages(doc: RawDocument, data: Record<string, unknown>, paths: (string | number)[][]): Passage[] {
  return paths.flatMap((path) => {
    let value: unknown = data;
    for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
    if (typeof value !== "string") return [];
    const at = doc.locate(path);
    const origin = path.reduce<string>((out, k) => (typeof k === "number" ? `${out}[${k}]` : out ? `${out}.${k}` : k), "");
    return [{ text: value, origin, kind: "field" as const, position: () => at }];
  });
}

// A sentence ends at . ! or ? followed by space and a capital, digit or quote;
// common abbreviations do not end one.
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|Dr|Mr|Mrs|Ms|vs|etc|approx|St|No|U\.S|U\.K))[.!?]+["”’)\]]*\s+(?=["“‘(\[]?[A-Z0-9])/g;

export function sentencesOf(passage: Passage): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of passage.text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    sentences.push({ text: passage.text.slice(start, end).trim(), start, passage });
    start = end;
  }
  const rest = passage.text.slice(start);
  if (rest.trim()) sentences.push({ text: rest.trim(), start: start + (rest.length - rest.trimStart().length), passage });
  return sentences;
}

const NEGATION =
  /\b(?:not|never|no|cannot|can't|won't|don't|doesn't|isn't|aren't|wasn't|weren't|shouldn't|couldn't|nobody|none|nothing|neither|nor|without|unable)\b|n't\b/i;

/** True when one of the six words before `index` in the sentence negates it ("we cannot guarantee"). */
export function isNegated(sentence: string, index: number): boolean {
  const words = sentence.slice(0, index).split(/\s+/).filter(Boolean).slice(-6).join(" ");
  return NEGATION.test(words);
}

/** Markdown emphasis and link syntax removed, for comparing and quoting. */
export const plain = (markdown: string) =>
  markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
