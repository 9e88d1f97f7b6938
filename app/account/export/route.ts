import { formatIsoDay } from "@/lib/format";
import { exportAccountData } from "@/server/accounts/account";
import { errorResponse } from "@/server/http/route-errors";
import { requireUser } from "@/server/accounts/session";

// GDPR export of the caller's own data. Checks the caller itself (proxy.ts is only a redirect).
export async function GET() {
  try {
    const user = await requireUser();
    const data = await exportAccountData(user);
    const day = formatIsoDay(new Date());
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="blattwerk-daten-${day}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse("account-export", error);
  }
}
