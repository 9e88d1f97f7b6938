import type { Metadata } from "next";
import Link from "next/link";
import { t, tp } from "@/lib/i18n";
import { parseQueueParams, safeReturnPath } from "@/lib/moderation-ui";
import { guardPage, requireRole } from "@/server/accounts/session";
import { moderateQueueAction } from "../actions";
import { QueueForm } from "../queue-form";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata(): Metadata {
  return { title: t("dash.delete.title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The confirmation step before deleting for good: a page and a form, so it works without JavaScript. */
export default async function ConfirmDeletePage({ searchParams }: Props) {
  const raw = await searchParams;
  const returnTo = safeReturnPath(first(raw.returnTo), "/dashboard/comments?status=trash");
  await guardPage(() => requireRole("author", "admin"), "/dashboard/comments");
  const all = first(raw.all) === "1";
  const ids = [...new Set(first(raw.ids).split(",").map(Number))]
    .filter((n) => Number.isSafeInteger(n) && n > 0)
    .slice(0, 50);
  const status = parseQueueParams(Object.fromEntries(new URL(returnTo, "http://localhost").searchParams)).status;
  return (
    <div className="moderation">
      <h1>{t("dash.delete.title")}</h1>
      <p>
        {all
          ? t("dash.delete.matchingText", { status: t(`dash.status.${status}`) })
          : tp("dash.delete.text", ids.length)}
      </p>
      <p>{t("dash.delete.irreversible")}</p>
      <QueueForm action={moderateQueueAction} className="dashboard-confirm">
        <input type="hidden" name="returnTo" value={returnTo} />
        <input type="hidden" name="confirmDelete" value="yes" />
        {ids.length > 1 ? ids.map((id) => <input key={id} type="hidden" name="ids" value={id} />) : null}
        {all ? (
          <button type="submit" name="matchAction" value="delete" className="button button--danger">
            {t("dash.delete.confirm")}
          </button>
        ) : ids.length === 1 ? (
          <button type="submit" name="rowAction" value={`delete:${ids[0]}`} className="button button--danger">
            {t("dash.delete.confirm")}
          </button>
        ) : (
          <button type="submit" name="bulkAction" value="delete" className="button button--danger">
            {t("dash.delete.confirm")}
          </button>
        )}{" "}
        <Link href={returnTo}>{t("dash.delete.cancel")}</Link>
      </QueueForm>
    </div>
  );
}
