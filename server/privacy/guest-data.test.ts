import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments, guestDataLinks, mailOutbox, moderationEvents } from "@/db/schema";
import { createArticle, createComment, createGuestDataLink, createUser, errorOf, uniqueEmail } from "@/tests/data";
import { listenForPurges, type PurgeListener } from "@/tests/purge-keys";
import { deleteGuestComments, exportGuestComments, openGuestDataLink, requestGuestData } from "./guest-data";

let n = 0;
// Documentation addresses of their own: other files count requests for theirs in the same database.
const address = () => `2001:db8:7e5e8::${(++n).toString(16)}`;
const HOUR = 3_600_000;

async function mailsTo(email: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email)).orderBy(mailOutbox.id);
}

async function guestWithComments(count = 2) {
  const author = await createUser("author");
  const article = await createArticle(author.id);
  const email = uniqueEmail("gast");
  const made = [];
  for (let i = 0; i < count; i++)
    made.push(
      await createComment({
        articleId: article.id,
        body: `Gastkommentar ${i}`,
        status: "approved",
        guestName: "Internetente",
        guestEmail: email,
        guestUrl: "https://ente.example/",
      }),
    );
  return { author, article, email, comments: made };
}

let purges: PurgeListener;
beforeAll(async () => {
  purges = await listenForPurges(process.env.DATABASE_URL!);
});
afterAll(() => purges.close());

describe("a guest's data request", () => {
  it("mails a link only when comments exist, and answers alike otherwise", async () => {
    const { email } = await guestWithComments();
    const stranger = uniqueEmail("niemand");
    await expect(requestGuestData(email.toUpperCase(), address())).resolves.toBeUndefined();
    await expect(requestGuestData(stranger, address())).resolves.toBeUndefined();
    const mails = await mailsTo(email);
    expect(mails.map((m) => m.kind)).toEqual(["guest-data"]);
    expect((mails[0].data as { url: string }).url).toMatch(/\/meine-daten\/zugang\?token=[\w-]{43}$/);
    expect(await mailsTo(stranger)).toEqual([]);
    expect(await db.select().from(guestDataLinks).where(eq(guestDataLinks.email, stranger))).toEqual([]);
  });

  it("is limited per email and per address, whether comments exist or not", async () => {
    const stranger = uniqueEmail("niemand");
    for (let i = 0; i < 3; i++) await requestGuestData(stranger, address());
    const perEmail = await errorOf(requestGuestData(stranger, address()));
    expect(perEmail.kind).toBe("rate_limited");
    expect(perEmail.publicKey).toBe("errors.tooManyMailLinks");

    const one = address();
    for (let i = 0; i < 5; i++) await requestGuestData(uniqueEmail("niemand"), one);
    expect((await errorOf(requestGuestData(uniqueEmail("niemand"), one))).kind).toBe("rate_limited");
  });

  it("exports her comments with article, address, date, name and website", async () => {
    const { email, article } = await guestWithComments(2);
    const token = await createGuestDataLink(email, new Date(Date.now() + HOUR));
    const rows = await exportGuestComments(token);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      articleTitle: article.title,
      name: "Internetente",
      website: "https://ente.example/",
      status: "approved",
      text: "Gastkommentar 0",
    });
    expect(rows[0].articleUrl).toMatch(new RegExp(`/posts/${article.slug}$`));
    expect(new Date(rows[0].date).toISOString()).toBe(rows[0].date);
    // Exporting does not use the link up.
    expect(await openGuestDataLink(token)).not.toBeNull();
  });

  it("refuses an expired link and an unknown one", async () => {
    const { email } = await guestWithComments(1);
    const expired = await createGuestDataLink(email, new Date(Date.now() - 1000));
    expect(await openGuestDataLink(expired)).toBeNull();
    expect((await errorOf(exportGuestComments(expired))).publicKey).toBe("errors.guestDataLinkInvalid");
    expect((await errorOf(deleteGuestComments(expired))).publicKey).toBe("errors.guestDataLinkInvalid");
    expect((await errorOf(deleteGuestComments("erfunden"))).kind).toBe("invalid");
    expect(await db.$count(comments, eq(comments.guestEmail, email))).toBe(1);
  });

  it("deletes only her comments, once, keeps replies by others under a placeholder and purges the articles", async () => {
    const { email, article, author, comments: mine } = await guestWithComments(2);
    const other = await createArticle(author.id);
    const onOther = await createComment({
      articleId: other.id,
      body: "Noch einer.",
      status: "pending",
      guestEmail: email,
    });
    const reply = await createComment({
      articleId: article.id,
      parentId: mine[0].id,
      body: "Antwort.",
      status: "approved",
      authorId: author.id,
    });
    const someoneElse = await createComment({
      articleId: article.id,
      body: "Fremd.",
      status: "approved",
      guestEmail: uniqueEmail("andere"),
      guestName: "Andere",
    });
    const oldBody = `alter Text ${email}`;
    await db.insert(moderationEvents).values({ commentId: mine[1].id, action: "edit", oldBody });
    const token = await createGuestDataLink(email, new Date(Date.now() + HOUR));

    let result: Awaited<ReturnType<typeof deleteGuestComments>> | undefined;
    const { keys } = await purges.published(async () => (result = await deleteGuestComments(token)));
    expect(result).toEqual({ deleted: 3, articleIds: expect.arrayContaining([article.id, other.id]) as number[] });
    expect(keys).toEqual(expect.arrayContaining([`comments:${article.id}`, `comments:${other.id}`]));

    const left = await db
      .select()
      .from(comments)
      .where(inArray(comments.id, [...mine.map((c) => c.id), onOther.id, reply.id, someoneElse.id]));
    const byId = new Map(left.map((c) => [c.id, c]));
    // Replied to: stays as a placeholder without text or name; the reply keeps its parent.
    expect(byId.get(mine[0].id)).toMatchObject({ body: "", guestName: null, guestEmail: null, guestUrl: null });
    expect(byId.get(mine[0].id)?.deletedAt).toBeInstanceOf(Date);
    expect(byId.get(reply.id)?.parentId).toBe(mine[0].id);
    expect(byId.has(mine[1].id)).toBe(false);
    expect(byId.has(onOther.id)).toBe(false);
    expect(byId.get(someoneElse.id)?.body).toBe("Fremd.");
    // Her old texts in the moderation history go too.
    expect(await db.select().from(moderationEvents).where(eq(moderationEvents.oldBody, oldBody))).toEqual([]);

    // Single use: the link is spent.
    expect(await openGuestDataLink(token)).toBeNull();
    expect((await errorOf(deleteGuestComments(token))).publicKey).toBe("errors.guestDataLinkInvalid");
  });
});
