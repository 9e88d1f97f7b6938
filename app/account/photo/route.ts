import { invalid } from "@/server/http/errors";
import { errorResponse } from "@/server/http/route-errors";
import { requireRole } from "@/server/accounts/session";
import { removeProfilePhoto, setProfilePhoto } from "@/server/accounts/profile";

// The profile photo of an author or admin (a route handler, not a server action: photos may
// be up to 10 MB, server actions are capped at 2 MB). A plain form post, answered with a
// redirect back to /account, which says what happened: no JavaScript needed.
export async function POST(request: Request) {
  try {
    const user = await requireRole("author", "admin");
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw invalid("media.errors.missing", "no multipart body");
    }
    if (form.get("remove") === "1") {
      await removeProfilePhoto(user);
      return back({ photo: "removed" });
    }
    const file = form.get("photo");
    if (!(file instanceof File) || file.size === 0) throw invalid("media.errors.missing");
    await setProfilePhoto(user, { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
    return back({ photo: "saved" });
  } catch (error) {
    const response = errorResponse("profile-photo", error, { messages: { unexpected: "media.errors.failed" } });
    if (response.status === 401 || response.status === 403) return response;
    const { key } = (await response.json()) as { key: string };
    return back({ photoError: key });
  }
}

function back(params: Record<string, string>): Response {
  return new Response(null, {
    status: 303,
    headers: { location: `/account?${new URLSearchParams(params)}#photo-title`, "cache-control": "no-store" },
  });
}
