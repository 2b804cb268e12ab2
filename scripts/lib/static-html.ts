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

export interface DeferredHtml {
  html: string;
  /** The runtime's script URLs, now loaded by the loader on first interaction. */
  deferredScripts: string[];
  removedPreloads: number;
}

/** An external classic script Next loads at start-up (not the nomodule polyfill). */
function runtimeScriptSource(attributes: string): string | undefined {
  if (/\bnomodule\b/i.test(attributes) || isDataBlock(attributes)) return undefined;
  return /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
}

/**
 * For a page with an interactive island: take Next's external runtime scripts
 * out of the page and list them in a JSON data block that `loaderSrc` (a copy
 * of scripts/client/hydrate-on-interaction.js) loads on the first interaction.
 * Inline scripts stay: they only queue the page's RSC payload for the runtime.
 */
export function deferClientRuntime(html: string, loaderSrc: string): DeferredHtml {
  const deferredScripts: string[] = [];
  let removedPreloads = 0;
  let placeholder = "";
  const withoutScripts = html.replace(SCRIPT, (element, attributes: string) => {
    const src = runtimeScriptSource(attributes);
    if (src === undefined) return element;
    deferredScripts.push(src.replaceAll("&amp;", "&"));
    if (deferredScripts.length > 1) return "";
    placeholder = `<!--deferred-runtime-->`;
    return placeholder;
  });
  const withoutPreloads = withoutScripts.replace(SCRIPT_PRELOAD, () => {
    removedPreloads += 1;
    return "";
  });
  // JSON inside a data block: "<" is escaped so no URL can end the element early.
  const list = JSON.stringify(deferredScripts).replaceAll("<", "\\u003c");
  const replacement = `<script id="deferred-runtime" type="application/json">${list}</script><script src="${loaderSrc}" async=""></script>`;
  return { html: placeholder ? withoutPreloads.replace(placeholder, replacement) : withoutPreloads, deferredScripts, removedPreloads };
}
