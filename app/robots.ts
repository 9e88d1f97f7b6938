import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl } from "@/lib/site";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs } from "@/server/http/http-cache";

// Private and per-visitor pages stay out of search engines; the search results page also
// says noindex itself (robots.txt alone does not keep a linked URL out of the index).
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  await cacheAs("feed", cacheKey.layout);
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/dashboard", "/account", "/signin", "/signup", "/search", "/api"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
