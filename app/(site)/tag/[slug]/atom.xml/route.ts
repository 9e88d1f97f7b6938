import { connection } from "next/server";
import { feedResponse, notFoundResponse } from "@/lib/feed";
import { getTagFeed } from "@/server/discovery/feeds";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const feed = await getTagFeed((await params).slug, "atom");
  return feed ? feedResponse(feed, "atom") : notFoundResponse();
}
