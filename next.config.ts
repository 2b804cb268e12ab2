import os from "node:os";
import path from "node:path";
import type { NextConfig } from "next";
import {
  buildAdminContentSecurityPolicy,
  INTERACTIVE_PAGE_SOURCES,
  interactivePageHeaders,
  securityHeaders,
} from "./config/security-headers";

// The Keystatic admin (/keystatic, /api/keystatic) exists only when the build or
// dev server runs with KEYSTATIC_ENABLED=1 (`npm run dev` sets it). Its route
// files end in .admin.tsx/.admin.ts, which Next treats as routes only when
// those extensions are listed here; a plain `npm run build` has no admin at all.
const cmsEnabled = process.env.KEYSTATIC_ENABLED === "1";
const dev = process.env.NODE_ENV === "development";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // After every build, prerendered pages become plain HTML that runs under the site's CSP
  // (build/adapter.mjs): part of `next build` itself, so a host that runs only that gets it too.
  // Next runs from the project folder (package.json's scripts, and every host's `next build`).
  adapterPath: path.resolve("build", "adapter.mjs"),
  poweredByHeader: false,
  // Prerender workers without --enable-source-maps: with it each worker held about 750 MB at
  // 1,000 treatments, without it about 320 MB (issue 18, bench/results.md). A prerender error
  // still names its page; `next build --debug-prerender` gives mapped stacks when needed.
  enablePrerenderSourceMaps: false,
  pageExtensions: cmsEnabled ? ["tsx", "ts", "jsx", "js", "admin.tsx", "admin.ts"] : ["tsx", "ts", "jsx", "js"],
  // Keystatic's docs open the admin at http://127.0.0.1:3000/keystatic; without this `next dev`
  // refuses its dev resources to that origin and the UI never renders.
  allowedDevOrigins: ["127.0.0.1"],
  // The storage choice must reach the admin's browser bundle too (lib/cms/env.ts). No secret
  // does: preview links are signed by the server (lib/cms/editor-access.ts).
  env: cmsEnabled
    ? { KEYSTATIC_STORAGE: process.env.KEYSTATIC_STORAGE ?? "", KEYSTATIC_GITHUB_REPO: process.env.KEYSTATIC_GITHUB_REPO ?? "" }
    : {},
  images: { remotePatterns: [] },
  // lib/content.ts reads the generated documents at run time instead of bundling them (issue 18):
  // hosts that copy only traced files must copy these too.
  outputFileTracingIncludes: { "/**": [".contentlayer/generated/**/*.json"] },
  // PGlite loads its own WASM and data files at run time: keep it out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite"],
  experimental: {
    // A consultation request is a few hundred bytes; refuse anything far larger.
    serverActions: { bodySizeLimit: "32kb" },
    // Prerender on every core: Next's default is one worker fewer than the cores, which on a
    // 2-core host leaves one idle while the main process waits (issue 18; bench/results.md).
    cpus: Math.max(1, os.availableParallelism()),
    // Next 16 renders every segment of every page a second time, and gzips it, to decide which
    // prefetch responses to merge for its client router. Our pages run no client router (plain
    // HTML; the form loads React on first interaction), so that pass is pure cost: about a quarter
    // of prerendering at 1,000 treatments (issue 18, bench/results.md).
    prefetchInlining: false,
  },
  async headers() {
    const rules = [
      { source: "/:path*", headers: securityHeaders },
      // Later rules win for the same header: these pages' CSP allows Next's inline bootstrap.
      ...INTERACTIVE_PAGE_SOURCES.map((source) => ({ source, headers: interactivePageHeaders })),
    ];
    if (cmsEnabled) {
      // Later rules win for the same header key: only /keystatic gets the admin's CSP.
      const adminCsp = [
        {
          key: "Content-Security-Policy",
          value: buildAdminContentSecurityPolicy({ dev, github: process.env.KEYSTATIC_STORAGE === "github" }),
        },
      ];
      rules.push({ source: "/keystatic", headers: adminCsp }, { source: "/keystatic/:path*", headers: adminCsp });
    }
    return rules;
  },
};

export default nextConfig;
