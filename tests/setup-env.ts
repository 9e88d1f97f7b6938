import postgres from "postgres";
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

// A small client of its own: importing the app's here would fix its pool settings before a
// test file sets them (db/pool-gate.test.ts).
connectTestData(postgres(inject("databaseUrl"), { max: 3, idle_timeout: 5, onnotice: () => {} }));
