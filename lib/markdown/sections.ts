import type { Heading, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);

/** Plain text of the `##` section whose heading matches, e.g. "How it goes, step by step". */
export function sectionText(markdown: string, heading: RegExp): string | undefined {
  const children = parser.parse(markdown).children;
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
