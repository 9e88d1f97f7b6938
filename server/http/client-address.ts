import "server-only";
import { env } from "@/lib/env";

// Which client a request comes from, for rate limiting.
// - TRUST_PROXY=true (the site runs behind a reverse proxy that sets X-Forwarded-For, e.g.
//   nginx `proxy_set_header X-Forwarded-For $remote_addr`): the first hop of
//   X-Forwarded-For, else X-Real-IP.
// - otherwise: the last hop of X-Forwarded-For. `next start` fills that header with the
//   socket's address when the request has none; X-Real-IP and Forwarded are ignored.
//   A client that sends its own X-Forwarded-For can still choose its bucket without a
//   proxy in front: the per-account limit is what holds then. Deploy behind a proxy.
export function clientAddress(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const raw = env().TRUST_PROXY
    ? (forwarded[0] ?? headers.get("x-real-ip") ?? "")
    : (forwarded[forwarded.length - 1] ?? "");
  return normaliseAddress(raw) || "unknown";
}

function normaliseAddress(raw: string): string {
  const address = raw.trim().toLowerCase().slice(0, 64);
  // IPv4 clients of a dual-stack socket appear as ::ffff:1.2.3.4.
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
