// Extra hosts allowed to call server actions besides the portal's own (the host in X-Forwarded-Host, else
// Host): comma-separated, e.g. "thidua.example.gov.vn,*.example.gov.vn". proxy.ts reads the same variable,
// so both refuse the same requests (proxy.ts answers 403 before Next.js would abort with a 500).
const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "exceljs", "@node-rs/argon2", "pg-boss", "nodemailer", "pdfkit"],
  poweredByHeader: false,
  // Content-Security-Policy (with a per-request nonce) and Strict-Transport-Security are set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
  experimental: {
    serverActions: { bodySizeLimit: "2mb", ...(allowedOrigins.length ? { allowedOrigins } : {}) },
  },
};

export default nextConfig;
