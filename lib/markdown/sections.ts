import type { Heading, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);

const ATX_HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/m;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

/**
 * The part of `markdown` that holds the section, found by its heading line, so that a build
 * parses one section of each of a thousand bodies rather than all of each (issue 18). The whole
 * text whenever a cut could change the parse: a code fence (a "#" line may be code) or a link
 * definition (the section may refer to it), or a heading that only the parser can read.
 */
function sectionSlice(markdown: string, heading: RegExp): string {
  if (FENCE.test(markdown) || DEFINITION.test(markdown)) return markdown;
  const lines = [...markdown.matchAll(ATX_HEADING)];
  const start = lines.findIndex((m) => heading.test(m[2] ?? ""));
  const head = lines[start];
  if (!head) return markdown;
  const depth = head[1]?.length ?? 1;
  const next = lines.slice(start + 1).find((m) => (m[1]?.length ?? 1) <= depth);
  return markdown.slice(head.index, next?.index);
}

/** Plain text of the `##` section whose heading matches, e.g. "How it goes, step by step". */
export function sectionText(markdown: string, heading: RegExp): string | undefined {
  const children = parser.parse(sectionSlice(markdown, heading)).children;
  const start = children.findIndex((n) => n.type === "heading" && heading.test(toString(n)));
  const head = children[start] as Heading | undefined;
  if (!head) return undefined;
  const parts: RootContent[] = [];
  for (const node of children.slice(start + 1)) {
    if (node.type === "heading" && node.depth <= head.depth) break;
    parts.push(node);
  }
  const text = parts
    .map((node) =>
      node.type === "list"
        ? node.children.map((item, i) => `${node.ordered ? `${i + 1}.` : "-"} ${toString(item)}`).join(" ")
        : toString(node),
    )
    .join(" ")
    // A citation marker goes with the space before it: "a sample [@key]." reads "a sample."
    .replace(/\s*\[@[a-z0-9-]+\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text || undefined;
}
