// Structured JSON logs for the server processes. Personal data stays out: passwords, tokens
// and cookies are redacted wherever they appear, and email addresses are masked.
import pino from "pino";
import { env } from "./env";

const REDACT = [
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "sessionToken",
  "cookie",
  "authorization",
  "passwordHash",
];

export const loggerOptions: pino.LoggerOptions = {
  level: env().LOG_LEVEL,
  base: { app: "blattwerk" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [...REDACT, ...REDACT.map((key) => `*.${key}`), "headers.cookie", "*.headers.cookie"],
    censor: "[redacted]",
  },
};

export const logger = pino(loggerOptions);

/** "leser@example.com" → "l***@example.com": enough to tell accounts apart in a log, not to mail them. */
export function maskEmail(email: string | null | undefined): string | undefined {
  if (!email) return undefined;
  const at = email.indexOf("@");
  return at <= 0 ? "***" : `${email[0]}***${email.slice(at)}`;
}
