import { connection } from "next/server";
import { feedResponse, notFoundResponse } from "@/lib/feed";
import { getCommentsFeed } from "@/server/discovery/feeds";

// Approved comments only; unknown, draft and future scheduled articles have no feed.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const feed = await getCommentsFeed((await params).slug);
  return feed ? feedResponse(feed, "rss") : notFoundResponse();
}
