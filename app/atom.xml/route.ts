import { connection } from "next/server";
import { feedResponse } from "@/lib/feed";
import { getSiteFeed } from "@/server/discovery/feeds";

export async function GET() {
  await connection();
  return feedResponse(await getSiteFeed("atom"), "atom");
}
