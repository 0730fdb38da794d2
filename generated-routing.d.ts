// The routing manifest `npm run build` writes for each build (lib/content/routing.ts); next.config.ts points this name at it.
declare module '@generated/routing' {
  const manifest: import('@/lib/content/routing').RoutingManifest;
  export default manifest;
}
