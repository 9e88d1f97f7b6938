import type { Metadata } from "next";
import Link from "next/link";
import { t } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { listCategoryOptions } from "@/server/articles/article-editing";
import { listMenuTargets } from "@/server/site/menu-targets";
import { listMenusForAdmin, type AdminMenuItem } from "@/server/site/menus";
import { menuRowAction, saveMenuItemAction } from "./actions";
import { MenuItemForm } from "./menu-item-form";

export function generateMetadata(): Metadata {
  return { title: t("menus.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MENUS = ["header", "footer"] as const;
const targetValue = (item: AdminMenuItem) => (item.target === "url" ? "url" : `${item.target}:${item.targetId}`);

/** Header navigation and footer links (admins): order, label, target. */
export default async function MenusPage({ searchParams }: Props) {
  const user = await guardPage(() => requireRole("admin"), "/dashboard/menus");
  const [items, categories, targets, query] = await Promise.all([
    listMenusForAdmin(user),
    listCategoryOptions(),
    listMenuTargets(),
    searchParams,
  ]);
  const editId = Number(typeof query.edit === "string" ? query.edit : NaN);
  const editing = items.find((i) => i.id === editId);
  const groups = [
    { label: t("menus.groupPages"), options: targets.pages.map((p) => ({ value: `page:${p.id}`, label: p.label })) },
    {
      label: t("menus.groupCategories"),
      options: categories.map((c) => ({ value: `category:${c.id}`, label: c.name })),
    },
    {
      label: t("menus.groupArticles"),
      options: targets.articles.map((a) => ({ value: `article:${a.id}`, label: a.label })),
    },
  ];
  const texts = {
    label: t("menus.label"),
    target: t("menus.target"),
    url: t("menus.url"),
    urlHint: t("menus.urlHint"),
    menu: t("menus.menu"),
    header: t("menus.header"),
    footer: t("menus.footer"),
    submit: editing ? t("menus.update") : t("menus.add"),
    external: t("menus.externalOption"),
  };
  const notice = query.saved ? "menus.saved" : query.deleted ? "menus.deleted" : query.moved ? "menus.moved" : null;
  return (
    <div className="moderation">
      <h1>{t("menus.title")}</h1>
      {notice ? (
        <p role="status" className="dashboard-notice">
          {t(notice)}
        </p>
      ) : null}
      <p>{t("menus.intro")}</p>
      {MENUS.map((menu) => {
        const rows = items.filter((i) => i.menu === menu);
        return (
          <section
            key={menu}
            id={`menu-${menu}`}
            aria-labelledby={`menu-${menu}-heading`}
            className="dashboard-section"
          >
            <h2 id={`menu-${menu}-heading`}>{t(menu === "header" ? "menus.header" : "menus.footer")}</h2>
            {rows.length === 0 ? (
              <p>{menu === "header" ? t("menus.emptyHeader") : t("menus.emptyFooter")}</p>
            ) : (
              <table className="moderation-table">
                <thead>
                  <tr>
                    <th scope="col">{t("menus.label")}</th>
                    <th scope="col">{t("menus.target")}</th>
                    <th scope="col">{t("menus.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((item, index) => (
                    <tr key={item.id} data-menu-item={item.id}>
                      <td>{item.label}</td>
                      <td>
                        {item.href ?? t("menus.unavailable")}
                        {item.target === "url" ? ` (${t("menus.externalMark")})` : ""}
                      </td>
                      <td>
                        <form action={menuRowAction} className="dashboard-inline-form">
                          <input type="hidden" name="id" value={item.id} />
                          {index > 0 ? (
                            <button
                              type="submit"
                              name="op"
                              value="up"
                              className="button button--small button--secondary"
                            >
                              {t("menus.up", { label: item.label })}
                            </button>
                          ) : null}
                          {index < rows.length - 1 ? (
                            <button
                              type="submit"
                              name="op"
                              value="down"
                              className="button button--small button--secondary"
                            >
                              {t("menus.down", { label: item.label })}
                            </button>
                          ) : null}
                          <button
                            type="submit"
                            name="op"
                            value="delete"
                            className="button button--small button--danger"
                          >
                            {t("menus.remove", { label: item.label })}
                          </button>
                        </form>{" "}
                        <a href={`/dashboard/menus?edit=${item.id}#menu-form`}>
                          {t("menus.edit", { label: item.label })}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      <section id="menu-form" aria-labelledby="menu-form-heading" className="dashboard-section">
        <h2 id="menu-form-heading">{editing ? t("menus.editHeading") : t("menus.addHeading")}</h2>
        <MenuItemForm
          key={editing?.id ?? "new"}
          idPrefix="menu-form"
          action={saveMenuItemAction.bind(null, editing?.id ?? null)}
          texts={texts}
          groups={groups}
          initial={{
            menu: editing?.menu ?? "header",
            label: editing?.label ?? "",
            target: editing ? targetValue(editing) : (groups.find((g) => g.options.length)?.options[0]?.value ?? "url"),
            url: editing?.url ?? "",
          }}
        />
        {editing ? <Link href="/dashboard/menus">{t("dash.delete.cancel")}</Link> : null}
      </section>
    </div>
  );
}
