// Downloads one image of the old blog, bounded: http and https only, at most a few redirects,
// the editor's upload size limit, one deadline for the whole transfer, and by default no
// address in a private, loopback or link-local network (an export names any URL it likes, and
// the server must not fetch its intranet's or its cloud's metadata endpoints for it).
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { AppError } from "@/lib/app-error";

export const IMAGE_DOWNLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const IMAGE_DOWNLOAD_TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 3;

const PRIVATE = new net.BlockList();
for (const [address, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  PRIVATE.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of [
  ["::", 127],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  PRIVATE.addSubnet(address, prefix, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], "ipv4");
  const family = net.isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Why an image could not be downloaded (the detail names it; the importer reports it). */
const downloadFailed = (detail: string) => new AppError("invalid", "media.errors.download", detail);

export type Downloaded = { bytes: Uint8Array; contentType: string };

/** The resolver the sockets use: checks every address a name resolves to, so a DNS answer cannot smuggle in a private one. */
function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return (callback as (e: Error) => void)(error);
      const bad = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (bad)
        return (callback as (e: Error) => void)(downloadFailed(`${hostname} is a private address (${bad.address})`));
      if (options.all) return (callback as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      (callback as (e: null, a: string, f: number) => void)(null, addresses[0].address, addresses[0].family);
    });
  };
}

function getOnce(url: URL, allowPrivate: boolean, deadline: number): Promise<http.IncomingMessage> {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw downloadFailed(`not http(s): ${url.protocol}`);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // Literal addresses never reach the resolver.
  if (net.isIP(host) && !allowPrivate && isPrivateAddress(host)) throw downloadFailed(`private address ${host}`);
  return new Promise((resolve, reject) => {
    const get = url.protocol === "https:" ? https.get : http.get;
    const request = get(
      url,
      {
        lookup: guardedLookup(allowPrivate),
        headers: { "user-agent": "Blattwerk WordPress import", accept: "image/*" },
        timeout: Math.max(1, deadline - Date.now()),
      },
      resolve,
    );
    request.on("timeout", () => request.destroy(downloadFailed("timed out")));
    request.on("error", reject);
  });
}

/** The image's bytes, or an AppError `media.errors.download` (or a network error) saying why not. */
export async function downloadImage(source: string, options: { allowPrivate?: boolean } = {}): Promise<Downloaded> {
  const deadline = Date.now() + IMAGE_DOWNLOAD_TIMEOUT_MS;
  let url = new URL(source);
  for (let redirects = 0; ; redirects++) {
    const response = await getOnce(url, Boolean(options.allowPrivate), deadline);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (redirects >= MAX_REDIRECTS) throw downloadFailed("too many redirects");
      url = new URL(response.headers.location, url);
      continue;
    }
    if (status !== 200) {
      response.resume();
      throw downloadFailed(`HTTP ${status}`);
    }
    if (Number(response.headers["content-length"] ?? 0) > IMAGE_DOWNLOAD_MAX_BYTES) {
      response.destroy();
      throw downloadFailed(`larger than ${IMAGE_DOWNLOAD_MAX_BYTES} bytes`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => response.destroy(downloadFailed("timed out")), Math.max(1, deadline - Date.now()));
    try {
      for await (const chunk of response as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > IMAGE_DOWNLOAD_MAX_BYTES) {
          response.destroy();
          throw downloadFailed(`larger than ${IMAGE_DOWNLOAD_MAX_BYTES} bytes`);
        }
        chunks.push(chunk);
      }
    } finally {
      clearTimeout(timer);
    }
    return {
      bytes: new Uint8Array(Buffer.concat(chunks)),
      contentType: String(response.headers["content-type"] ?? ""),
    };
  }
}
