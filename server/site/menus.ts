import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { menuItems, type MenuName, type MenuTarget } from "@/db/schema";
import type { MenuItemInput } from "@/lib/menu-schema";
import { forbidden, invalid, notFound } from "@/server/http/errors";
import type { CurrentUser } from "@/server/accounts/session";

// Header navigation and footer links. Readers see an item only while its target is public
// (a published page or article, an existing category); links follow renames because they are
// resolved to the current slug on every render of the frame (which a rename purges).

export type MenuLink = {
  id: number;
  label: string;
  href: string;
  external: boolean;
  /** The key of what the link shows (lib/cache-keys.ts), for the frame's Surrogate-Key. */
  articleId: number | null;
};

export type AdminMenuItem = {
  id: number;
  menu: MenuName;
  position: number;
  label: string;
  target: MenuTarget;
  targetId: number | null;
  url: string | null;
  /** Where it points now (null: the target is gone or not public). */
  href: string | null;
};

type Row = {
  id: number;
  menu: MenuName;
  position: number;
  label: string;
  target: MenuTarget;
  target_id: number | null;
  url: string | null;
  href: string | null;
};

// One query resolves every item to its current path; unavailable targets give a null href.
async function resolvedItems(menu: MenuName | null): Promise<Row[]> {
  return db.execute<Row>(sql`
    select m.id, m.menu, m.position, m.label, m.target, m.target_id, m.url,
      case m.target
        when 'url' then m.url
        when 'category' then (select '/category/' || c.slug from categories c where c.id = m.target_id)
        when 'page' then (select '/' || p.slug from pages p where p.id = m.target_id and p.status = 'published')
        when 'article' then (select '/posts/' || a.slug from articles a where a.id = m.target_id
          and a.status in ('published', 'scheduled') and a.published_at <= now())
      end as href
    from menu_items m
    ${menu ? sql`where m.menu = ${menu}` : sql``}
    order by m.menu, m.position, m.id`) as unknown as Promise<Row[]>;
}

export async function listMenu(menu: MenuName): Promise<MenuLink[]> {
  const rows = await resolvedItems(menu);
  return rows.flatMap((r) =>
    r.href
      ? [
          {
            id: r.id,
            label: r.label,
            href: r.href,
            external: r.target === "url",
            articleId: r.target === "article" ? r.target_id : null,
          },
        ]
      : [],
  );
}

function assertAdmin(user: CurrentUser): void {
  if (user.role !== "admin") throw forbidden("errors.forbidden", `user ${user.id} (${user.role}) cannot edit menus`);
}

export async function listMenusForAdmin(user: CurrentUser): Promise<AdminMenuItem[]> {
  assertAdmin(user);
  const rows = await resolvedItems(null);
  return rows.map((r) => ({
    id: r.id,
    menu: r.menu,
    position: r.position,
    label: r.label,
    target: r.target,
    targetId: r.target_id,
    url: r.url,
    href: r.href,
  }));
}

const TABLES: Record<Exclude<MenuTarget, "url">, string> = {
  category: "categories",
  page: "pages",
  article: "articles",
};

async function assertTarget(input: MenuItemInput): Promise<void> {
  if (input.target === "url") return;
  const [row] = await db.execute<{ ok: boolean }>(
    sql`select exists (select 1 from ${sql.identifier(TABLES[input.target])} where id = ${input.targetId}) as ok`,
  );
  if (!row?.ok) throw invalid("menus.errors.targetMissing", `${input.target} ${input.targetId}`);
}

function values(input: MenuItemInput) {
  return {
    label: input.label,
    target: input.target,
    targetId: input.target === "url" ? null : input.targetId,
    url: input.target === "url" ? input.url : null,
  };
}

/** Appends an item at the end of its menu. */
export async function addMenuItem(user: CurrentUser, input: MenuItemInput): Promise<number> {
  assertAdmin(user);
  await assertTarget(input);
  const [row] = await db
    .insert(menuItems)
    .values({
      menu: input.menu,
      position: sql`(select coalesce(max(position), 0) + 1 from menu_items where menu = ${input.menu})`,
      ...values(input),
    })
    .returning({ id: menuItems.id });
  return row.id;
}

export async function updateMenuItem(user: CurrentUser, id: number, input: MenuItemInput): Promise<void> {
  assertAdmin(user);
  await assertTarget(input);
  const updated = await db
    .update(menuItems)
    .set({ menu: input.menu, ...values(input) })
    .where(eq(menuItems.id, id))
    .returning({ id: menuItems.id });
  if (updated.length === 0) throw notFound(`menu item ${id}`);
}

export async function deleteMenuItem(user: CurrentUser, id: number): Promise<void> {
  assertAdmin(user);
  const deleted = await db.delete(menuItems).where(eq(menuItems.id, id)).returning({ id: menuItems.id });
  if (deleted.length === 0) throw notFound(`menu item ${id}`);
}

/** Swaps the item with its neighbour above (-1) or below (+1) in its menu; positions are renumbered 1…n. */
export async function moveMenuItem(user: CurrentUser, id: number, direction: -1 | 1): Promise<void> {
  assertAdmin(user);
  await db.transaction(async (tx) => {
    const [item] = await tx.select().from(menuItems).where(eq(menuItems.id, id)).for("update");
    if (!item) throw notFound(`menu item ${id}`);
    const siblings = await tx
      .select({ id: menuItems.id })
      .from(menuItems)
      .where(eq(menuItems.menu, item.menu))
      .orderBy(asc(menuItems.position), asc(menuItems.id))
      .for("update");
    const order = siblings.map((s) => s.id);
    const at = order.indexOf(id);
    const to = at + direction;
    if (to < 0 || to >= order.length) return;
    [order[at], order[to]] = [order[to], order[at]];
    for (const [index, itemId] of order.entries())
      await tx
        .update(menuItems)
        .set({ position: index + 1 })
        .where(and(eq(menuItems.id, itemId), eq(menuItems.menu, item.menu)));
  });
}
