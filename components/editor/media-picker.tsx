"use client";
import { useSyncExternalStore } from "react";
import styles from "@/components/auth/forms.module.css";
import editor from "./editor.module.css";

export type PickerImage = { id: string; thumbnailUrl: string; markdown: string; label: string };

const noSubscription = () => () => {};

/**
 * Images of the media library for the text: with JavaScript a button inserts an image's
 * Markdown (alt text and caption from the library) at the cursor; without, its Markdown line
 * is there to copy.
 */
export function MediaPicker({
  images,
  texts,
  onInsert,
}: {
  images: PickerImage[];
  texts: Record<string, string>;
  onInsert: (markdown: string) => void;
}) {
  // The buttons need JavaScript: rendered only once React runs in the browser.
  const interactive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <details className={editor.picker}>
      <summary>{texts["mediaPicker.heading"]}</summary>
      {images.length === 0 ? (
        <p>{texts["mediaPicker.none"]}</p>
      ) : (
        <ul className={editor.pickerList}>
          {images.map((image) => (
            <li key={image.id} className={editor.pickerItem} data-media-id={image.id}>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={image.thumbnailUrl} alt="" width={96} loading="lazy" />
              <div>
                <label htmlFor={`picker-md-${image.id}`}>{image.label}</label>
                <textarea
                  id={`picker-md-${image.id}`}
                  readOnly
                  rows={2}
                  value={image.markdown}
                  className={editor.snippet}
                />
                {interactive ? (
                  <button
                    type="button"
                    className={styles.secondary}
                    aria-label={texts["mediaPicker.insertLabel"].replace("{name}", image.label)}
                    onClick={() => onInsert(image.markdown)}
                  >
                    {texts["mediaPicker.insert"]}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.hint}>
        {interactive ? null : texts["mediaPicker.noScript"]} <a href="/dashboard/media">{texts["mediaPicker.all"]}</a>
      </p>
    </details>
  );
}
