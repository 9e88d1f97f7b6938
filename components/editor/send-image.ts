// The one upload request of the editor (its "Bild hochladen" box and the cover field's own
// button): the route handler answers JSON when asked for it (app/dashboard/media/upload).

export type UploadAnswer = { ok: true; url: string; markdown: string; purpose: string } | { ok: false; error: string };

export async function sendImage(data: FormData, failed: string): Promise<UploadAnswer> {
  try {
    const response = await fetch("/dashboard/media/upload", {
      method: "POST",
      body: data,
      headers: { accept: "application/json" },
    });
    const result = (await response.json().catch(() => ({}))) as {
      error?: string;
      url?: string;
      markdown?: string;
      purpose?: string;
    };
    if (!response.ok || !result.url) return { ok: false, error: result.error ?? failed };
    return { ok: true, url: result.url, markdown: result.markdown ?? "", purpose: result.purpose ?? "inline" };
  } catch {
    return { ok: false, error: failed };
  }
}
