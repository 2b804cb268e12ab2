import { describe, expect, it } from "vitest";
import { deferClientRuntime, projectClientModules, stripClientRuntime } from "../../build/static-html";

const page = [
  "<!DOCTYPE html><html><head>",
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" href="/_next/static/media/inter.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1.js"/>',
  '<script src="/_next/static/chunks/2.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
  "</head><body><h1>PRP facial</h1>",
  '<script type="application/ld+json">{"@context":"https://schema.org","name":"a \\u003c b"}</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"<\\/script> is escaped by Next"])</script>',
  '<script id="_R_">requestAnimationFrame(function(){})</script>',
  "</body></html>",
].join("");

describe("stripClientRuntime", () => {
  it("removes every executable script and script preload", () => {
    const { html, removedScripts, removedPreloads } = stripClientRuntime(page);
    expect(removedScripts).toBe(5);
    expect(removedPreloads).toBe(1);
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain("__next_f");
  });

  it("keeps JSON-LD, styles, the font preload and the content byte for byte", () => {
    const { html } = stripClientRuntime(page);
    expect(html).toContain('<script type="application/ld+json">{"@context":"https://schema.org","name":"a \\u003c b"}</script>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(html).toContain('as="font"');
    expect(html).toContain("<h1>PRP facial</h1>");
  });

  it("treats a module or JavaScript-typed script as code", () => {
    const { removedScripts } = stripClientRuntime(
      '<script type="module">a()</script><script type="text/javascript">b()</script><script type="application/json">{}</script>',
    );
    expect(removedScripts).toBe(2);
  });
});

describe("projectClientModules", () => {
  const manifest = (keys: string[]) =>
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/x/page"] = ${JSON.stringify({
      moduleLoading: { prefix: "" },
      clientModules: Object.fromEntries(keys.map((k) => [k, { id: 1, name: "*", chunks: [], async: false }])),
    })};`;

  it("ignores Next's own client components", () => {
    expect(
      projectClientModules(
        manifest([
          "[project]/node_modules/next/dist/client/app-dir/link.js",
          "[project]/node_modules/next/dist/esm/client/components/layout-router.js",
        ]),
      ),
    ).toEqual([]);
  });

  it("names a client component of this project", () => {
    expect(
      projectClientModules(
        manifest([
          "[project]/node_modules/next/dist/client/app-dir/link.js",
          "[project]/components/consultation/consultation-form.tsx <module evaluation>",
        ]),
      ),
    ).toEqual(["components/consultation/consultation-form.tsx"]);
  });
});

describe("deferClientRuntime", () => {
  // The shape Next 16 writes into a prerendered page with a client component.
  const island = [
    "<!DOCTYPE html><html><head>",
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1.js"/>',
    '<script src="/_next/static/chunks/2.js" async=""></script>',
    '<script src="/_next/static/chunks/3.js?a=1&amp;b=2" async=""></script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/1.js"],"runtimeModuleIds":[94553]});</script>',
    '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
    "</head><body><h1>Request a consultation</h1><form></form>",
    '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    '<script>self.__next_f.push([1,"<\\/script> and \\u003cb> are escaped by Next"])</script>',
    "</body></html>",
  ].join("");
  const loader = "/_next/static/chunks/hydrate-on-interaction-0123456789ab.js";

  it("moves the chunk list, the RSC payload and the runtime's scripts into one data block, in order", () => {
    const { runtime, removedPreloads } = deferClientRuntime(island, loader);
    expect(runtime).toEqual({
      turbopack: [{ otherChunks: ["static/chunks/1.js"], runtimeModuleIds: [94553] }],
      flight: [[0], [1, "</script> and <b> are escaped by Next"]],
      scripts: ["/_next/static/chunks/2.js", "/_next/static/chunks/3.js?a=1&b=2"],
    });
    expect(removedPreloads).toBe(1);
  });

  it("leaves no inline script and only the loader to load at start, after the content", () => {
    const { html } = deferClientRuntime(island, loader);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      ' src="/_next/static/chunks/poly.js" noModule=""',
      ' type="application/ld+json"',
      ' id="deferred-runtime" type="application/json"',
      ` src="${loader}" async=""`,
    ]);
    expect(html).not.toContain('as="script"');
    expect(html.indexOf("<form>")).toBeLessThan(html.indexOf("deferred-runtime"));
  });

  it("writes JSON that a browser reads back unchanged and that cannot end its element early", () => {
    const { html, runtime } = deferClientRuntime(island, loader);
    const data = /<script id="deferred-runtime" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(data).not.toContain("<");
    expect(JSON.parse(data)).toEqual(runtime);
  });

  it("fails on an inline script it does not know, rather than dropping it", () => {
    expect(() => deferClientRuntime(island.replace("</body>", "<script>alert(1)</script></body>"), loader)).toThrow(
      /unrecognised inline script/,
    );
  });

  it("finds nothing to defer on a page without the runtime", () => {
    expect(deferClientRuntime("<html><body><p>x</p></body></html>", loader).runtime.scripts).toEqual([]);
  });
});
