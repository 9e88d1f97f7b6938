import { cacheKey } from "@/lib/cache-keys";
import { readMedia } from "@/server/site/uploads";

// Uploaded images. Names carry a hash of the content, so a URL never changes what it shows:
// browsers and proxies may keep it for a year.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const data = await readMedia(file);
  if (!data)
    return new Response("Nicht gefunden", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  return new Response(new Uint8Array(data), {
    headers: {
      "content-type": "image/webp",
      "content-length": String(data.length),
      "cache-control": "public, max-age=31536000, immutable",
      // Deleting the image in the library purges this key (caches that keep it by Surrogate-Key).
      "surrogate-key": cacheKey.media(file.slice(0, 24)),
    },
  });
}
