import type { Metadata } from "next";
import { ArticleForm } from "@/components/editor/article-form";
import { editorTexts, uploadNoticeFrom } from "@/lib/editor-texts";
import { t } from "@/lib/i18n";
import { listCategoryOptions } from "@/server/articles/article-editing";
import { guardPage, requireRole } from "@/server/accounts/session";
import { pickerImagesFor } from "@/server/media/library";
import { createArticleAction } from "./actions";

export function generateMetadata(): Metadata {
  return { title: t("editor.newTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewArticlePage({ searchParams }: Props) {
  const user = await guardPage(() => requireRole("author", "admin"), "/dashboard/articles/new");
  const [categories, params, library] = await Promise.all([listCategoryOptions(), searchParams, pickerImagesFor(user)]);
  const upload = uploadNoticeFrom(params);
  return (
    <div>
      <h1>{t("editor.newTitle")}</h1>
      <ArticleForm
        action={createArticleAction}
        texts={editorTexts()}
        categories={categories}
        initial={{
          title: "",
          slug: "",
          excerpt: "",
          body: "",
          categoryId: "",
          tags: "",
          coverImage: upload.coverUrl ?? "",
          commentsOpen: true,
          status: "draft",
          scheduledAt: "",
        }}
        initialPreview=""
        returnTo="/dashboard/articles/new"
        uploadNotice={upload.notice}
        library={library}
      />
    </div>
  );
}
