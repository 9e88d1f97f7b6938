import "server-only";
import { t, translate } from "@/lib/i18n";
import { isAppError, logError } from "@/server/http/errors";

/** A route handler's failure as JSON `{ error }` with the error's status; never a stack trace. */
export function errorResponse(where: string, error: unknown): Response {
  logError(where, error);
  const status = isAppError(error) ? error.status : 500;
  const message = isAppError(error) ? translate(error.publicKey, error.values) : t("media.errors.failed");
  return Response.json(
    { error: message, key: isAppError(error) ? error.publicKey : "unexpected" },
    { status, headers: { "cache-control": "no-store" } },
  );
}
