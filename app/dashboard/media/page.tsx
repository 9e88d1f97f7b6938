import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PaginationNav } from "@/components/pagination-nav";
import { t } from "@/lib/i18n";
import { requirePageParam, isOutOfRange } from "@/lib/pagination";
import { guardPage, requireRole } from "@/server/accounts/session";
import { listMediaImages } from "@/server/media/library";
import { MediaItemCard } from "./media-item";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata(): Metadata {
  return { title: t("mediaLibrary.title"), robots: { index: false } };
}

// The media library: authors see their own uploads, admins every image. Uploading stays in the
// editor (its "Bild hochladen" box), where an image is wanted.
export default async function MediaLibraryPage({ searchParams }: Props) {
  const raw = await searchParams;
  const user = await guardPage(() => requireRole("author", "admin"), "/dashboard/media");
  const list = await listMediaImages(user, requirePageParam(raw.page, "/dashboard/media"));
  if (isOutOfRange(list)) notFound();
  return (
    <div className="media-library">
      <h1>{t("mediaLibrary.title")}</h1>
      <p>{t(user.role === "admin" ? "mediaLibrary.introAdmin" : "mediaLibrary.introAuthor")}</p>
      {raw.deleted === "1" ? (
        <p role="status" className="dashboard-notice">
          {t("mediaLibrary.deleted")}
        </p>
      ) : null}
      {list.items.length === 0 ? (
        <p>{t("mediaLibrary.none")}</p>
      ) : (
        <ul className="media-list">
          {list.items.map((item) => (
            <MediaItemCard key={item.id} item={item} showUploader={user.role === "admin"} />
          ))}
        </ul>
      )}
      <PaginationNav list={list} basePath="/dashboard/media" />
    </div>
  );
}
