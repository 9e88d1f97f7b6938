// Where to go after signing in. Only same-site relative paths are followed: "//evil.example"
// and "/\evil.example" are protocol-relative to browsers, and browsers drop tabs and line
// breaks inside URLs ("/\t/evil.example" becomes "//evil.example"), so those are refused too.
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== "string" || raw.length > 2048) return "/";
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (/[\x00-\x20\x7f\\]/.test(raw)) return "/";
  const base = "http://same-site.invalid";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return "/";
  }
  if (url.origin !== base) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
