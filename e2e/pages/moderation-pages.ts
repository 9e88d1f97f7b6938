import type { Locator, Page } from "@playwright/test";

/** The moderation queue (/dashboard/comments) of one article. */
export class QueuePage {
  readonly notice: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.notice = page.getByRole("status").filter({ hasText: /Kommentar/ });
    this.form = page.locator("form.moderation-queue");
  }

  async goto(articleId: number, status: "pending" | "approved" | "spam" | "trash" = "pending") {
    return this.page.goto(`/dashboard/comments?${status === "pending" ? "" : `status=${status}&`}article=${articleId}`);
  }

  row(text: string): Locator {
    return this.page.locator("tr[data-queue-row]", { hasText: text });
  }

  /** Presses a row's action button and waits for the queue to come back. */
  async act(text: string, label: string) {
    await Promise.all([
      this.page.waitForURL(/done=/),
      this.row(text).getByRole("button", { name: label, exact: true }).click(),
    ]);
  }

  async bulk(action: string) {
    await Promise.all([
      this.page.waitForURL(/done=/),
      this.page.locator(`button[name="bulkAction"][value="${action}"]`).click(),
    ]);
  }
}
