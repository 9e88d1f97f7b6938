import { describe, expect, it } from "vitest";
import { commentsHref, parseCommentOrder } from "./comment-order";
import { parseUndo } from "./moderation-ui";

describe("comment order in the URL", () => {
  it("reads one German value per order and refuses anything else", () => {
    expect(parseCommentOrder(undefined)).toBe("oldest");
    expect(parseCommentOrder("neueste")).toBe("newest");
    expect(parseCommentOrder("beliebteste")).toBe("likes");
    expect(parseCommentOrder("aelteste")).toBe("oldest");
    expect(parseCommentOrder("newest")).toBeNull();
    expect(parseCommentOrder(["neueste", "neueste"])).toBeNull();
  });

  it("writes page and order, leaving out the defaults", () => {
    expect(commentsHref("/posts/a", 1, "oldest")).toBe("/posts/a");
    expect(commentsHref("/posts/a", 2, "oldest", "#comments")).toBe("/posts/a?comments=2#comments");
    expect(commentsHref("/posts/a", 3, "likes")).toBe("/posts/a?comments=3&sortierung=beliebteste");
  });
});

describe("undo in the queue's notice", () => {
  it("accepts only an undoing action with up to twenty ids", () => {
    expect(parseUndo("restore:12,13")).toEqual({ action: "restore", ids: [12, 13] });
    expect(parseUndo("delete:12")).toBeNull();
    expect(parseUndo("restore:0")).toBeNull();
    expect(parseUndo(`trash:${Array.from({ length: 21 }, (_, i) => i + 1).join(",")}`)).toBeNull();
  });
});
