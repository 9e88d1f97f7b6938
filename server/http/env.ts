/** Fails at boot, with a clear message, when configuration the site cannot run without is missing. */
export function assertServerEnv(): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.AUTH_SECRET) {
    throw new Error(
      "AUTH_SECRET is not set: sessions cannot be signed. Generate one with `openssl rand -base64 33` and set it in the environment " +
        "(`npm start` and `npm run dev` generate one for the embedded demo database).",
    );
  }
}
