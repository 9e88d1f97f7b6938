"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeReturnPath, withNotice } from "@/lib/moderation-ui";
import { defineAction } from "@/server/http/action";
import { setArticleCommentsOpen } from "@/server/moderation/moderation";

// A public POST endpoint: defineAction checks for an author or admin on every call, and
// setArticleCommentsOpen checks that the article is the caller's own (or the caller an admin).
const setCommentsOpen = defineAction({
  name: "set-comments-open",
  schema: z.object({
    articleId: z.coerce.number().int().positive(),
    open: z.enum(["true", "false"]),
    returnTo: z.string(),
  }),
  access: ["author", "admin"],
  statusPages: true,
  async run(input, { user }) {
    const open = input.open === "true";
    await setArticleCommentsOpen({ id: user.id, role: user.role }, input.articleId, open);
    revalidatePath("/dashboard", "layout");
    redirect(withNotice(safeReturnPath(input.returnTo, "/dashboard/articles"), open ? "opened" : "closed"));
  },
});

/** A plain form (no useActionState): every outcome is a redirect, a 403 or a 404. */
export async function setCommentsOpenAction(formData: FormData): Promise<void> {
  await setCommentsOpen({}, formData);
}
