import { describe, expect, it } from "vitest";
import { createArticle as saveNewArticle, updateArticle } from "@/server/articles/article-writes";
import { createPage, updatePage } from "@/server/pages/page-writes";
import { compareRevisions, listRevisions, parseVersion } from "@/server/revisions/revisions";
import { createArticle, createUser, errorOf } from "@/tests/data";

describe("comparing revisions", () => {
  it("compares an article's earlier version with the current one, for its author and admins only", async () => {
    const author = await createUser("author");
    const other = await createUser("author");
    const admin = await createUser("admin");
    const { categoryId } = await createArticle(author.id);
    const input = (title: string, body: string) => ({
      title,
      slug: "",
      excerpt: "",
      body,
      categoryId,
      tags: [],
      coverImage: "",
      commentsOpen: true,
      status: "draft" as const,
      scheduledFor: null,
    });
    const { id } = await saveNewArticle(author.current, input("Alter Titel", "Zeile eins\nDer Hund bellt\n"));
    await updateArticle(author.current, id, input("Neuer Titel", "Zeile eins\nDer Fuchs bellt\nNeue Zeile\n"));
    const { revisions, current } = await listRevisions(author.current, "article", id);
    expect(revisions).toHaveLength(1);
    expect(current.title).toBe("Neuer Titel");

    const diff = await compareRevisions(admin.current, "article", id, revisions[0].id, "current");
    expect(diff.from.title).toBe("Alter Titel");
    expect(diff.to.id).toBeNull();
    expect(diff.title).toMatchObject([{ left: { kind: "removed" }, right: { kind: "added" } }]);
    expect(diff.body.map((r) => [r.left?.kind ?? null, r.right?.kind ?? null])).toEqual([
      ["same", "same"],
      ["removed", "added"],
      [null, "added"],
    ]);
    expect((await errorOf(compareRevisions(other.current, "article", id, revisions[0].id, "current"))).kind).toBe(
      "forbidden",
    );
    expect((await errorOf(compareRevisions(author.current, "article", id, 999_999_999, "current"))).kind).toBe(
      "not_found",
    );
  });

  it("compares a page's versions with the same module, admins only", async () => {
    const admin = await createUser("admin");
    const author = await createUser("author");
    const base = { slug: "", excerpt: "", coverImage: "", status: "draft" as const };
    const { id } = await createPage(admin.current, { ...base, title: "Impressum Entwurf", body: "Name\nAnschrift\n" });
    await updatePage(admin.current, id, { ...base, title: "Impressum Entwurf", body: "Name\nAnschrift\nTelefon\n" });
    const { revisions } = await listRevisions(admin.current, "page", id);
    const diff = await compareRevisions(admin.current, "page", id, revisions[0].id, "current");
    expect(diff.title.every((r) => r.left?.kind === "same")).toBe(true);
    expect(diff.body.at(-1)).toMatchObject({ left: null, right: { kind: "added", parts: [{ text: "Telefon" }] } });
    expect((await errorOf(listRevisions(author.current, "page", id))).kind).toBe("forbidden");
  });

  it("reads versions from links: a revision id or current, nothing else", () => {
    expect(parseVersion("12")).toBe(12);
    expect(parseVersion("current")).toBe("current");
    expect(parseVersion(["7", "8"])).toBe(7);
    expect(parseVersion("1e3")).toBeNull();
    expect(parseVersion(undefined)).toBeNull();
  });
});
