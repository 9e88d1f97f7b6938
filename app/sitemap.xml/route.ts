import { connection } from "next/server";
import { xmlResponse } from "@/lib/sitemap";
import { getSitemapRoot } from "@/server/sitemap";

// A route handler rather than app/sitemap.ts: generateSitemaps gives no sitemap index at
// /sitemap.xml, and its ids would be fixed at build time, before the articles exist.
export async function GET() {
  await connection();
  return xmlResponse(await getSitemapRoot());
}
