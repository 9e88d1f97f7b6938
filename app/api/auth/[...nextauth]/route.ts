import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { normaliseEmail } from "@/lib/email";
import { t } from "@/lib/i18n";
import { clientAddress } from "@/server/http/client-address";
import { signInBlockedFor } from "@/server/accounts/rate-limit";
import { withPublicOrigin } from "@/server/http/request-origin";

// Auth.js builds its redirects and links on the request's URL: see server/http/request-origin.ts.
export function GET(request: NextRequest) {
  return handlers.GET(withPublicOrigin(request));
}

// Password sign-ins posted straight to Auth.js (scripts, not our form) get a real 429 once
// the account or address is over its limit. The limits themselves are enforced in the
// Credentials provider, which both our form and this endpoint go through.
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = normaliseEmail(form?.get("email"));
    const minutes = await signInBlockedFor(email.ok ? email.email : null, clientAddress(request.headers));
    if (minutes !== null) {
      return Response.json(
        { error: "too_many_attempts", message: t("errors.tooManyAttempts", { minutes }) },
        { status: 429, headers: { "Retry-After": String(minutes * 60), "Cache-Control": "no-store" } },
      );
    }
  }
  return handlers.POST(withPublicOrigin(request));
}
