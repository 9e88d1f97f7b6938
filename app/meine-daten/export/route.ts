import { toCsv } from "@/lib/csv";
import { formatIsoDay } from "@/lib/format";
import { errorResponse } from "@/server/http/route-errors";
import { invalid } from "@/server/http/errors";
import { exportGuestComments } from "@/server/privacy/guest-data";

// A guest's comments as a file (Art. 15/20 DSGVO). Public: the mailed link's token, posted by
// the form on /meine-daten/zugang, is the authorisation; it is checked on every post.
export async function POST(request: Request) {
  try {
    const form = await request.formData().catch(() => null);
    const token = form?.get("token");
    const format = form?.get("format") === "csv" ? "csv" : "json";
    if (typeof token !== "string" || token === "" || token.length > 200)
      throw invalid("errors.guestDataLinkInvalid", "guest data export without a token");
    const rows = await exportGuestComments(token);
    const name = `kommentare-${formatIsoDay(new Date())}.${format}`;
    const body =
      format === "csv"
        ? toCsv(
            ["article_title", "article_url", "date", "name", "website", "status", "text"],
            rows.map((r) => [r.articleTitle, r.articleUrl, r.date, r.name, r.website, r.status, r.text]),
          )
        : JSON.stringify({ exportedAt: new Date().toISOString(), comments: rows }, null, 2);
    return new Response(body, {
      headers: {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse("guest-data-export", error, { format: "text" });
  }
}
