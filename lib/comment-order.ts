// The order of an article's comment threads, chosen by the reader in the URL. Oldest first is
// the default and has no parameter; the others are separate URLs of the same content, so the
// article page names the default as their canonical address.

export const COMMENT_ORDERS = ["oldest", "newest", "likes"] as const;
export type CommentOrder = (typeof COMMENT_ORDERS)[number];

export const COMMENT_ORDER_PARAM = "sortierung";

/** The parameter's value per order (German, as the site's URLs are). */
const PARAM_VALUES: Record<CommentOrder, string> = { oldest: "aelteste", newest: "neueste", likes: "beliebteste" };

/** The order a query value asks for: absent → oldest; unknown or repeated → null (a 404, one URL per listing). */
export function parseCommentOrder(value: string | string[] | undefined): CommentOrder | null {
  if (value === undefined) return "oldest";
  if (typeof value !== "string") return null;
  const found = COMMENT_ORDERS.find((order) => PARAM_VALUES[order] === value);
  return found ?? null;
}

/** The article path with comment page and order: `/posts/x?comments=2&sortierung=neueste#comments`. */
export function commentsHref(basePath: string, page: number, order: CommentOrder, hash = ""): string {
  const search = new URLSearchParams();
  if (page > 1) search.set("comments", String(page));
  if (order !== "oldest") search.set(COMMENT_ORDER_PARAM, PARAM_VALUES[order]);
  const query = search.toString();
  return `${basePath}${query ? `?${query}` : ""}${hash}`;
}
