import { securityHeaders } from "./config/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { remotePatterns: [] },
  // PGlite loads its own WASM and data files at run time: keep it out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite"],
  experimental: {
    // A consultation request is a few hundred bytes; refuse anything far larger.
    serverActions: { bodySizeLimit: "32kb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
