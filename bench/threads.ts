// The shape of generated discussions: how many comments each article gets (a heavy tail:
// most articles have a handful, a few have hundreds), and for one article, which comment
// answers which (up to the app's three levels), in which status, at what time.
import type { CommentStatus } from "../db/schema";
import { pick, type Random } from "./text";

const MAX_DEPTH = 3; // server/comments/comment-rules.ts MAX_THREAD_DEPTH: the reader page nests three levels
const MAX_PER_ARTICLE = 2000;
const DAY_MS = 86_400_000;

/** Comment counts per article summing to exactly `total` (Pareto-shaped, capped). */
export function commentCounts(random: Random, articles: number, total: number): Int32Array {
  const weights = Float64Array.from({ length: articles }, () => Math.pow(1 - random(), -1 / 1.3) - 1);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const counts = Int32Array.from(weights, (w) => Math.min(MAX_PER_ARTICLE, Math.floor((w * total) / sum)));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  while (rest > 0 && articles > 0) {
    const i = Math.floor(random() * articles);
    if (counts[i] < MAX_PER_ARTICLE) {
      counts[i]++;
      rest--;
    }
  }
  return counts;
}

export type GeneratedComment = {
  id: number;
  parentId: number | null;
  authorId: string;
  body: string;
  status: CommentStatus;
  createdAt: Date;
};

export type ThreadInput = {
  firstId: number;
  count: number;
  publishedAt: Date;
  now: Date;
  articleAuthorId: string;
  readerIds: readonly string[];
  bodies: readonly string[];
  pendingShare: number;
};

function statusFor(random: Random, pendingShare: number): CommentStatus {
  const r = random();
  if (r < pendingShare) return "pending";
  if (r < pendingShare + 0.02) return "spam";
  if (r < pendingShare + 0.03) return "trash";
  return "approved";
}

/**
 * One article's comments, oldest first with consecutive ids, so a reply's parent always has a
 * smaller id and an earlier time. Replies only answer approved comments, as readers can only
 * answer what they see.
 */
export function articleThread(random: Random, input: ThreadInput): GeneratedComment[] {
  const start = input.publishedAt.getTime() + 60_000;
  // Most discussion happens in the first days after publication; never in the future.
  const span = Math.max(0, Math.min(120 * DAY_MS, input.now.getTime() - start - 60_000));
  const times = Array.from({ length: input.count }, () => start + Math.floor(span * random() ** 3)).sort(
    (a, b) => a - b,
  );
  const answerable: { id: number; depth: number }[] = [];
  const out: GeneratedComment[] = [];
  let last = 0;
  for (let k = 0; k < input.count; k++) {
    const id = input.firstId + k;
    const time = Math.max(times[k], last + 1000);
    last = time;
    const recent = answerable.slice(-8);
    const parent = recent.length > 0 && random() < 0.35 ? pick(random, recent) : null;
    const reply = parent !== null && random() < 0.05;
    // Few very active readers, many occasional ones; now and then the article's author answers.
    const authorId = reply
      ? input.articleAuthorId
      : input.readerIds[Math.floor(input.readerIds.length * random() ** 2)];
    const status = statusFor(random, input.pendingShare);
    const depth = parent ? parent.depth + 1 : 1;
    if (status === "approved" && depth < MAX_DEPTH) answerable.push({ id, depth });
    out.push({
      id,
      parentId: parent?.id ?? null,
      authorId,
      body: pick(random, input.bodies),
      status,
      createdAt: new Date(time),
    });
  }
  return out;
}
