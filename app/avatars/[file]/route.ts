import { IDENTICON_SEED, identiconSvg } from "@/lib/identicon";

// Generated avatars (server/site/avatars.ts): the seed names the picture, so a URL never
// changes what it shows and may be kept for a year by browsers and every cache. No database.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const seed = file.replace(/\.svg$/, "");
  if (!file.endsWith(".svg") || !IDENTICON_SEED.test(seed))
    return new Response("Nicht gefunden", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  return new Response(identiconSvg(seed), {
    headers: {
      "content-type": "image/svg+xml",
      "cache-control": "public, max-age=31536000, immutable",
      // An SVG opened on its own is a document: it may run nothing.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
