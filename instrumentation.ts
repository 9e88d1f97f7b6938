// Runs once when the server starts: refuse to start without the secrets we need.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertServerEnv } = await import("./server/http/env");
  assertServerEnv();
}
