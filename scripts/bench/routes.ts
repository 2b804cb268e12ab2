/**
 * Per-route weight of the shipped site, measured against `next start`:
 * HTML as sent (raw, and gzip as next start sends it to a browser that asks
 * for it) and the JavaScript the page loads (every <script src>, fetched with
 * gzip, summed once per page), plus, for a page with an island, the runtime
 * its loader fetches on the first interaction (the #deferred-runtime list).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { get, parseAttributes, type HttpResponse } from "./http";

export interface RouteWeight {
  route: string;
  status: number;
  htmlRaw: number;
  htmlGzip: number;
  jsGzip: number;
  jsChunks: number;
  /** JavaScript fetched on the first interaction (pages with an island; 0 elsewhere). */
  deferredGzip: number;
  deferredChunks: number;
  /** True when the server did not gzip and the bench compressed locally (zlib level 6). */
  localGzip: boolean;
}

/** The routes the issue lists: /, /treatments, each treatment, /clinic, each legal page. */
export async function discoverRoutes(baseUrl: string, projectDir: string): Promise<{ routes: string[]; source: string }> {
  const fixed = ["/", "/treatments"];
  try {
    const sitemap = await get(`${baseUrl}/sitemap.xml`);
    if (sitemap.status !== 200) throw new Error(`sitemap.xml: HTTP ${sitemap.status}`);
    const paths = [...sitemap.body.toString("utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
    const treatments = paths.filter((p) => /^\/treatments\/[^/]+$/.test(p));
    const legal = paths.filter((p) => /^\/legal\/[^/]+$/.test(p));
    if (!treatments.length) throw new Error("no treatments in sitemap.xml");
    return { routes: [...fixed, ...treatments, "/clinic", ...legal], source: "sitemap.xml" };
  } catch {
    const slugs = (folder: string) =>
      readdirSync(path.join(projectDir, "content", folder))
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => f.replace(/\.mdx?$/, ""));
    return {
      routes: [...fixed, ...slugs("treatments").map((s) => `/treatments/${s}`), "/clinic", ...slugs("legal").map((s) => `/legal/${s}`)],
      source: "content/ file names (sitemap.xml unavailable)",
    };
  }
}

const gzipSize = (res: HttpResponse, raw?: Buffer): { bytes: number; local: boolean } =>
  res.headers["content-encoding"] === "gzip"
    ? { bytes: res.body.length, local: false }
    : { bytes: gzipSync(raw ?? res.body).length, local: true };

/**
 * Script URLs of a page, in document order, without repeats. `nomodule`
 * scripts (Next's legacy polyfills) are left out: browsers that run modules,
 * every browser Next supports, never download or run them.
 */
export function scriptSources(html: string, pageUrl: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*>/gi)) {
    const attributes = parseAttributes(match[0]);
    const src = attributes.get("src");
    if (src && !attributes.has("nomodule")) sources.add(new URL(src, pageUrl).href);
  }
  return [...sources];
}

/** Script URLs the page's loader fetches on the first interaction (build/static-pages.ts writes the list). */
export function deferredScriptSources(html: string, pageUrl: string): string[] {
  const list = /<script id="deferred-runtime" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  const scripts = list ? ((JSON.parse(list) as { scripts?: string[] }).scripts ?? []) : [];
  return [...new Set(scripts.map((src) => new URL(src, pageUrl).href))];
}

async function gzipTotal(sources: string[], chunkSizes: Map<string, number>): Promise<number> {
  let total = 0;
  for (const src of sources) {
    let size = chunkSizes.get(src);
    if (size === undefined) {
      const res = await get(src, { "accept-encoding": "gzip" });
      if (res.status !== 200) throw new Error(`${src}: HTTP ${res.status}`);
      size = gzipSize(res).bytes;
      chunkSizes.set(src, size);
    }
    total += size;
  }
  return total;
}

export async function measureRoute(baseUrl: string, route: string, chunkSizes: Map<string, number>): Promise<RouteWeight> {
  const url = `${baseUrl}${route}`;
  const raw = await get(url);
  if (raw.status !== 200) throw new Error(`HTTP ${raw.status}`);
  const gz = gzipSize(await get(url, { "accept-encoding": "gzip" }), raw.body);
  const html = raw.body.toString("utf8");
  const scripts = scriptSources(html, url);
  const deferred = deferredScriptSources(html, url);
  return {
    route,
    status: raw.status,
    htmlRaw: raw.body.length,
    htmlGzip: gz.bytes,
    jsGzip: await gzipTotal(scripts, chunkSizes),
    jsChunks: scripts.length,
    deferredGzip: await gzipTotal(deferred, chunkSizes),
    deferredChunks: deferred.length,
    localGzip: gz.local,
  };
}
