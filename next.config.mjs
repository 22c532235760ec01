// Next.js configuration. Request-size limits come from the same env var the API routes use.
const bodyLimitMb = Number(process.env.MAX_REQUEST_BODY_MB || 8);
// The assets form posts the image itself; leave room for the multipart framing around the file.
const assetLimitMb = Number(process.env.MAX_ASSET_MB || 8) + 1;

// What a route that forks the render child needs beside its own trace: the child bundle, the fonts
// unpacked on install, and the CJK pack's four faces (only the Regular and Bold files, 32 MB, not the
// packages' other weights).
const RENDER_CHILD_FILES = [
  "./dist/render-child.mjs",
  "./dist/fonts/**",
  "./node_modules/@expo-google-fonts/noto-sans-{jp,sc}/{400Regular,700Bold}/*.ttf",
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole repo (tests and scripts included) before it
  // builds, so the build's own narrower type-check would only repeat it. Deploy builds run it via CI.
  typescript: { ignoreBuildErrors: true },
  // The render child (dist/render-child.mjs) and the worker run outside Next; keep the
  // native/ESM-heavy packages external so the server bundle loads the same copies.
  serverExternalPackages: ["@react-pdf/renderer", "pdf-lib", "better-sqlite3", "pg"],
  // Routes that fork the render child: the path is built at run time, so tracing cannot find the
  // bundle by itself, and serverless hosts (Vercel) would deploy the route without it.
  outputFileTracingIncludes: {
    // Template checks run in worker threads (lib/jobs/inspect-pool.ts) for every route and action
    // that queues or renders a document.
    "/**": ["./dist/inspect-worker.mjs"],
    "/api/inngest": RENDER_CHILD_FILES,
    "/api/pdf/generate": RENDER_CHILD_FILES,
    "/api/preview": RENDER_CHILD_FILES,
  },
  experimental: {
    serverActions: { bodySizeLimit: `${Math.max(bodyLimitMb, assetLimitMb)}mb` },
  },
};

export default nextConfig;
