// @ts-check

/** Headers that hold for every response; the per-request CSP with its nonce is set in proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Turbopack bundling breaks PGlite's file URLs at runtime (STACK-NOTES.md pitfall 3), and the
  // calendar time-zone package reads its zone files from disk at runtime.
  serverExternalPackages: ["@electric-sql/pglite", "rate-limiter-flexible", "@touch4it/ical-timezones"],
  poweredByHeader: false,
  // Typecheck and lint run as their own npm scripts; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
