import "server-only";
import { t } from "@/lib/i18n";
import { isAppError, logError } from "@/server/http/errors";
import { translate } from "@/server/http/action";
import { authMessages } from "@/lib/i18n/auth";

/** A route handler's failure as JSON `{ error }` with the error's status; never a stack trace. */
export function errorResponse(where: string, error: unknown): Response {
  logError(where, error);
  const status = isAppError(error) ? error.status : 500;
  const message = isAppError(error)
    ? translate(authMessages(), error.publicKey, error.values)
    : t("media.errors.failed");
  return Response.json(
    { error: message, key: isAppError(error) ? error.publicKey : "unexpected" },
    { status, headers: { "cache-control": "no-store" } },
  );
}
