import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Lets tests build the real site and the fixture site side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Share images are drawn by a native addon (resvg) and WebAssembly (satori's HarfBuzz and Yoga): load them from node_modules, unbundled.
  serverExternalPackages: ['@resvg/resvg-js', 'satori'],
  reactStrictMode: true,
  // The root layout sits under [locale], so addresses outside every locale need their own 404 page.
  experimental: { globalNotFound: true },
};

export default nextConfig;
