import { env, isBuildPhase } from "../lib/env";

// The launcher (scripts/start.ts) sets DATABASE_URL to the embedded server when the user
// did not; anything that reaches the database without it was started the wrong way.
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (url) return url;
  // `next build` imports page modules but never queries (pages call connection() first).
  if (isBuildPhase()) return "postgres://build-time-placeholder@127.0.0.1:1/none";
  throw new Error(
    "DATABASE_URL is not set. Start the site with `npm start` or `npm run dev`, which start an embedded PostgreSQL, or set DATABASE_URL.",
  );
}
