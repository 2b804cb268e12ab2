export interface SecurityHeader {
  key: string;
  value: string;
}
/** The headers for production (`dev: false`) or `next dev` (`dev: true`). */
export declare function buildSecurityHeaders(options: { dev: boolean }): SecurityHeader[];
/** Headers sent with every route (see security-headers.mjs). */
export declare const securityHeaders: SecurityHeader[];
