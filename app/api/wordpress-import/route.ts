import { requireRole } from "@/server/accounts/session";
import { errorResponse } from "@/server/http/route-errors";
import { startImportRun } from "@/server/wordpress-import/jobs";
import { receiveWxrUpload } from "@/server/wordpress-import/upload";

// The dashboard's import form posts here (a route handler, not a server action: exports of
// 100 MB and more are streamed to a temporary file, while server actions buffer their body and
// proxy.ts, which runs on /dashboard/**, would buffer it too). Answers with a redirect to the
// run's page, which shows its progress.
const PAGE = "/dashboard/import";

export async function POST(request: Request) {
  try {
    // Before a byte of the body is read: nobody else may make the server store a file.
    const admin = await requireRole("admin");
    const upload = await receiveWxrUpload(request);
    const id = await startImportRun(admin, upload, {
      dryRun: upload.fields.dryRun === "on",
      skipPings: upload.fields.skipPings === "on",
    });
    return new Response(null, { status: 303, headers: { location: `${PAGE}?run=${id}` } });
  } catch (error) {
    const response = errorResponse("wordpress-import", error);
    if (response.status === 401 || response.status === 403) return response;
    const { key } = (await response.json()) as { key: string };
    return new Response(null, { status: 303, headers: { location: `${PAGE}?${new URLSearchParams({ error: key })}` } });
  }
}
