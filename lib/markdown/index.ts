import { unified, type Processor } from "unified";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import { remarkCitations } from "./citations";

/**
 * The one markdown pipeline, used by Contentlayer at build time.
 * Raw HTML is never passed through: remark-rehype drops it (no
 * allowDangerousHtml) and rehype-sanitize removes anything unsafe that
 * markdown itself can express, such as `javascript:` links.
 */
export function configureMarkdown(builder: Processor) {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCitations)
    .use(remarkRehype)
    .use(rehypeSanitize) // GitHub's schema
    // Heading ids after sanitising, so they keep their plain names for #links.
    .use(rehypeSlug)
    .use(rehypeStringify);
}

/** The same pipeline outside Contentlayer (the draft preview). Give it the whole file, so citations resolve against its frontmatter. */
export function renderMarkdown(source: string): string {
  const processor = unified();
  configureMarkdown(processor as never);
  return String(processor.processSync(source));
}
