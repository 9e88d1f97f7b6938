import type { CommentNode } from "@/server/comments/comments";
import { CommentItem, type CommentContext } from "./comment-item";

export function CommentList({
  comments,
  context,
  nested = false,
}: {
  comments: CommentNode[];
  context: CommentContext;
  nested?: boolean;
}) {
  return (
    <ol className={nested ? "comment-list comment-list--replies" : "comment-list"}>
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} context={context} />
      ))}
    </ol>
  );
}
