import { connection } from "next/server";
import { feedResponse, notFoundResponse } from "@/lib/feed";
import { getCategoryFeed } from "@/server/discovery/feeds";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const feed = await getCategoryFeed((await params).slug, "rss");
  return feed ? feedResponse(feed, "rss") : notFoundResponse();
}
