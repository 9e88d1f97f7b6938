import { inject } from "vitest";
import { reloadEnv } from "@/lib/env";
import { connectTestData } from "@/tests/data";

process.env.DATABASE_URL = inject("databaseUrl");

// Tests change process.env to try settings; lib/env.ts keeps what it parsed, so any change
// makes it parse again on next use, as a fresh process would.
process.env = new Proxy(process.env, {
  set(target, key, value) {
    const done = Reflect.set(target, key, value);
    reloadEnv();
    return done;
  },
  deleteProperty(target, key) {
    const done = Reflect.deleteProperty(target, key);
    reloadEnv();
    return done;
  },
});

// After the URL is set: the app's one client, which the test data shares.
const { sql } = await import("@/db/client");
connectTestData(sql);
