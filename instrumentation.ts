// Runs once when a Next server starts (`next start`, or each worker of origin/server.ts):
// a wrong configuration value stops it with one message naming the variable.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { envOrExit } = await import("./lib/env");
  envOrExit();
  const { assertServerEnv } = await import("./server/http/env");
  assertServerEnv();
}
