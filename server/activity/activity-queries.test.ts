import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { ACTIVITY_PAGE_SIZE } from "@/lib/limits";
import { logActivity, type ActivityEntry } from "@/server/activity/activity-log";
import { listActivity, listActivityPeople } from "@/server/activity/activity-queries";
import { createUser, errorOf } from "@/tests/data";

describe("reading the activity log", () => {
  it("filters by person and by action and pages back by id without gaps or repeats", async () => {
    const admin = await createUser("admin");
    const actor = await createUser("author");
    const other = await createUser("admin");
    const total = ACTIVITY_PAGE_SIZE * 2 + 7;
    const entries: ActivityEntry[] = Array.from({ length: total }, (_, i) => ({
      actorId: actor.id,
      action: i % 3 === 0 ? "spam" : "approve",
      subject: { type: "comment", id: 1_000_000 + i },
    }));
    await db.transaction((tx) => logActivity(tx, entries));
    await db.transaction((tx) =>
      logActivity(tx, { actorId: other.id, action: "spam", subject: { type: "comment", id: 1 } }),
    );

    const seen: number[] = [];
    let before: number | null = null;
    const sizes: number[] = [];
    do {
      const page: Awaited<ReturnType<typeof listActivity>> = await listActivity(admin.current, {
        actorId: actor.id,
        action: null,
        before,
      });
      sizes.push(page.rows.length);
      for (const row of page.rows) {
        expect(row.actorId).toBe(actor.id);
        expect(row.actorName).toBe(actor.name);
        seen.push(row.id);
      }
      before = page.nextBefore;
    } while (before !== null);
    expect(sizes).toEqual([ACTIVITY_PAGE_SIZE, ACTIVITY_PAGE_SIZE, 7]);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));

    const spam = await listActivity(admin.current, { actorId: actor.id, action: "spam", before: null });
    expect(spam.rows).toHaveLength(Math.ceil(total / 3));
    expect(spam.rows.every((r) => r.action === "spam" && r.actorId === actor.id)).toBe(true);
    expect(spam.nextBefore).toBeNull();

    const byAction = await listActivity(admin.current, { actorId: null, action: "spam", before: null });
    expect(byAction.rows[0]).toMatchObject({ actorId: other.id, action: "spam" });

    const people = await listActivityPeople(admin.current);
    expect(people.map((p) => p.id)).toEqual(expect.arrayContaining([actor.id, other.id]));
  });

  it("is for admins only", async () => {
    const author = await createUser("author");
    const filter = { actorId: null, action: null, before: null };
    expect((await errorOf(listActivity(author.current, filter))).kind).toBe("forbidden");
    expect((await errorOf(listActivityPeople(author.current))).kind).toBe("forbidden");
  });
});
