import type { Browser, Locator, Page } from "@playwright/test";
import type postgres from "postgres";
import { expect, newContext } from "../fixtures";

export type ArticleFields = {
  title?: string;
  slug?: string;
  excerpt?: string;
  category?: string;
  tags?: string;
  body?: string;
  status?: "draft" | "published" | "scheduled";
  scheduledAt?: string;
};

/** The article editor (/dashboard/articles/new and /dashboard/articles/<id>/edit). */
export class EditorPage {
  readonly form: Locator;
  readonly preview: Locator;
  readonly message: Locator;
  readonly uploadResult: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator("form", { has: page.locator("#article-title") });
    this.preview = page.locator("#article-preview");
    this.message = this.form.getByRole("alert").or(this.form.getByRole("status")).first();
    this.uploadResult = page.locator("#media-result");
  }

  async gotoNew() {
    await this.page.goto("/dashboard/articles/new");
  }

  async gotoEdit(id: number) {
    return this.page.goto(`/dashboard/articles/${id}/edit`);
  }

  async fill(fields: ArticleFields) {
    const p = this.page;
    if (fields.title !== undefined) await p.locator("#article-title").fill(fields.title);
    if (fields.slug !== undefined) await p.locator("#article-slug").fill(fields.slug);
    if (fields.excerpt !== undefined) await p.locator("#article-excerpt").fill(fields.excerpt);
    if (fields.category !== undefined) await p.locator("#article-category").selectOption({ label: fields.category });
    if (fields.tags !== undefined) await p.locator("#article-tags").fill(fields.tags);
    if (fields.body !== undefined) await p.locator("#article-body").fill(fields.body);
    if (fields.status !== undefined) await p.locator("#article-status").selectOption(fields.status);
    if (fields.scheduledAt !== undefined) await p.locator("#article-scheduled").fill(fields.scheduledAt);
  }

  /** Saves and waits for the post's answer. */
  async save() {
    await Promise.all([
      this.page.waitForResponse(
        (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/dashboard/articles/"),
      ),
      this.form.getByRole("button", { name: "Speichern", exact: true }).click(),
    ]);
  }

  async showPreview() {
    await Promise.all([
      this.page.waitForResponse(
        (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/dashboard/articles/"),
      ),
      this.form.getByRole("button", { name: "Vorschau", exact: true }).click(),
    ]);
  }

  /** The article id from the editor's URL. */
  id(): number {
    const match = /\/dashboard\/articles\/(\d+)\/edit/.exec(this.page.url());
    if (!match) throw new Error(`not on an edit page: ${this.page.url()}`);
    return Number(match[1]);
  }
}

/** The first category in the editor's list. */
export async function firstCategory(sql: postgres.Sql) {
  const [row] = await sql<
    { name: string; slug: string }[]
  >`select name, slug from categories order by position, name limit 1`;
  return row;
}

/** An article's row as the editor stored it. */
export async function articleRow(sql: postgres.Sql, id: number) {
  const [row] = await sql<
    { title: string; slug: string; status: string; body: string }[]
  >`select title, slug, status::text, body from articles where id = ${id}`;
  return row;
}

/** Creates an article through the editor and returns its id. */
export async function writeArticle(page: Page, sql: postgres.Sql, fields: Parameters<EditorPage["fill"]>[0]) {
  const editor = new EditorPage(page);
  await editor.gotoNew();
  await editor.fill({ category: (await firstCategory(sql)).name, ...fields });
  await editor.save();
  await expect(page).toHaveURL(/\/dashboard\/articles\/\d+\/edit\?saved=1$/);
  return editor.id();
}

/** A fresh anonymous reader: her requests go through the front server's page cache. */
export async function anonymous(browser: Browser, baseURL: string): Promise<Page> {
  return (await newContext(browser, baseURL)).newPage();
}
