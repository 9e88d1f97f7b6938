import { env, isBuildPhase } from "@/lib/env";

/** Fails at boot, with a clear message, when configuration the site cannot run without is missing. */
export function assertServerEnv(): void {
  if (isBuildPhase()) return;
  if (!env().AUTH_SECRET) {
    throw new Error(
      "AUTH_SECRET is not set: sessions cannot be signed. Generate one with `openssl rand -base64 33` and set it in the environment " +
        "(`npm start` and `npm run dev` generate one for the embedded demo database).",
    );
  }
}
