import { NextResponse, type NextRequest } from "next/server";
import { unsubscribeFromReplies } from "@/server/mail/preferences";

// RFC 8058 one-click unsubscribe: mail providers POST "List-Unsubscribe=One-Click" here
// without cookies (origin/request-guards.ts lets this path through its cross-site check);
// the signed link is the authorisation. The confirmation page (/unsubscribe) posts here too.
export async function POST(request: NextRequest) {
  const c = Number(request.nextUrl.searchParams.get("c"));
  const s = request.nextUrl.searchParams.get("s") ?? "";
  const ok = await unsubscribeFromReplies(c, s);
  if ((request.headers.get("accept") ?? "").includes("text/html")) {
    return new NextResponse(null, { status: 303, headers: { location: `/unsubscribe?done=${ok ? "1" : "0"}` } });
  }
  return new NextResponse(ok ? "unsubscribed\n" : "invalid link\n", {
    status: ok ? 200 : 400,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

// A GET (a link scanner, a reader clicking the link) changes nothing: it shows the page with the button.
export function GET(request: NextRequest) {
  return new NextResponse(null, { status: 303, headers: { location: `/unsubscribe${request.nextUrl.search}` } });
}
