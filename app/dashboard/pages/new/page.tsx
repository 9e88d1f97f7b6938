import type { Metadata } from "next";
import { ArticleForm } from "@/components/editor/article-form";
import { editorTexts, uploadNoticeFrom } from "@/lib/editor-texts";
import { t } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { pickerImagesFor } from "@/server/media/library";
import { createPageAction } from "../actions";

export function generateMetadata(): Metadata {
  return { title: t("pages.newTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPagePage({ searchParams }: Props) {
  const user = await guardPage(() => requireRole("admin"), "/dashboard/pages/new");
  const library = await pickerImagesFor(user);
  const upload = uploadNoticeFrom(await searchParams);
  return (
    <div>
      <h1>{t("pages.newTitle")}</h1>
      <ArticleForm
        kind="page"
        action={createPageAction}
        texts={{ ...editorTexts(), "editor.title": t("pages.fieldTitle") }}
        categories={[]}
        initial={{
          title: "",
          slug: "",
          excerpt: "",
          body: "",
          categoryId: "",
          tags: "",
          coverImage: upload.coverUrl ?? "",
          commentsOpen: false,
          status: "draft",
          scheduledAt: "",
        }}
        initialPreview=""
        returnTo="/dashboard/pages/new"
        uploadNotice={upload.notice}
        library={library}
      />
    </div>
  );
}
