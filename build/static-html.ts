/**
 * Pure helpers for build/static-pages.ts: decide which prerendered pages
 * need Next's client runtime, and remove it from the ones that do not.
 */

/**
 * Client modules a route's client-reference manifest lists that come from
 * this project rather than from node_modules (Next's own Link, layout router
 * and error boundaries all live in node_modules and work as plain HTML).
 */
export function projectClientModules(manifestSource: string): string[] {
  const json = manifestSource
    .slice(manifestSource.indexOf("= {") + 2)
    .trimEnd()
    .replace(/;$/, "");
  const manifest = JSON.parse(json) as { clientModules?: Record<string, unknown> };
  return Object.keys(manifest.clientModules ?? {})
    .map((key) => key.replace(/^\[project\]\//, "").replace(/ <.*>$/, ""))
    .filter((file) => !file.startsWith("node_modules/") && !file.startsWith("["));
}

// An HTML script element ends at the first `</script`, whatever its content,
// so this match is exact for HTML as the browser tokenizes it.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const SCRIPT_PRELOAD =
  /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script")[^>]*\/?>|<link\b(?=[^>]*\brel="modulepreload")[^>]*\/?>/gi;

/** Data blocks (JSON-LD) are not code: they stay. */
function isDataBlock(attributes: string): boolean {
  const type = /\btype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
  return type !== undefined && type !== "" && type !== "module" && !type.includes("javascript");
}

/** Next's script preloads: useless once the scripts they fetch early are gone or deferred. */
function removeScriptPreloads(html: string): { html: string; removedPreloads: number } {
  let removedPreloads = 0;
  const without = html.replace(SCRIPT_PRELOAD, () => {
    removedPreloads += 1;
    return "";
  });
  return { html: without, removedPreloads };
}

export interface StrippedHtml {
  html: string;
  removedScripts: number;
  removedPreloads: number;
}

/** Remove every executable script and script preload; keep JSON-LD and everything else byte for byte. */
export function stripClientRuntime(html: string): StrippedHtml {
  let removedScripts = 0;
  const withoutScripts = html.replace(SCRIPT, (element, attributes: string) => {
    if (isDataBlock(attributes)) return element;
    removedScripts += 1;
    return "";
  });
  const { html: withoutPreloads, removedPreloads } = removeScriptPreloads(withoutScripts);
  return { html: withoutPreloads, removedScripts, removedPreloads };
}

export interface DeferredRuntime {
  /** What Next's inline `_R_` script pushes onto globalThis.TURBOPACK (the chunk loader's start-up list). */
  turbopack: unknown[];
  /** What Next's inline scripts push onto self.__next_f (the page's RSC payload), in document order. */
  flight: unknown[];
  /** The runtime's external scripts. */
  scripts: string[];
}

export interface DeferredHtml {
  html: string;
  runtime: DeferredRuntime;
  removedPreloads: number;
}

// The only inline scripts Next 16 writes into a prerendered page without Suspense
// boundaries; each is a push of one JSON value. Anything else fails the build.
const TURBOPACK_PUSH = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);?$/;
const FLIGHT_PUSH = /^(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\(([\s\S]*)\);?$/;

function pushedValue(pattern: RegExp, code: string): unknown {
  const json = pattern.exec(code.trim())?.[1];
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * For a page with an interactive island: take every script of Next's out of
 * the page (the external runtime, the inline chunk-loader list and the inline
 * RSC payload) and put them in one JSON data block, #deferred-runtime, which
 * `loaderSrc` (a copy of build/hydrate-on-interaction.js) replays on
 * the first interaction. The page then runs no inline script at all: parsing
 * and running the inline payload was most of the page's main-thread work at
 * load. Throws on an inline script it does not recognise, so a change in
 * Next's output fails the build instead of breaking the page.
 */
/** Where the deferred runtime's data block starts (lib/consultation/preselected-form.ts finds it by this too). */
export const DEFERRED_RUNTIME_OPEN = '<script id="deferred-runtime" type="application/json">';

/** JSON inside a data block: "<" is escaped so no value can end the element early. */
export const dataBlockJson = (value: unknown): string => JSON.stringify(value).replaceAll("<", "\\u003c");

export function deferClientRuntime(html: string, loaderSrc: string): DeferredHtml {
  const runtime: DeferredRuntime = { turbopack: [], flight: [], scripts: [] };
  const withoutScripts = html.replace(SCRIPT, (element, attributes: string) => {
    if (isDataBlock(attributes) || /\bnomodule\b/i.test(attributes)) return element;
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    if (src !== undefined) {
      runtime.scripts.push(src.replaceAll("&amp;", "&"));
    } else {
      const code = element.slice(element.indexOf(">") + 1, element.lastIndexOf("</"));
      const turbopack = pushedValue(TURBOPACK_PUSH, code);
      const flight = turbopack === undefined ? pushedValue(FLIGHT_PUSH, code) : undefined;
      if (turbopack !== undefined) runtime.turbopack.push(turbopack);
      else if (flight !== undefined) runtime.flight.push(flight);
      else throw new Error(`unrecognised inline script: ${code.slice(0, 80)}`);
    }
    return "";
  });
  const { html: withoutPreloads, removedPreloads } = removeScriptPreloads(withoutScripts);
  if (runtime.scripts.length === 0) return { html, runtime, removedPreloads: 0 };
  const end = withoutPreloads.lastIndexOf("</body>");
  if (end === -1) throw new Error("no </body> to put the deferred runtime before");
  // At the end of the body, where Next had the payload: the content still comes first on a slow network.
  const block = `${DEFERRED_RUNTIME_OPEN}${dataBlockJson(runtime)}</script><script src="${loaderSrc}" async=""></script>`;
  return { html: withoutPreloads.slice(0, end) + block + withoutPreloads.slice(end), runtime, removedPreloads };
}

/** Where the build adapter lists the prerendered HTML files, and where the step records that it finished. */
export const STATIC_PAGES_INPUT = ".next/static-pages-input.json";
export const STATIC_PAGES_STAMP = ".next/static-pages.json";

export interface StaticPagesStamp {
  buildId: string;
  /** URL path -> its prerendered file, relative to the project ("/a" its HTML, "/a.rsc" its payload). */
  files: Record<string, string>;
  plain: string[];
  deferred: string[];
}

export type ProcessedAs = "plain" | "deferred";

const MARK = /<!--static-pages:(plain|deferred)-->\s*$/;

/**
 * The page as written back, with a comment saying what was done (a comment is valid anywhere after </html>).
 * trimEnd, not a /\s*$/ replace: V8 tries that pattern at every run of whitespace in the page (issue 18).
 */
export const stampProcessed = (html: string, as: ProcessedAs) => `${html.trimEnd()}<!--static-pages:${as}-->`;

/** What an earlier run did to this page, if anything (the mark is the page's last characters). */
export const processedAs = (html: string): ProcessedAs | undefined => MARK.exec(html.slice(-64))?.[1] as ProcessedAs | undefined;
