import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { moderationEvents } from "@/db/schema";
import { authenticateWithPassword } from "@/server/accounts/sign-in";
import { createUser, errorOf, getUserRow } from "@/tests/data";
import { banUser, changeUserRole, listUsers, unbanUser } from "@/server/accounts/users";

describe("user administration", () => {
  it("lists and searches users by name and email, without password hashes", async () => {
    const admin = await createUser("admin");
    const target = await createUser("reader", { name: "Zacharias Suchbar_%" });
    const byName = await listUsers(admin.current, "zacharias suchbar_%");
    expect(byName.map((u) => u.id)).toEqual([target.id]);
    const byEmail = await listUsers(admin.current, target.email!.toUpperCase());
    expect(byEmail.map((u) => u.id)).toEqual([target.id]);
    expect(byEmail[0]).not.toHaveProperty("passwordHash");
    expect((await listUsers(admin.current, "_")).length).toBeGreaterThan(0); // "_" matched literally, not as a wildcard
  });

  it("changes roles with an audit row; admins cannot demote themselves; non-admins change nothing", async () => {
    const admin = await createUser("admin");
    const target = await createUser();
    await changeUserRole(admin.current, target.id, "author");
    expect((await getUserRow(target.id)).role).toBe("author");
    const [event] = await db
      .select()
      .from(moderationEvents)
      .where(eq(moderationEvents.actorId, admin.id))
      .orderBy(desc(moderationEvents.id))
      .limit(1);
    expect(event).toMatchObject({ action: "user.role", subjectType: "user", subjectId: target.id });
    expect(event.note).toContain("author");

    expect((await errorOf(changeUserRole(admin.current, admin.id, "reader"))).publicKey).toBe("users.cannotDemoteSelf");
    expect((await getUserRow(admin.id)).role).toBe("admin");

    const author = await createUser("author");
    expect((await errorOf(changeUserRole(author.current, target.id, "admin"))).kind).toBe("forbidden");
    expect((await errorOf(listUsers(author.current))).kind).toBe("forbidden");
    expect((await getUserRow(target.id)).role).toBe("author");
    expect((await errorOf(changeUserRole(admin.current, "no-such-user", "admin"))).kind).toBe("not_found");
  });

  it("bans with a reason (ending the user's sessions) and unbans", async () => {
    const admin = await createUser("admin");
    const target = await createUser();
    const before = await getUserRow(target.id);
    await banUser(admin.current, target.id, "Beleidigungen in Kommentaren");
    const banned = await getUserRow(target.id);
    expect(banned.bannedAt).toBeInstanceOf(Date);
    expect(banned.banReason).toBe("Beleidigungen in Kommentaren");
    expect(banned.sessionVersion).toBe(before.sessionVersion + 1);
    expect((await errorOf(authenticateWithPassword(target.email!, target.password, "192.0.2.10"))).publicKey).toBe(
      "errors.banned",
    );

    expect((await errorOf(banUser(admin.current, admin.id, "selbst"))).publicKey).toBe("users.cannotBanSelf");

    await unbanUser(admin.current, target.id);
    const unbanned = await getUserRow(target.id);
    expect(unbanned.bannedAt).toBeNull();
    expect(unbanned.banReason).toBeNull();
    await expect(authenticateWithPassword(target.email!, target.password, "192.0.2.10")).resolves.toMatchObject({
      id: target.id,
    });
  });

  it("refuses a banned admin", async () => {
    const admin = await createUser("admin", { banned: true });
    const target = await createUser();
    expect((await errorOf(changeUserRole(admin.current, target.id, "author"))).kind).toBe("forbidden");
  });
});
