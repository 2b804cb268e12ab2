import { cn } from "@/lib/utils";

export interface ProseProps {
  /** HTML produced by lib/markdown at build time: raw HTML dropped, then sanitised. */
  html: string;
  className?: string;
}

export function Prose({ html, className }: ProseProps) {
  return (
    <div
      className={cn("prose max-w-none prose-slate prose-headings:scroll-mt-24 prose-a:text-brand-700", className)}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
