import { NextResponse, type NextRequest } from "next/server";
import { confirmGuestEmail } from "@/server/comments/guest-emails";
import { isAppError } from "@/server/http/errors";
import { errorResponse } from "@/server/http/route-errors";

// The guest's email confirmation (the link mailed on her comment, guest-comment-writes.ts).
// The signed link is the authorisation, for anyone who has it, with or without a session:
// it proves the mailbox, nothing else. The page /comments/confirm posts here with a button.
export async function POST(request: NextRequest) {
  const query = request.nextUrl.searchParams;
  try {
    await confirmGuestEmail(query.get("e") ?? "", query.get("x") ?? "", query.get("s") ?? "");
    return new NextResponse(null, { status: 303, headers: { location: "/comments/confirm?done=1" } });
  } catch (error) {
    if (isAppError(error) && error.kind === "conflict")
      return new NextResponse(null, { status: 303, headers: { location: "/comments/confirm?done=0" } });
    return errorResponse("api/comments/confirm", error, { format: "text" });
  }
}

// A GET (a mail scanner following the link) confirms nothing: it shows the page with the button.
export function GET(request: NextRequest) {
  return new NextResponse(null, { status: 303, headers: { location: `/comments/confirm${request.nextUrl.search}` } });
}
