import "server-only";
import { NextRequest } from "next/server";
import { publicOrigin } from "@/server/http/public-origin";
import { env } from "@/lib/env";

// Next builds a route handler's request.url from the address it listens on: behind the front
// server that is its loopback port (http://localhost:<upstream>), and Auth.js would redirect
// there. Without a configured origin (AUTH_URL, SITE_URL), the address the user called is the
// Host header the front server passes on unchanged.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The origin Auth.js should build its URLs on: the configured one, else the request's Host. */
export function requestOrigin(headers: Headers, fallback: string): string {
  const configured = publicOrigin();
  if (configured) return configured;
  const host = headers.get("host") ?? "";
  if (!HOST.test(host)) return fallback;
  // The scheme the user called: https only when a trusted proxy says so (as front/server.ts does for HSTS).
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0].trim();
  const scheme = env().TRUST_PROXY && forwarded === "https" ? "https" : new URL(fallback).protocol.replace(/:$/, "");
  return `${scheme}://${host.toLowerCase()}`;
}

/** The request with its URL on requestOrigin(), for Auth.js's route handler. */
export function withPublicOrigin(request: NextRequest): NextRequest {
  const origin = requestOrigin(request.headers, request.nextUrl.origin);
  if (origin === request.nextUrl.origin) return request;
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, origin);
  return new NextRequest(url, request);
}
