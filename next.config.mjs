/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Pages are static; nothing here needs the image optimiser's remote loaders.
  images: { remotePatterns: [] },
};

export default nextConfig;
