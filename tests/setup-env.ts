import { inject } from "vitest";
import { connectTestData } from "@/tests/data";

process.env.DATABASE_URL = inject("databaseUrl");
// After the URL is set: the app's one client, which the test data shares.
const { sql } = await import("@/db/client");
connectTestData(sql);
