import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Lets tests build the real site and the fixture site side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // The root layout sits under [locale], so addresses outside every locale need their own 404 page.
  experimental: { globalNotFound: true },
};

export default nextConfig;
