import "server-only";
import type { TextKey } from "@/lib/i18n";
import { logger } from "@/lib/log";

// Errors the domain layer throws. `publicKey` names a message of the catalogue (lib/i18n, `errors.*`
// or another section) that is safe to show; `detail` is only logged. Check order in every
// entry point: 401 (who are you?) → 404 (does it exist?) → 403 (may you?).
export { AppError, isAppError, type ErrorKind } from "@/lib/app-error";
import { AppError, isAppError } from "@/lib/app-error";

export const unauthorized = (detail?: string) => new AppError("unauthorized", "errors.signInRequired", detail);
export const notFound = (detail?: string) => new AppError("not_found", "errors.notFound", detail);
export const forbidden = (publicKey: TextKey = "errors.forbidden", detail?: string) =>
  new AppError("forbidden", publicKey, detail);
export const rateLimited = (publicKey: TextKey, minutes: number, detail?: string) =>
  new AppError("rate_limited", publicKey, detail, { minutes });
export const invalid = (publicKey: TextKey, detail?: string) => new AppError("invalid", publicKey, detail);
export const conflict = (publicKey: TextKey, detail?: string) => new AppError("conflict", publicKey, detail);

/** Logs what only operators may see: the detail of an expected error, the whole of an unexpected one. */
export function logError(where: string, error: unknown): void {
  if (isAppError(error)) {
    if (error.kind !== "invalid") logger.warn({ where, kind: error.kind, detail: error.message }, "request refused");
  } else {
    logger.error({ where, err: error }, "unexpected error");
  }
}
