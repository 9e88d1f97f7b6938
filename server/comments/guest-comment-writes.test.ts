import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { authAttempts } from "@/db/schema";
import {
  commentRefusal,
  commentsOf,
  createArticle,
  createComment,
  createUser,
  key,
  unique,
  uniqueEmail,
} from "@/tests/data";
import { postGuestComment, type NewGuestCommentInput } from "@/server/comments/guest-comment-writes";
import { confirmGuestEmail } from "@/server/comments/guest-emails";
import {
  pendingViewComment,
  signEmailConfirmation,
  signFormTime,
  signPendingView,
} from "@/server/comments/guest-tokens";
import { listComments } from "@/server/comments/comments";
import { moderationSettingsSchema, saveModerationSettings } from "@/server/site/settings";
import { eq, like, sql } from "drizzle-orm";

const ALLOW_GUESTS = moderationSettingsSchema.parse({ allowGuestComments: true });
// For tests that post twice under one address: the flood interval has its own test.
const NO_FLOOD = { ...ALLOW_GUESTS, floodIntervalSeconds: 0 };
const longAgo = new Date(Date.now() - 86_400_000);

beforeAll(() => {
  process.env.AUTH_SECRET ??= "test-secret-for-mail-links";
});

/** A guest's post as the form sends it, filled in for ten seconds from its own client address. */
function guestPost(articleId: number, overrides: Partial<NewGuestCommentInput> = {}): NewGuestCommentInput {
  return {
    articleId,
    parentId: null,
    body: `Ein Gastkommentar ${unique()}`,
    idempotencyKey: key(),
    guest: { name: "Internetente", email: uniqueEmail("gast"), url: "https://ente.example.org/" },
    address: `198.51.100.${Math.floor(Math.random() * 250)}-${unique()}`,
    trap: "",
    formTime: signFormTime(Date.now() - 10_000),
    ...overrides,
  };
}

async function article() {
  return createArticle((await createUser("author")).id);
}

