import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n";
import type { MediaItem } from "@/server/media/library";
import { deleteMediaAction, updateMediaTextAction } from "./actions";
import { MediaDeleteForm, MediaTextForm } from "./media-forms";

const editHref = (use: MediaItem["uses"][number]) =>
  use.kind === "article" ? `/dashboard/articles/${use.id}/edit` : `/dashboard/pages/${use.id}/edit`;

/** One image of the library: what it is, where it is used, its texts, its Markdown and (unused) deletion. */
export function MediaItemCard({ item, showUploader }: { item: MediaItem; showUploader: boolean }) {
  const label = item.alt || item.id;
  return (
    <li className="media-item" data-media-id={item.id}>
      {/* The thumbnail shows what the texts beside it describe: decorative here. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={item.thumbnailUrl} alt="" width={160} loading="lazy" className="media-item__thumb" />
      <div className="media-item__body">
        <h2 className="media-item__title">{label}</h2>
        <p className="meta">
          {item.width && item.height ? t("mediaLibrary.dimensions", { width: item.width, height: item.height }) : null}
          {item.bytes ? ` · ${t("mediaLibrary.size", { kb: Math.max(1, Math.round(item.bytes / 1024)) })}` : null}
          {` · ${t("mediaLibrary.uploaded", { date: formatDate(item.createdAt) })}`}
          {showUploader ? ` · ${item.uploaderName ?? t("mediaLibrary.noUploader")}` : null}
        </p>
        <h3>{t("mediaLibrary.usedIn")}</h3>
        {item.uses.length === 0 ? (
          <p className="media-item__unused">{t("mediaLibrary.unused")}</p>
        ) : (
          <ul className="media-item__uses">
            {item.uses.map((use) => (
              <li key={`${use.kind}-${use.id}`}>
                <a href={editHref(use)}>{use.title}</a>{" "}
                <span className="meta">
                  ({t(use.kind === "article" ? "mediaLibrary.kindArticle" : "mediaLibrary.kindPage")}
                  {use.asCover ? `, ${t("mediaLibrary.asCover")}` : ""}
                  {use.status === "trash" ? `, ${t("mediaLibrary.inTrash")}` : ""})
                </span>
              </li>
            ))}
          </ul>
        )}
        <MediaTextForm
          id={item.id}
          alt={item.alt}
          caption={item.caption}
          texts={{
            label: t("mediaLibrary.textsLabel", { name: label }),
            alt: t("media.alt"),
            altHint: t("mediaLibrary.altHint"),
            caption: t("mediaLibrary.caption"),
            save: t("mediaLibrary.save"),
          }}
          action={updateMediaTextAction.bind(null, item.id)}
        />
        <p className="media-item__snippet">
          <label htmlFor={`media-md-${item.id}`}>{t("mediaLibrary.markdown")}</label>
          <textarea id={`media-md-${item.id}`} readOnly rows={2} value={item.markdown} className="media-item__code" />
        </p>
        {item.uses.length === 0 ? (
          <MediaDeleteForm
            label={t("mediaLibrary.delete", { name: label })}
            action={deleteMediaAction.bind(null, item.id)}
          />
        ) : (
          <p className="meta">{t("mediaLibrary.cannotDelete")}</p>
        )}
      </div>
    </li>
  );
}
