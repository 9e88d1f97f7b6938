import "server-only";
import { sql } from "@/db/client";
import { DatabaseBusy } from "@/db/pool-gate";

export type DatabaseState = "up" | "down" | "busy";

// Load balancers and the front server ask this while the site is in trouble: it must answer
// quickly whatever the database does (refuses, hangs, or every connection is taken).
const PROBE_TIMEOUT_MS = 2000;

export async function checkDatabase(): Promise<DatabaseState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseState>(
    (resolve) => (timer = setTimeout(() => resolve("down"), PROBE_TIMEOUT_MS)),
  );
  const probe = Promise.resolve(sql`select 1`).then(
    (): DatabaseState => "up",
    (error: unknown): DatabaseState => (error instanceof DatabaseBusy ? "busy" : "down"),
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
