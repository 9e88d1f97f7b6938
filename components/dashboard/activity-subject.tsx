import Link from "next/link";
import { t } from "@/lib/i18n";
import type { ActivityRow } from "@/server/activity/activity-queries";

// What a log entry acted on, as it was named then; linked while it still exists.
const GONE = new Set(["delete", "article.delete", "page.delete", "user.delete"]);

export function ActivitySubject({ row }: { row: ActivityRow }) {
  const id = row.subjectId ?? "";
  const label = row.subjectLabel ?? id;
  const linked = !GONE.has(row.action);
  switch (row.subjectType) {
    case "comment": {
      const text = row.subjectLabel
        ? t("activity.subjects.commentOn", { id, label: row.subjectLabel })
        : t("activity.subjects.comment", { id });
      return linked ? <Link href={`/dashboard/comments/${id}`}>{text}</Link> : <>{text}</>;
    }
    case "article": {
      const text = t("activity.subjects.article", { label });
      return linked ? <Link href={`/dashboard/articles/${id}/edit`}>{text}</Link> : <>{text}</>;
    }
    case "page": {
      const text = t("activity.subjects.page", { label });
      return linked ? <Link href={`/dashboard/pages/${id}/edit`}>{text}</Link> : <>{text}</>;
    }
    case "user":
      return <>{t("activity.subjects.user", { label: row.subjectLabel ?? t("activity.deletedUser") })}</>;
    case "settings":
      return (
        <>
          {t("activity.subjects.settings", {
            label: id === "moderation" || id === "sharing" ? t(`activity.settings.${id}`) : id,
          })}
        </>
      );
    default:
      return <>{label}</>;
  }
}
