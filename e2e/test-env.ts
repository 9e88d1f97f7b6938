// The browser tests' own settings, read once here (playwright.config.ts and the specs share them).
import { randomBytes } from "node:crypto";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The mail specs start an SMTP server on this port; the site must cope with none there before. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2599);

// Set once in the config's process (workers inherit it): specs sign links as the server does.
process.env.AUTH_SECRET ??= randomBytes(33).toString("base64");
export const E2E_AUTH_SECRET: string = process.env.AUTH_SECRET;
