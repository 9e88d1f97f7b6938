import { BODY_MAX_LENGTH } from "@/lib/article-schema";
import { renderMarkdown } from "@/lib/markdown";
import { invalid } from "@/server/http/errors";
import { errorResponse } from "@/server/http/route-errors";
import { requireRole } from "@/server/accounts/session";

// The editor's live preview: the Markdown as the article page renders it (lib/markdown's
// renderMarkdown, on the server). Plain text in, `{ html }` out.
export async function POST(request: Request) {
  try {
    await requireRole("author", "admin");
    const text = await request.text();
    if (text.length > BODY_MAX_LENGTH) throw invalid("editor.errors.bodyTooLong");
    return Response.json({ html: renderMarkdown(text) }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse("preview", error);
  }
}
