import { NextResponse } from "next/server";
import { commentLocation, findVisibleCommentArticle } from "@/server/comments/comment-location";

// A comment's stable address, for mails: redirects to the comment in place (its comment page
// and anchor), which changes as comments are added. Only visible comments.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const articleId = Number.isSafeInteger(id) && id > 0 ? await findVisibleCommentArticle(id) : null;
  if (articleId === null) return new NextResponse("not found\n", { status: 404 });
  const { url } = await commentLocation(articleId, id, null);
  // A relative Location: the request reached Next through the front server, whose host is not the public one.
  return new NextResponse(null, { status: 303, headers: { location: url } });
}
