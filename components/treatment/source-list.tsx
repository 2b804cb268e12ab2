import type { Source } from "@/lib/content";
import { sourceAnchor } from "@/lib/markdown/citations";

export interface SourceListProps {
  sources: Source[];
}

export const sourceHref = (source: Source) => source.url ?? `https://doi.org/${source.doi ?? ""}`;

/** Numbered in frontmatter order, matching the [n] citation links in the body. */
export function SourceList({ sources }: SourceListProps) {
  return (
    <section aria-labelledby="sources" className="space-y-3">
      <h2 id="sources" className="text-2xl font-semibold text-slate-900">
        Sources
      </h2>
      <ol className="list-decimal space-y-2 pl-6 text-slate-700">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)} className="scroll-mt-24">
            <cite className="not-italic">{source.title}</cite>. {source.publisher}, {source.year}.{" "}
            <a href={sourceHref(source)} className="break-words text-brand-700 underline underline-offset-2" rel="noopener">
              {source.doi ? `doi:${source.doi}` : source.url}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
