// Publication-wide settings: read them from env() (lib/env.ts); this keeps what derives from them.
import { env } from "./env";

/** `/posts/x` → `https://site.example/posts/x` (SITE_URL, with its base path). */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\/+/, ""), `${env().siteUrl}/`).toString();
}