describe("guest comments", () => {
  afterEach(async () => {
    delete process.env.SMTP_URL;
    delete process.env.EMAIL_FROM;
    await saveModerationSettings(ALLOW_GUESTS);
  });

  it("are refused while the setting is off, and store nothing", async () => {
    await saveModerationSettings(moderationSettingsSchema.parse({}));
    const a = await article();
    expect(await commentRefusal(postGuestComment(guestPost(a.id)))).toBe("guest_disabled");
    expect(await commentsOf(a.id)).toEqual([]);
  });

  it("hold a guest's comment until an earlier one under the same email was approved", async () => {
    await saveModerationSettings(NO_FLOOD);
    const a = await article();
    const email = uniqueEmail("gast");
    const first = await postGuestComment(guestPost(a.id, { guest: { name: "Ente", email, url: null } }));
    expect(first.status).toBe("pending");
    const [row] = await commentsOf(a.id);
    expect(row).toMatchObject({ authorId: null, guestName: "Ente", guestEmail: email, guestUrl: null });

    // An imported (or moderator-approved) comment under the address, in any case of letters.
    await createComment({
      articleId: a.id,
      body: "Früher",
      status: "approved",
      guestName: "Ente",
      guestEmail: email,
      createdAt: longAgo,
    });
    const next = await postGuestComment(
      guestPost(a.id, { guest: { name: "Ente", email: email.toUpperCase().toLowerCase(), url: null } }),
    );
    expect(next.status).toBe("approved");
    // Another address is held, even with the same name.
    expect(
      (await postGuestComment(guestPost(a.id, { guest: { name: "Ente", email: uniqueEmail("x"), url: null } }))).status,
    ).toBe("pending");
  });

  it("with mail configured, let an approved address through only once it was confirmed by the mailed link", async () => {
    await saveModerationSettings(NO_FLOOD);
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    process.env.EMAIL_FROM = "Blattwerk <redaktion@example.com>";
    const a = await article();
    const email = uniqueEmail("gast");
    await createComment({
      articleId: a.id,
      body: "Früher",
      status: "approved",
      guestName: "Ente",
      guestEmail: email,
      createdAt: longAgo,
    });
    const posted = await postGuestComment(guestPost(a.id, { guest: { name: "Ente", email, url: null } }));
    expect(posted.status).toBe("pending");
    const mails = await db.execute<{ kind: string; data: { url: string } }>(
      sql`select kind, data from mail_outbox where recipient = ${email}`,
    );
    const rows = Array.from(mails);
    expect(rows.map((r) => r.kind)).toEqual(["guest-confirm"]);
    const link = new URL(rows[0].data.url);
    await confirmGuestEmail(link.searchParams.get("e")!, link.searchParams.get("x")!, link.searchParams.get("s")!);
    const after = await postGuestComment(guestPost(a.id, { guest: { name: "Ente", email, url: null } }));
    expect(after.status).toBe("approved");
    // A forged or someone else's link confirms nothing.
    const other = new URLSearchParams(signEmailConfirmation(uniqueEmail("y")));
    expect(
      await commentRefusal(confirmGuestEmail(email.replace("gast", "fremd"), other.get("x")!, other.get("s")!)),
    ).toBe("form_expired");
  });

  it("refuse a filled honeypot, a form sent too soon and a forged or missing render time, storing nothing", async () => {
    await saveModerationSettings(ALLOW_GUESTS);
    const a = await article();
    expect(await commentRefusal(postGuestComment(guestPost(a.id, { trap: "http://spam.example" })))).toBe("rejected");
    expect(await commentRefusal(postGuestComment(guestPost(a.id, { formTime: signFormTime() })))).toBe("too_quick");
    const [ms, sig] = signFormTime(Date.now() - 10_000).split(".");
    expect(await commentRefusal(postGuestComment(guestPost(a.id, { formTime: `${Number(ms) - 1}.${sig}` })))).toBe(
      "form_expired",
    );
    expect(await commentRefusal(postGuestComment(guestPost(a.id, { formTime: "" })))).toBe("form_expired");
    expect(
      await commentRefusal(postGuestComment(guestPost(a.id, { formTime: signFormTime(Date.now() - 3 * 86_400_000) }))),
    ).toBe("form_expired");
    expect(await commentsOf(a.id)).toEqual([]);
  });

  it("apply the flood interval per email address and the cap per client address", async () => {
    await saveModerationSettings(ALLOW_GUESTS);
    const a = await article();
    const email = uniqueEmail("gast");
    const guest = { name: "Ente", email, url: null };
    await postGuestComment(guestPost(a.id, { guest }));
    // Same email from another address: too fast.
    expect(await commentRefusal(postGuestComment(guestPost(a.id, { guest })))).toBe("email_too_fast");

    // Five guests from one address within the minute; the sixth waits.
    const address = `203.0.113.7-${unique()}`;
    for (let i = 0; i < 5; i++) await postGuestComment(guestPost(a.id, { address }));
    expect(await commentRefusal(postGuestComment(guestPost(a.id, { address })))).toBe("address_too_fast");
    expect((await commentsOf(a.id)).length).toBe(6);
  });

  it("refuse a duplicate per email and per client address, and send word-listed names, emails and addresses to moderation or spam", async () => {
    await saveModerationSettings({
      ...ALLOW_GUESTS,
      floodIntervalSeconds: 0,
      moderationWords: ["verdaechtig.example"],
      blockWords: ["203.0.113.66"],
    });
    const a = await article();
    const first = guestPost(a.id, { body: "Genau derselbe Text" });
    await postGuestComment(first);
    expect(await commentRefusal(postGuestComment({ ...first, idempotencyKey: key() }))).toBe("duplicate");
    // Same text from the same address under another email: still a duplicate.
    expect(
      await commentRefusal(
        postGuestComment({
          ...first,
          idempotencyKey: key(),
          guest: { name: "Andere", email: uniqueEmail("b"), url: null },
        }),
      ),
    ).toBe("duplicate");

    const known = uniqueEmail("bekannt");
    await createComment({
      articleId: a.id,
      body: "Früher",
      status: "approved",
      guestName: "K",
      guestEmail: known,
      createdAt: longAgo,
    });
    const held = await postGuestComment(
      guestPost(a.id, { guest: { name: "K", email: known, url: "https://verdaechtig.example/" } }),
    );
    expect(held.status).toBe("pending");
    const spam = await postGuestComment(
      guestPost(a.id, { guest: { name: "K", email: known, url: null }, address: "203.0.113.66" }),
    );
    expect(spam.status).toBe("spam");
    const links = await postGuestComment(
      guestPost(a.id, {
        guest: { name: "K", email: known, url: null },
        body: "https://a.example.org und https://b.example.org",
      }),
    );
    expect(links.status).toBe("pending");
  });

  it("store one comment per idempotency key and text, also when the same post arrives twice at once", async () => {
    await saveModerationSettings(ALLOW_GUESTS);
    const a = await article();
    const post = guestPost(a.id);
    const [x, y] = await Promise.all([postGuestComment(post), postGuestComment(post)]);
    expect(x.id).toBe(y.id);
    expect([x.replayed, y.replayed].sort()).toEqual([false, true]);
    // The cached form's key is everybody's: another guest with the same key posts her own comment.
    const other = await postGuestComment({
      ...post,
      guest: { name: "Zweite", email: uniqueEmail("z"), url: null },
      body: "Anderer Text",
      address: `x-${unique()}`,
    });
    expect(other.id).not.toBe(x.id);
    expect((await commentsOf(a.id)).length).toBe(2);
  });

  it("keep the limits under concurrent posts: one per email, five per address", async () => {
    await saveModerationSettings(ALLOW_GUESTS);
    const a = await article();
    const guest = { name: "Schnell", email: uniqueEmail("schnell"), url: null };
    const sameEmail = await Promise.all(
      Array.from({ length: 6 }, () => commentRefusal(postGuestComment(guestPost(a.id, { guest })))),
    );
    expect(sameEmail.filter((r) => r === "accepted").length).toBe(1);
    expect(sameEmail.filter((r) => r === "email_too_fast").length).toBe(5);

    const address = `192.0.2.1-${unique()}`;
    const sameAddress = await Promise.all(
      Array.from({ length: 8 }, () => commentRefusal(postGuestComment(guestPost(a.id, { address })))),
    );
    expect(sameAddress.filter((r) => r === "accepted").length).toBe(5);
    expect(sameAddress.filter((r) => r === "address_too_fast").length).toBe(3);
    const counted = await db.select().from(authAttempts).where(eq(authAttempts.subject, address));
    expect(counted.length).toBe(5);
    await db.delete(authAttempts).where(like(authAttempts.subject, `${address}%`));
  });

  it("show a held comment only to the holder of its link, and guests' replies nest", async () => {
    await saveModerationSettings(ALLOW_GUESTS);
    const a = await article();
    const parent = await createComment({
      articleId: a.id,
      body: "Eltern",
      status: "approved",
      guestName: "P",
      guestEmail: uniqueEmail("p"),
    });
    const reply = await postGuestComment(guestPost(a.id, { parentId: parent.id }));
    expect(reply.status).toBe("pending");
    const token = signPendingView(reply.id);
    expect(pendingViewComment(token)).toBe(reply.id);
    expect(pendingViewComment(token.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBeNull();
    expect(pendingViewComment(signPendingView(reply.id, Date.now() - 2 * 3_600_000))).toBeNull();

    const anyone = await listComments(a.id, 1, null);
    expect(anyone.threads[0].replies).toEqual([]);
    const holder = await listComments(a.id, 1, { guestCommentId: reply.id });
    expect(holder.threads[0].replies.map((r) => [r.id, r.pending, r.authorName, r.ownedByViewer])).toEqual([
      [reply.id, true, "Internetente", false],
    ]);
  });
});
