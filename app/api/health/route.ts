import { connection } from "next/server";
import { checkDatabase } from "@/server/http/database-health";

// Reports whether the site can reach its database ("up", "down", or "busy": every connection
// taken); used by load balancers, the front server's 503 page and the test harness.
export async function GET() {
  await connection();
  const database = await checkDatabase();
  const headers = { "cache-control": "no-store" };
  if (database === "up") return Response.json({ status: "ok", database }, { headers });
  return Response.json({ status: "degraded", database }, { status: 503, headers: { ...headers, "retry-after": "5" } });
}
