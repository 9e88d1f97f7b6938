import type { CommentNode } from "@/server/comments";
import { CommentItem } from "./comment-item";

export function CommentList({ comments, now, nested = false }: { comments: CommentNode[]; now: Date; nested?: boolean }) {
  return (
    <ol className={nested ? "comment-list comment-list--replies" : "comment-list"}>
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} now={now} />
      ))}
    </ol>
  );
}
