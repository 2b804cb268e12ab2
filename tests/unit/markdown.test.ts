import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { unified } from "unified";
import { describe, expect, test } from "vitest";
import { configureMarkdown } from "@/lib/markdown";
import { sectionText } from "@/lib/markdown/sections";

const render = async (source: string) => {
  const processor = unified();
  configureMarkdown(processor);
  return String(await processor.process(source));
};

const frontmatter = `---\nsources:\n  - id: smith-2020\n  - id: lee-2021\n---\n`;

describe("markdown rendering", () => {
  test("a script tag in a body never reaches the HTML", async () => {
    const html = await render(`${frontmatter}Before\n\n<script>alert("x")</script>\n\nAfter <script>alert(1)</script>\n`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert("x")');
    // Inline tags are dropped; what stood between them is inert, escaped text.
    expect(html).toContain("<p>After alert(1)</p>");
    expect(html).toContain("<p>Before</p>");
  });

  test("event handler attributes in raw HTML never reach the HTML", async () => {
    const html = await render(`Text <img src="x" onerror="alert(1)"> and <a href="#" onclick="steal()">link</a>\n`);
    expect(html).not.toMatch(/onerror|onclick|<img/i);
  });

  test("javascript: links written in markdown lose their href", async () => {
    const html = await render(`[Book now](javascript:alert(1)) and ![x](javascript:alert(2))\n`);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain("Book now");
  });

  test("ordinary markdown renders: headings get ids, lists and tables work", async () => {
    const html = await render(`## Risks and side effects\n\n- Bruising\n\n| a | b |\n|---|---|\n| 1 | 2 |\n`);
    expect(html).toContain('<h2 id="risks-and-side-effects">Risks and side effects</h2>');
    expect(html).toContain("<li>Bruising</li>");
    expect(html).toContain("<table>");
  });

  test("a citation marker becomes a numbered link to its source", async () => {
    const html = await render(`${frontmatter}Small trials reported a benefit [@lee-2021].\n`);
    expect(html).toContain('<a href="#source-lee-2021" title="Source 2">[2]</a>');
  });

  test("a citation marker for an unknown source stays visible as text", async () => {
    const html = await render(`${frontmatter}A claim [@nobody-1999].\n`);
    expect(html).toContain("[@nobody-1999]");
  });

  test("frontmatter is not rendered into the body", async () => {
    const html = await render(`${frontmatter}Body\n`);
    expect(html).not.toContain("smith-2020");
  });
});

describe("a section's text is read from that section alone, and reads the same as from the whole body", () => {
  const bodies = readdirSync("content/treatments").map((file) =>
    readFileSync(path.join("content/treatments", file), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""),
  );

  test.each(bodies.map((body, i) => [i, body] as const))("shipped treatment %i: the same text as a parse of the whole body", (_i, body) => {
    // A code fence anywhere makes sectionText parse the whole text (a "#" line may be code).
    const whole = sectionText(`${body}\n\n\`\`\`\nfenced\n\`\`\`\n`, /^how it goes/i);
    expect(whole).toBeTruthy();
    expect(sectionText(body, /^how it goes/i)).toBe(whole);
  });

  test("a heading-like line inside a code fence does not start the section", () => {
    const body = "## Intro\n\n```\n## How it goes\nnot this\n```\n\n## How it goes\n\n1. This step.\n\n## Risks\n\nNone listed.";
    expect(sectionText(body, /^how it goes/i)).toBe("1. This step.");
  });

  test("a reference link in the section keeps its text when its definition is elsewhere", () => {
    const body = "## How it goes\n\n1. Read the [leaflet][l] first.\n\n## Sources\n\n[l]: https://example.org/leaflet";
    expect(sectionText(body, /^how it goes/i)).toBe("1. Read the leaflet first.");
  });

  test("a deeper heading stays in the section; the next one as deep ends it", () => {
    const body = "## How it goes\n\nStep one.\n\n### Afterwards\n\nRest.\n\n## Risks\n\nBruising.";
    expect(sectionText(body, /^how it goes/i)).toBe("Step one. Afterwards Rest.");
  });

  test("a setext heading, which no line search finds, is still found by the parser", () => {
    expect(sectionText("How it goes\n-----------\n\n1. A step.\n", /^how it goes/i)).toBe("1. A step.");
  });
});
