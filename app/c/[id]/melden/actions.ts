"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { REPORT_REASONS } from "@/db/schema";
import { REPORT_NOTE_MAX_LENGTH } from "@/lib/limits";
import { reportComment } from "@/server/comments/comment-reports";
import { defineAction } from "@/server/http/action";
import { bannedCaller } from "@/server/accounts/session";
import { AppError, invalid } from "@/server/http/errors";

// Anyone may report: signed-in readers by account, everyone else by client address (both
// rate-limited in server/comments/comment-reports.ts). A banned account may not.
export const reportCommentAction = defineAction({
  name: "report-comment",
  schema: z.object({
    reason: z.enum(REPORT_REASONS, "report.reasonRequired"),
    note: z.string().max(REPORT_NOTE_MAX_LENGTH, "report.noteTooLong"),
  }),
  access: "public",
  keep: ["reason", "note"],
  keepMaxLength: REPORT_NOTE_MAX_LENGTH * 2,
  fieldErrors: { "report.noteTooLong": "note" },
  async run(input, { user, address }, commentId: unknown) {
    const id = z.coerce.number().int().positive().safeParse(commentId);
    if (!id.success) throw invalid("report.unavailable", `bad id ${String(commentId)}`);
    if (await bannedCaller()) throw new AppError("banned", "errors.banned", "banned reporter");
    await reportComment(
      user ? { userId: user.id, address } : { userId: null, address },
      id.data,
      input.reason,
      input.note,
    );
    // A page of thanks of its own: the comment may be held now, so the form's page would not show it.
    redirect(`/c/${id.data}/melden?danke=1`);
  },
});
