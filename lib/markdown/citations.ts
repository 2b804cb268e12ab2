import type { Root, Text, PhrasingContent } from "mdast";
import { parse as parseYaml } from "yaml";
import { visit, SKIP } from "unist-util-visit";

/** `[@source-id]` in a body cites the frontmatter source with that id. */
export const CITATION_MARKER = /\[@([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

export const sourceAnchor = (id: string) => `source-${id}`;

function sourceIdsFromFrontmatter(tree: Root): string[] {
  const node = tree.children.find((child) => child.type === "yaml");
  if (!node || node.type !== "yaml") return [];
  try {
    const data: unknown = parseYaml(node.value);
    if (typeof data !== "object" || data === null || !("sources" in data) || !Array.isArray(data.sources)) return [];
    return data.sources.flatMap((s: unknown) =>
      typeof s === "object" && s !== null && "id" in s && typeof s.id === "string" ? [s.id] : [],
    );
  } catch {
    return [];
  }
}

/**
 * Turns citation markers into numbered links to the page's source list.
 * Unknown ids stay as plain text; the content check reports them.
 */
export function remarkCitations() {
  return (tree: Root) => {
    const ids = sourceIdsFromFrontmatter(tree);
    visit(tree, "text", (node: Text, index, parent) => {
      if (!parent || index === undefined) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(CITATION_MARKER)) {
        const id = match[1] ?? "";
        const number = ids.indexOf(id) + 1;
        if (number === 0) continue;
        const start = match.index;
        if (start > last) parts.push({ type: "text", value: node.value.slice(last, start) });
        parts.push({
          type: "link",
          url: `#${sourceAnchor(id)}`,
          title: `Source ${number}`,
          children: [{ type: "text", value: `[${number}]` }],
        });
        last = start + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
