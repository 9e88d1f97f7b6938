import { connection } from "next/server";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs } from "@/server/http/http-cache";
import { xmlResponse } from "@/lib/sitemap";
import { getSitemapRoot } from "@/server/discovery/sitemap";

// A route handler rather than app/sitemap.ts: generateSitemaps gives no sitemap index at
// /sitemap.xml, and its ids would be fixed at build time, before the articles exist.
export async function GET() {
  await connection();
  await cacheAs("feed", cacheKey.sitemap);
  return xmlResponse(await getSitemapRoot());
}
