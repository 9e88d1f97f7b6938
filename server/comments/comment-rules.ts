// The spam and abuse rules that decide a new comment's status, as plain functions so that
// each rule can be tested on its own.
import type { CommentStatus, Role } from "@/db/schema";
import { countLinks } from "@/lib/comment-validation";
import type { ModerationSettings } from "@/server/site/settings";

export type CommentContext = {
  body: string;
  /** The article's author or an admin: approved at once. */
  trusted: boolean;
  /** The user has at least one approved comment anywhere on the site. */
  hasApprovedComment: boolean;
  /** A guest's name, email, website and client address: the word lists apply to them too, as in WordPress. */
  identity?: string[];
};

function containsWord(body: string, words: string[]): boolean {
  const text = body.toLocaleLowerCase("de");
  return words.some((w) => {
    const word = w.trim().toLocaleLowerCase("de");
    return word.length > 0 && text.includes(word);
  });
}

export function decideCommentStatus(ctx: CommentContext, settings: ModerationSettings): CommentStatus {
  if (ctx.trusted) return "approved";
  // As in WordPress, the block list wins over everything else.
  const text = [ctx.body, ...(ctx.identity ?? [])].join("\n");
  if (containsWord(text, settings.blockWords)) return "spam";
  if (containsWord(text, settings.moderationWords)) return "pending";
  if (countLinks(ctx.body) >= settings.linkThreshold) return "pending";
  if (settings.holdFirstComment && !ctx.hasApprovedComment) return "pending";
  return "approved";
}

/** Comments close by themselves N days after publication when the site says so. */
export function commentsAreOpen(
  article: { commentsOpen: boolean; publishedAt: Date | null },
  settings: ModerationSettings,
  now = new Date(),
): boolean {
  if (!article.commentsOpen) return false;
  if (settings.autoCloseAfterDays === null || !article.publishedAt) return true;
  return now.getTime() - article.publishedAt.getTime() < settings.autoCloseAfterDays * 86_400_000;
}

/** WordPress-style threading depth: a reply to a comment at the deepest level becomes its sibling. */
export const MAX_THREAD_DEPTH = 3;

/**
 * Besides each account's flood interval, one client address may store at most `max` comments
 * in `windowSeconds`, whichever accounts they come from: a spammer with many accounts behind
 * one address gets no further than one busy reader. One account alone (one comment per 15 s)
 * never reaches it. Authors and admins are exempt, as from the flood interval, and switching
 * the flood interval off (0) switches this off too.
 */
export const COMMENTS_PER_ADDRESS = { max: 5, windowSeconds: 60 } as const;

export function floodLimited(role: Role): boolean {
  return role !== "admin" && role !== "author";
}
