// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native drivers and the generated Prisma clients stay outside the bundle.
  // (The rasteriser too: it loads its WebAssembly from node_modules at run time.)
  serverExternalPackages: [
    'better-sqlite3',
    'pg',
    '@prisma/adapter-better-sqlite3',
    '@prisma/adapter-pg',
    '@resvg/resvg-wasm',
  ],
  typedRoutes: false,
  async headers() {
    return [
      {
        // Types are never sniffed. Pages get their full Content-Security-Policy, with a per-request
        // nonce and their frame-ancestors, from proxy.ts.
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      {
        // Nothing is framed except the embeds (/embed/..., /fr/embed/...), which proxy.ts opens to
        // the sites EMBED_ALLOWED_ORIGINS names. (The root has its own entry: `:path` never matches
        // an empty path.)
        source: '/:path((?!(?:[a-z]{2}/)?embed(?:/|$)).+)',
        headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
      },
      { source: '/', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      {
        // API answers are data, never documents to run.
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      {
        // Chart images (SVG) style their text and embed their font inline; still no script, no
        // request anywhere. Later entries override earlier ones for the same header.
        source: '/api/v1/charts/:path*',
        headers: [
          {
            key: 'Content-Security-Policy',
            value:
              "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'none'",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
