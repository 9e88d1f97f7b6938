// The one spelling of an old (WordPress) address under which legacy_redirects stores it and
// looks it up: path percent-decoded, no trailing slash, and of the query only the parameters
// WordPress addressed content by ("/?p=12"). Leaf code: the importer and the routes share it.

const ID_PARAMS = ["p", "page_id", "cat", "tag", "author"];

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** "/%c3%bcber-uns/?utm=x" → "/über-uns"; "/?p=12&foo" → "/?p=12"; null for an empty path. */
export function normalizeLegacyPath(pathAndQuery: string): string | null {
  const [rawPath, rawQuery = ""] = pathAndQuery.split("#")[0].split("?");
  let path = decode(rawPath).replace(/\/{2,}/g, "/");
  if (!path.startsWith("/")) path = `/${path}`;
  if (path.length > 1) path = path.replace(/\/+$/, "");
  const params = new URLSearchParams(rawQuery);
  for (const name of ID_PARAMS) {
    const value = params.get(name);
    if (value && /^\d+$/.test(value) && path === "/") return `/?${name}=${value}`;
  }
  return path;
}

/** The path of an absolute WordPress URL, normalised; null when it is not a URL. */
export function legacyPathOf(url: string): string | null {
  try {
    const u = new URL(url);
    return normalizeLegacyPath(`${u.pathname}${u.search}`);
  } catch {
    return null;
  }
}
