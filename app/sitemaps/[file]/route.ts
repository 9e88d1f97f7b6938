import { connection } from "next/server";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs } from "@/server/http/http-cache";
import { notFoundResponse } from "@/lib/feed";
import { xmlResponse } from "@/lib/sitemap";
import { getSitemapPage } from "@/server/discovery/sitemap";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  await cacheAs("feed", cacheKey.sitemap);
  const match = /^([1-9]\d{0,5})\.xml$/.exec((await params).file);
  const xml = match ? await getSitemapPage(Number(match[1])) : null;
  return xml ? xmlResponse(xml) : notFoundResponse();
}
