import { getMessages, t, type TextKey } from "./i18n";
import { env } from "./env";

// The editor's client components get their texts as a prop (they cannot read SITE_LOCALE).

export function editorTexts(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(getMessages())) {
    if (/^(?:editor|media|mediaPicker)\./.test(key) && typeof value === "string") texts[key] = value;
  }
  texts["editor.scheduledAtHint"] = t("editor.scheduledAtHint", { zone: env().SITE_TIMEZONE });
  return texts;
}

type Notice = { ok: boolean; text: string; snippet?: string };
const MEDIA_URL = /^\/media\/[a-f0-9]{24}-\d+\.webp$/;

/** The result of an upload without JavaScript, which comes back as query parameters. */
export function uploadNoticeFrom(params: Record<string, string | string[] | undefined>): {
  notice?: Notice;
  coverUrl?: string;
} {
  const one = (name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const error = one("uploadError");
  if (error && /^media\.errors\.\w+$/.test(error) && error in getMessages())
    return { notice: { ok: false, text: t(error as TextKey) } };
  const url = one("uploaded");
  if (!url || !MEDIA_URL.test(url)) return {};
  if (one("purpose") === "cover")
    return { notice: { ok: true, text: t("media.uploadedCover"), snippet: url }, coverUrl: url };
  const alt = (one("alt") ?? "")
    .replace(/[\\[\]]/g, (c) => `\\${c}`)
    .replace(/\s+/g, " ")
    .slice(0, 300);
  return { notice: { ok: true, text: t("media.uploaded"), snippet: `![${alt}](${url})` } };
}
