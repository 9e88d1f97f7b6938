import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { createActivity, createUser } from "../tests/data";

// The site-wide activity log (/dashboard/activity): admins only, filtered by person and action
// with a plain GET form, paged back by id.

test.describe("activity log", () => {
  test("an admin's ban shows in the log with who, what and whom", async ({ as, signedIn }) => {
    const target = await createUser("reader", { name: `Protokolliert ${Date.now().toString(36)}` });
    const admin = await as("admin");
    await admin.goto(`/dashboard/users?q=${encodeURIComponent(target.email)}`);
    const row = admin.locator(`tr[data-user-email="${target.email}"]`);
    await row.getByLabel("Grund der Sperre").fill("Werbung");
    await row.getByRole("button", { name: "Sperren" }).click();
    await expect(row.getByRole("status")).toHaveText("Der Benutzer wurde gesperrt.");

    await admin.goto("/dashboard/activity");
    const newest = admin.locator("tbody tr").first();
    await expect(newest).toHaveAttribute("data-action", "user.ban");
    await expect(newest).toContainText(signedIn.admin.user.name);
    await expect(newest).toContainText("Konto gesperrt");
    await expect(newest).toContainText(`Konto ${target.name}`);
    await expect(newest).toContainText("Werbung");
    const results = await new AxeBuilder({ page: admin }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("filters by person and action and pages back, without JavaScript", async ({ as }) => {
    const moderator = await createUser("author", { name: `Moderatorin ${Date.now().toString(36)}` });
    await createActivity(
      Array.from({ length: 60 }, (_, i) => ({
        actorId: moderator.id,
        action: i < 55 ? "spam" : "approve",
        subjectType: "comment",
        subjectId: String(900_000 + i),
      })),
    );
    const admin = await as("admin", { javaScriptEnabled: false });
    await admin.goto("/dashboard/activity");
    const filter = admin.getByRole("form", { name: "Einträge filtern" });
    await filter.getByLabel("Person").selectOption({ label: moderator.name });
    await filter.getByLabel("Aktion").selectOption({ label: "Als Spam markiert" });
    await filter.getByRole("button", { name: "Anzeigen" }).click();
    await expect(admin).toHaveURL(/\/dashboard\/activity\?person=.+&action=spam$/);
    const rows = admin.locator("tbody tr");
    await expect(rows).toHaveCount(50);
    await expect(admin.locator('tbody tr:not([data-action="spam"])')).toHaveCount(0);
    await expect(rows.first()).toContainText(moderator.name);
    await expect(rows.first()).toContainText("Kommentar #900054");

    await admin.getByRole("link", { name: "Ältere Einträge" }).click();
    await expect(admin).toHaveURL(/before=\d+/);
    await expect(rows).toHaveCount(5);
    await expect(rows.last()).toContainText("Kommentar #900000");
    await expect(admin.getByRole("link", { name: "Ältere Einträge" })).toHaveCount(0);
    await admin.getByRole("link", { name: "Zu den neuesten Einträgen" }).click();
    await expect(rows).toHaveCount(50);
  });

  test("is for admins only: authors and readers get 403, anonymous visitors the sign-in", async ({ as, page }) => {
    for (const role of ["author", "reader"] as const) {
      const other = await as(role);
      expect((await other.goto("/dashboard/activity"))!.status()).toBe(403);
      await expect(other.locator("table")).toHaveCount(0);
    }
    await page.goto("/dashboard/activity");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard%2Factivity/);
  });
});
