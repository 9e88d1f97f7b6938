import "server-only";
import { errorMessage, type ErrorWording } from "@/server/http/action";
import { isAppError, logError } from "@/server/http/errors";

type Options = {
  /** This endpoint's own wording for some errors (see ErrorWording). */
  messages?: ErrorWording;
  /**
   * What a failure that is no AppError answers: 500, or 503 with Retry-After where the
   * likely cause is the database and the client should simply send again (comments).
   */
  unexpectedStatus?: 500 | 503;
  /** Plain text for endpoints a browser posts to without JavaScript; JSON `{ error, key }` otherwise. */
  format?: "json" | "text";
  headers?: Record<string, string>;
};

/** The one mapping of a failure to an HTTP response: the error's status and message, logged, never a stack trace. */
export function errorResponse(where: string, error: unknown, options: Options = {}): Response {
  logError(where, error);
  const status = isAppError(error) ? error.status : (options.unexpectedStatus ?? 500);
  const message = errorMessage(error, options.messages);
  const headers: Record<string, string> = { "cache-control": "private, no-store", ...options.headers };
  const wait = isAppError(error) ? (error.values.seconds ?? Number(error.values.minutes ?? 0) * 60) : 5;
  if (status === 429 || status === 503) headers["retry-after"] = String(Math.max(1, Math.ceil(Number(wait) || 1)));
  if (options.format === "text")
    return new Response(message, { status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
  return Response.json(
    { error: message, key: isAppError(error) ? error.publicKey : "unexpected" },
    { status, headers },
  );
}
