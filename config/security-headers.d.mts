export interface SecurityHeader {
  key: string;
  value: string;
}
/** The headers for production (`dev: false`) or `next dev` (`dev: true`). */
export declare function buildSecurityHeaders(options: { dev: boolean; inlineScripts?: boolean }): SecurityHeader[];
/** Headers sent with every route (see security-headers.mjs). */
export declare const securityHeaders: SecurityHeader[];
/** Pages that run Next's client runtime (Next.js `headers()` sources). */
export declare const INTERACTIVE_PAGE_SOURCES: string[];
/** The CSP (with inline scripts) and COOP for interactive pages. */
export declare function buildInteractivePageHeaders(options: { dev: boolean }): SecurityHeader[];
export declare const interactivePageHeaders: SecurityHeader[];
/** True when a route is covered by INTERACTIVE_PAGE_SOURCES. */
export declare function isInteractiveRoute(route: string): boolean;
/** The CSP of a page rendered per request: inline scripts only with this nonce. */
export declare function buildNoncePolicy(options: { dev: boolean; nonce: string }): string;
/** Pages whose CSP proxy.ts sets per response with a nonce. */
export declare const NONCE_PAGE_ROUTES: string[];
