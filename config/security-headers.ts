// Security headers for every route.
//
// Script policy: no public page runs an inline script. The build serves every
// page without an interactive island as plain HTML with no script at all, and
// the one page with an island (the consultation form) with no inline script:
// Next's inline bootstrap and payload travel as a JSON data block that an
// external loader replays on the first interaction (build/static-pages.ts).
// So every public page gets `script-src 'self'` with no 'unsafe-inline'.
// Only pages rendered per request that run Next's runtime need its inline
// scripts: INTERACTIVE_PAGE_SOURCES, today only the editors' draft preview,
// which exists only in a build with KEYSTATIC_ENABLED=1. No 'unsafe-eval' in
// production, no third-party origin anywhere. build/static-pages.ts fails
// the build if a page runs the runtime with inline scripts without being
// listed here.

export interface Header {
  key: string;
  value: string;
}

interface PolicyOptions {
  dev: boolean;
  inlineScripts?: boolean;
  nonce?: string;
  allow?: { style?: string[]; img?: string[]; font?: string[]; connect?: string[] };
}

/**
 * The one CSP shape: same-origin everything, plus the origins a caller allows
 * per directive (only the admin does).
 */
function buildContentSecurityPolicy({ dev, inlineScripts = dev, nonce, allow = {} }: PolicyOptions): string {
  const more = (origins: string[] | undefined) => (origins?.length ? ` ${origins.join(" ")}` : "");
  return [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""}${inlineScripts ? " 'unsafe-inline'" : ""}${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'unsafe-inline'${more(allow.style)}`,
    `img-src 'self' data: blob:${more(allow.img)}`,
    `font-src 'self'${more(allow.font)}`,
    `connect-src 'self'${dev ? " ws:" : ""}${more(allow.connect)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join("; ");
}

export function buildSecurityHeaders({ dev, inlineScripts = dev }: { dev: boolean; inlineScripts?: boolean }): Header[] {
  const contentSecurityPolicy = buildContentSecurityPolicy({ dev, inlineScripts });

  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}

/** Pages rendered per request that run Next's client runtime with its inline scripts (Next.js `headers()` sources). */
export const INTERACTIVE_PAGE_SOURCES = ["/preview/:path*"];

/**
 * What interactive pages get on top of (and instead of) the plain policy: inline
 * scripts, and isolation from any window that opened them. COOP is not on the
 * public pages, the consultation form included: on a phone, Chrome gives a
 * COOP site its own renderer process, and in Lighthouse's mobile run that
 * start-up blocked the main thread for 100 to 400 ms (the form page scored 91
 * to 97 with it, 98 to 100 without). What it guards against, a window that
 * opened ours keeping a handle on it, matters little on pages that show no
 * one's data: cross-origin windows cannot read them, and links that open a new
 * tab get no opener by default.
 */
export function buildInteractivePageHeaders({ dev }: { dev: boolean }): Header[] {
  return [
    { key: "Content-Security-Policy", value: buildContentSecurityPolicy({ dev, inlineScripts: true }) },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/**
 * Pages rendered per request whose policy proxy.ts sets with a fresh nonce
 * (next.config's headers() leave their CSP alone).
 */
export const NONCE_PAGE_ROUTES = ["/consultation/thanks"];

/**
 * The policy of a page rendered per request (the consultation thanks page):
 * Next's inline scripts run only with this response's nonce, which Next reads
 * from the request's own Content-Security-Policy header and puts on each
 * script it renders. Set by proxy.ts, which makes a nonce per response.
 */
export function buildNoncePolicy({ dev, nonce }: { dev: boolean; nonce: string }): string {
  return buildContentSecurityPolicy({ dev, nonce });
}

/** True when a route such as /preview/treatments/x is covered by one of the sources. */
export function isInteractiveRoute(route: string): boolean {
  return INTERACTIVE_PAGE_SOURCES.some((source) =>
    source.endsWith("/:path*") ? route.startsWith(`${source.slice(0, -"/:path*".length)}/`) : route === source,
  );
}

// `next dev` needs eval and a websocket for hot reload; `next build`/`next start` get the strict policy.
export const securityHeaders = buildSecurityHeaders({ dev: process.env.NODE_ENV === "development" });
export const interactivePageHeaders = buildInteractivePageHeaders({ dev: process.env.NODE_ENV === "development" });

/**
 * The Keystatic admin (/keystatic, only in a build or dev server with
 * KEYSTATIC_ENABLED=1). Keystatic's UI links Inter from Google's font host
 * (a hard-coded stylesheet link) and, in GitHub mode, talks to GitHub's API
 * from the browser and shows the editor's avatar. Public routes never get this.
 */
export function buildAdminContentSecurityPolicy({ dev, github }: { dev: boolean; github: boolean }): string {
  return buildContentSecurityPolicy({
    dev,
    inlineScripts: true,
    allow: {
      style: ["https://fonts.googleapis.com"],
      img: github ? ["https://avatars.githubusercontent.com"] : [],
      font: ["https://fonts.gstatic.com"],
      connect: github ? ["https://api.github.com"] : [],
    },
  });
}
