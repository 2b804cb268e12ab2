// Security headers for every route. Pages are static HTML, so the CSP cannot
// carry a per-request nonce (that would force every page to render on each
// request); Next's own inline bootstrap scripts therefore need
// 'unsafe-inline' in script-src. No 'unsafe-eval' in production, no
// third-party origin anywhere.

/** @param {{ dev: boolean }} options */
export function buildSecurityHeaders({ dev }) {
  const contentSecurityPolicy = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join("; ");

  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

// `next dev` needs eval and a websocket for hot reload; `next build`/`next start` get the strict policy.
export const securityHeaders = buildSecurityHeaders({ dev: process.env.NODE_ENV === "development" });

/**
 * The Keystatic admin (/keystatic, only in a build or dev server with
 * KEYSTATIC_ENABLED=1). Keystatic's UI links Inter from Google's font host
 * (a hard-coded stylesheet link) and, in GitHub mode, talks to GitHub's API
 * from the browser and shows the editor's avatar. Public routes never get this.
 *
 * @param {{ dev: boolean, github: boolean }} options
 */
export function buildAdminContentSecurityPolicy({ dev, github }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
    `img-src 'self' data: blob:${github ? " https://avatars.githubusercontent.com" : ""}`,
    "font-src 'self' https://fonts.gstatic.com",
    `connect-src 'self'${dev ? " ws:" : ""}${github ? " https://api.github.com" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join("; ");
}
