import { connection } from "next/server";
import { sql } from "@/db/client";

// Reports whether the site can reach its database; used by load balancers and the test harness.
export async function GET() {
  await connection();
  try {
    await sql`select 1`;
    return Response.json({ status: "ok", database: "up" }, { headers: { "cache-control": "no-store" } });
  } catch {
    return Response.json({ status: "degraded", database: "down" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
