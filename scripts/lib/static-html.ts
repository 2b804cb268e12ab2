/**
 * Pure helpers for scripts/static-pages.ts: decide which prerendered pages
 * need Next's client runtime, and remove it from the ones that do not.
 */

/**
 * Client modules a route's client-reference manifest lists that come from
 * this project rather than from node_modules (Next's own Link, layout router
 * and error boundaries all live in node_modules and work as plain HTML).
 */
export function projectClientModules(manifestSource: string): string[] {
  const json = manifestSource.slice(manifestSource.indexOf("= {") + 2).replace(/;\s*$/, "");
  const manifest = JSON.parse(json) as { clientModules?: Record<string, unknown> };
  return Object.keys(manifest.clientModules ?? {})
    .map((key) => key.replace(/^\[project\]\//, "").replace(/ <.*>$/, ""))
    .filter((file) => !file.startsWith("node_modules/") && !file.startsWith("["));
}

// An HTML script element ends at the first `</script`, whatever its content,
// so this match is exact for HTML as the browser tokenizes it.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script")[^>]*\/?>|<link\b(?=[^>]*\brel="modulepreload")[^>]*\/?>/gi;

/** Data blocks (JSON-LD) are not code: they stay. */
function isDataBlock(attributes: string): boolean {
  const type = /\btype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
  return type !== undefined && type !== "" && type !== "module" && !type.includes("javascript");
}

export interface StrippedHtml {
  html: string;
  removedScripts: number;
  removedPreloads: number;
}

/** Remove every executable script and script preload; keep JSON-LD and everything else byte for byte. */
export function stripClientRuntime(html: string): StrippedHtml {
  let removedScripts = 0;
  let removedPreloads = 0;
  const withoutScripts = html.replace(SCRIPT, (element, attributes: string) => {
    if (isDataBlock(attributes)) return element;
    removedScripts += 1;
    return "";
  });
  const withoutPreloads = withoutScripts.replace(SCRIPT_PRELOAD, () => {
    removedPreloads += 1;
    return "";
  });
  return { html: withoutPreloads, removedScripts, removedPreloads };
}
