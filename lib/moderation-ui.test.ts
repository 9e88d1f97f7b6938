import { describe, expect, it } from "vitest";
import { parseQueueParams, queueHref, safeReturnPath, withNotice } from "./moderation-ui";

describe("safeReturnPath", () => {
  it("keeps dashboard paths and drops the previous notice", () => {
    expect(safeReturnPath("/dashboard/comments?status=spam&done=spam&n=3", "/x")).toBe(
      "/dashboard/comments?status=spam",
    );
    expect(safeReturnPath("/dashboard", "/x")).toBe("/dashboard");
  });

  it("refuses everything outside the dashboard", () => {
    for (const bad of [
      "https://evil.example/dashboard/",
      "//evil.example/dashboard/",
      "/dashboardx",
      "/dashboard/\\evil",
      "/dashboard//evil.example",
      "/posts/a",
      "",
      42,
      null,
    ]) {
      expect(safeReturnPath(bad, "/dashboard/comments")).toBe("/dashboard/comments");
    }
  });
});

describe("queue URLs", () => {
  it("parses and rebuilds the queue's parameters, defaulting to pending", () => {
    const p = parseQueueParams({ status: "nonsense", article: "12", commenter: "u-1", q: "  Werbung ", before: "-4" });
    expect(p).toEqual({ status: "pending", article: 12, commenter: "u-1", q: "Werbung", before: undefined });
    expect(queueHref(p)).toBe("/dashboard/comments?article=12&commenter=u-1&q=Werbung");
    expect(queueHref(p, { status: "spam", article: undefined, before: 99 })).toBe(
      "/dashboard/comments?status=spam&commenter=u-1&q=Werbung&before=99",
    );
    expect(withNotice("/dashboard/comments?status=spam", "delete", 2)).toBe(
      "/dashboard/comments?status=spam&done=delete&n=2",
    );
  });
});
