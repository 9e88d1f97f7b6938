"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/server/http/action";
import { retryMail } from "@/server/mail/mail-admin";

// A public POST endpoint like every action: defineAction checks for an admin, retryMail again.
export const retryMailAction = defineAction({
  name: "retry-mail",
  schema: z.object({}),
  access: ["admin"],
  async run(_input, { user, t }, id: unknown) {
    await retryMail(user, z.coerce.number().int().positive().parse(id));
    revalidatePath("/dashboard/mail");
    return { ok: true, message: t("mailAdmin.retried") };
  },
});
