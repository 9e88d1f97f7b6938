// The one error type: a kind (its HTTP status) and a public message key. In lib/ so that code
// running outside Next (the import CLI) throws it too; server/http/errors.ts adds the helpers.
import type { TextKey } from "./i18n";

// `banned`: a session the ban ended (pages send it to sign-in, where the ban is explained;
// endpoints answer 403). `unsupported`: a body of the wrong media type. `config`: the operator's
// environment cannot run (lib/env.ts), reported before anything starts.
export type ErrorKind =
  | "unauthorized"
  | "banned"
  | "not_found"
  | "forbidden"
  | "rate_limited"
  | "invalid"
  | "unsupported"
  | "conflict"
  | "config";

const STATUS: Record<ErrorKind, number> = {
  unauthorized: 401,
  banned: 403,
  unsupported: 415,
  not_found: 404,
  forbidden: 403,
  rate_limited: 429,
  invalid: 400,
  conflict: 409,
  config: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly kind: ErrorKind,
    readonly publicKey: TextKey,
    readonly detail?: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`${kind}: ${publicKey}${detail ? ` (${detail})` : ""}`);
    this.name = "AppError";
    this.status = STATUS[kind];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
