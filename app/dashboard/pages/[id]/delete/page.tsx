import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/editor/action-button";
import { t } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { getPageForEditing } from "@/server/pages/page-writes";
import { deletePageAction } from "../../actions";

export function generateMetadata(): Metadata {
  return { title: t("pages.deleteTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }> };

/** The confirmation step: a page of its own, so deleting works without JavaScript. */
export default async function DeletePagePage({ params }: Props) {
  const { id } = await params;
  const path = `/dashboard/pages/${id}/delete`;
  const user = await guardPage(() => requireRole("admin"), path);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const page = await guardPage(() => getPageForEditing(user, Number(id)), path);
  return (
    <div className="moderation">
      <h1>{t("pages.deleteTitle")}</h1>
      <p>{t("pages.deleteText", { title: page.title, slug: page.slug })}</p>
      <ActionButton action={deletePageAction.bind(null, page.id)} label={t("pages.deleteConfirm")} variant="danger" />
      <p>
        <Link href={`/dashboard/pages/${page.id}/edit`}>{t("dash.delete.cancel")}</Link>
      </p>
    </div>
  );
}
