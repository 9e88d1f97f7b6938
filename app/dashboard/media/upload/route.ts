import { invalid } from "@/server/http/errors";
import { errorResponse } from "@/server/http/route-errors";
import { requireRole } from "@/server/accounts/session";
import { imageMarkdown, storeImage } from "@/server/site/uploads";

// Image uploads from the editor (a route handler, not a server action: images may be up to
// 10 MB, server actions are capped at 2 MB). With JavaScript the editor asks for JSON; a plain
// form post is answered with a redirect back to the editor, which shows the result.
const RETURN_TO = /^\/dashboard\/(?:articles|pages)\/(?:new|\d+\/edit)$/;

export async function POST(request: Request) {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  let returnTo = "/dashboard/articles/new";
  try {
    const user = await requireRole("author", "admin");
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw invalid("media.errors.missing", "no multipart body");
    }
    const requested = String(form.get("returnTo") ?? "");
    if (RETURN_TO.test(requested)) returnTo = requested;
    const purpose = form.get("purpose") === "cover" ? "cover" : "inline";
    const alt = String(form.get("alt") ?? "")
      .trim()
      .slice(0, 300);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw invalid("media.errors.missing");
    if (purpose === "inline" && !alt) throw invalid("media.errors.altRequired");
    const stored = await storeImage(
      { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) },
      { uploadedBy: user.id, alt },
    );
    const result = {
      url: stored.url,
      width: stored.width,
      height: stored.height,
      purpose,
      markdown: imageMarkdown(alt, stored.url),
    };
    if (wantsJson) return Response.json(result, { status: 201, headers: { "cache-control": "no-store" } });
    const params = new URLSearchParams({ uploaded: stored.url, purpose, alt });
    return new Response(null, { status: 303, headers: { location: `${returnTo}?${params}` } });
  } catch (error) {
    const response = errorResponse("media-upload", error, { messages: { unexpected: "media.errors.failed" } });
    if (wantsJson || response.status === 401 || response.status === 403) return response;
    const { key } = (await response.json()) as { key: string };
    return new Response(null, {
      status: 303,
      headers: { location: `${returnTo}?${new URLSearchParams({ uploadError: key })}` },
    });
  }
}
