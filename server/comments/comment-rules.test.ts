import { describe, expect, it } from "vitest";
import { commentsAreOpen, decideCommentStatus } from "@/server/comments/comment-rules";
import { moderationSettingsSchema } from "@/server/site/settings";

const defaults = moderationSettingsSchema.parse({});
const regular = { trusted: false, hasApprovedComment: true };

describe("comment status rules", () => {
  it("approves a known commenter's plain comment", () => {
    expect(decideCommentStatus({ ...regular, body: "Danke für den Artikel!" }, defaults)).toBe("approved");
  });
  it("holds a first comment until one was approved, unless switched off", () => {
    expect(decideCommentStatus({ ...regular, hasApprovedComment: false, body: "Hallo" }, defaults)).toBe("pending");
    expect(
      decideCommentStatus(
        { ...regular, hasApprovedComment: false, body: "Hallo" },
        { ...defaults, holdFirstComment: false },
      ),
    ).toBe("approved");
  });
  it("holds a comment with as many links as the threshold", () => {
    expect(decideCommentStatus({ ...regular, body: "Siehe https://a.example und http://b.example" }, defaults)).toBe(
      "pending",
    );
    expect(decideCommentStatus({ ...regular, body: "Siehe https://a.example" }, defaults)).toBe("approved");
  });
  it("holds on the moderation list and sends the block list to spam, case-insensitively", () => {
    const settings = { ...defaults, moderationWords: ["Gutschein"], blockWords: ["casino"] };
    expect(decideCommentStatus({ ...regular, body: "Ein GUTSCHEIN für alle" }, settings)).toBe("pending");
    expect(decideCommentStatus({ ...regular, body: "Bestes Casino, auch mit Gutschein" }, settings)).toBe("spam");
  });
  it("approves the article's author and admins at once", () => {
    const settings = { ...defaults, blockWords: ["casino"] };
    expect(
      decideCommentStatus({ trusted: true, hasApprovedComment: false, body: "casino https://a https://b" }, settings),
    ).toBe("approved");
  });
  it("closes comments N days after publication when configured", () => {
    const article = { commentsOpen: true, publishedAt: new Date("2026-01-01T00:00:00Z") };
    expect(commentsAreOpen(article, defaults, new Date("2027-01-01"))).toBe(true);
    expect(commentsAreOpen(article, { ...defaults, autoCloseAfterDays: 30 }, new Date("2026-01-20"))).toBe(true);
    expect(commentsAreOpen(article, { ...defaults, autoCloseAfterDays: 30 }, new Date("2026-02-01"))).toBe(false);
    expect(commentsAreOpen({ ...article, commentsOpen: false }, defaults)).toBe(false);
  });
});
